package id.go.dinsos.sop.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A refused request answered as the REST API answers its own errors: {@code {"type": …, "message": …}}. */
final class JsonRefusal {

  private JsonRefusal() {}

  static void send(HttpServletResponse response, int status, String message) throws IOException {
    send(response, status, "InvalidRequestException", message);
  }

  static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }
}
