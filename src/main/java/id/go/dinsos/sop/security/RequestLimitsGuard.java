package id.go.dinsos.sop.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits on what a caller of the REST API (and of the webapps' copy of it) may ask for, checked before the engine
 * sees the request: a page of at most {@code maxResults} rows (the REST API has no limit of its own, and a huge page
 * of history is a cheap way to load the database), a body of at most {@link #MAX_BODY_BYTES}, and no variable in
 * Java's serialization format. The engine refuses to store Java-serialized objects already
 * ({@code javaSerializationFormatEnabled: false}), but only deep inside with a 500; here it is a clear 400 and
 * the bytes are never handed to a deserializer.
 */
public class RequestLimitsGuard extends OncePerRequestFilter {

  static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
  static final String JAVA_SERIALIZED_MESSAGE = "Permintaan ditolak: variabel dengan format serialisasi Java ("
      + JAVA_SERIALIZED + ") tidak diterima; kirim nilai sebagai JSON.";
  /** Large enough for a deployment of an office's diagrams and forms. */
  static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RequestLimitsGuard.class);
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  private final int maxResults;

  public RequestLimitsGuard(int maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] requested = request.getParameterValues("maxResults");
    if (requested != null) {
      for (String value : requested) {
        if (tooMany(value)) {
          refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
              "Permintaan ditolak: maxResults paling besar " + maxResults + " (diminta " + value.strip()
                  + "); ambil data per halaman dengan firstResult.");
          return;
        }
      }
    }
    if (!WITH_BODY.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Permintaan ditolak: isi permintaan melebihi " + (MAX_BODY_BYTES / (1024 * 1024)) + " MB.");
      return;
    }
    if (carriesJavaSerialization(body, request.getContentType())) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, JAVA_SERIALIZED_MESSAGE);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /** Anything that is not a whole number within the limit is left to the REST API, which refuses it itself. */
  private boolean tooMany(String value) {
    try {
      return Long.parseLong(value.strip()) > maxResults;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  /**
   * The format named in a JSON body ({@code valueInfo.serializationDataFormat}, with or without JSON escapes) or as
   * the type of a multipart part (a variable's binary upload).
   */
  private static boolean carriesJavaSerialization(byte[] body, String contentType) {
    String text = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (text.contains(JAVA_SERIALIZED)) {
      return true;
    }
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")
        && text.contains("\\u") && unescapeJson(text).contains(JAVA_SERIALIZED);
  }

  private static String unescapeJson(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
        try {
          plain.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        } catch (NumberFormatException notAnEscape) {
          // kept as it is
        }
      }
      plain.append(c);
    }
    return plain.toString().toLowerCase(Locale.ROOT);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    LOG.warn("Refused request from {} to {}: {}", request.getRemoteUser(), request.getRequestURI(), message);
    JsonRefusal.send(response, status, message);
  }
}
