package id.go.dinsos.sop.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses ad-hoc task queries that carry an expression before they reach the engine. Camunda 7.24.0 evaluates a
 * JUEL expression placed in a task query's {@code orQueries} even with {@code enableExpressionsInAdhocQueries}
 * off (2026 advisory; no patch will come for the Community Edition), and an expression can call any Spring bean.
 * Tasklist never needs one in an ad-hoc query (its filters keep theirs in the stored query, which only
 * administrators may create), so any {@code ${…}} or {@code #{…}} in the parameters or the JSON body of a task
 * query, task count or filter list is refused with 400, wherever it is nested and however it is escaped.
 */
public class QueryExpressionGuard extends OncePerRequestFilter {

  /** Task queries of the REST API and of the webapps' copy of it; filter/{id}/list|count|singleResult extend a stored task query. */
  static final Pattern TASK_QUERY_PATH =
      Pattern.compile(".*/(task|task/count|filter/[^/]+/(list|count|singleResult))/?$");
  static final String MESSAGE = "Permintaan ditolak: kueri tugas tidak boleh memuat ekspresi (${...} atau #{...}).";
  /** Query bodies are small; a larger one is refused rather than buffered. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(QueryExpressionGuard.class);
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !TASK_QUERY_PATH.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (hasExpression(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(this::hasExpression)) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
        return;
      }
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Permintaan ditolak: isi kueri melebihi " + (MAX_BODY_BYTES / 1024) + " KB.");
      return;
    }
    if (body.length > 0 && bodyHasExpression(body)) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private boolean bodyHasExpression(byte[] body) {
    // the raw text catches what a lenient parser might read differently; the parsed tree catches escapes such as \u0024{
    if (hasExpression(new String(body, StandardCharsets.UTF_8))) {
      return true;
    }
    try {
      return treeHasExpression(json.readTree(body));
    } catch (IOException notJson) {
      return false; // the engine refuses a body it cannot read, without evaluating anything
    }
  }

  private boolean treeHasExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return hasExpression(node.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (hasExpression(field.getKey()) || treeHasExpression(field.getValue())) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (treeHasExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean hasExpression(String text) {
    return text != null && EXPRESSION.matcher(text).find();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    LOG.warn("Refused task query with an expression or oversized body from {} to {}", request.getRemoteUser(),
        request.getRequestURI());
    JsonRefusal.send(response, status, message);
  }
}
