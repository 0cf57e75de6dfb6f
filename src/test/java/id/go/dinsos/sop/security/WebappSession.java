package id.go.dinsos.sop.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser's session with the Camunda webapps: the session and CSRF cookies the pages hand out, a login to one app
 * (Tasklist, Cockpit, Admin) as the webapps' login form sends it, then calls of {@code /camunda/api/...} with the
 * cookies and the CSRF header, as the Angular apps make them.
 */
final class WebappSession {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final List<String> setCookieHeaders = new ArrayList<>();
  private ResponseEntity<String> loginResponse;

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
    keepCookies(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
  }

  /** A fresh browser that has opened Tasklist's page, not logged in. */
  static WebappSession anonymous(TestRestTemplate rest) {
    return new WebappSession(rest);
  }

  /** Logged in to {@code app} (tasklist, cockpit, admin) with the demo password. */
  static WebappSession loggedIn(TestRestTemplate rest, String userId, String app) {
    WebappSession session = new WebappSession(rest);
    ResponseEntity<String> login = session.login(userId, "demo", app);
    if (login.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException(userId + " cannot log in to " + app + ": " + login.getStatusCode());
    }
    return session;
  }

  ResponseEntity<String> login(String userId, String password, String app) {
    HttpHeaders headers = headers(true);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    loginResponse = rest.exchange(LOGIN + app, HttpMethod.POST,
        new HttpEntity<>("username=" + userId + "&password=" + password, headers), String.class);
    keepCookies(loginResponse);
    if (loginResponse.getStatusCode() == HttpStatus.OK) {
      // the login starts a new session; the apps' next request fetches its CSRF token
      get("/camunda/api/admin/auth/user/default");
    }
    return loginResponse;
  }

  /** The Set-Cookie headers the server has sent this browser, the latest last. */
  List<String> setCookieHeaders() {
    return setCookieHeaders;
  }

  ResponseEntity<String> get(String path) {
    return keepCookies(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(true)), String.class));
  }

  ResponseEntity<String> postJson(String path, String json) {
    return sendJson(HttpMethod.POST, path, json, true);
  }

  /** As a cross-site page would send it: the browser adds the cookies, but the page cannot read the CSRF token. */
  ResponseEntity<String> postJsonWithoutCsrfToken(String path, String json) {
    return sendJson(HttpMethod.POST, path, json, false);
  }

  ResponseEntity<String> sendJson(HttpMethod method, String path, String json, boolean withToken) {
    HttpHeaders headers = headers(withToken);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return keepCookies(rest.exchange(path, method, new HttpEntity<>(json, headers), String.class));
  }

  private HttpHeaders headers(boolean withToken) {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    }
    if (withToken && cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private ResponseEntity<String> keepCookies(ResponseEntity<String> response) {
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      for (String cookie : set) {
        setCookieHeaders.add(cookie);
        String pair = cookie.split(";")[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      cookies.put("XSRF-TOKEN", token);
    }
    return response;
  }
}
