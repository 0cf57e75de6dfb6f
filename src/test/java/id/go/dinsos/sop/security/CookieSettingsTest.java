package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Secure cookies follow {@code dinsos.security.secure-cookies}: off by default (the demo on http://localhost), on in
 * the prod profile, for the session cookie of the server and the webapps and for the webapps' CSRF cookie.
 */
class CookieSettingsTest {

  @Test
  void everyCookieFollowsTheOneSecureCookiesSettingAndProdTurnsItOn() throws IOException {
    Map<String, Object> application = yaml("/application.yaml");
    assertThat(at(application, "dinsos", "security", "secure-cookies")).isEqualTo("${DINSOS_SECURE_COOKIES:false}");
    assertThat(at(application, "server", "servlet", "session", "cookie", "secure"))
        .isEqualTo("${dinsos.security.secure-cookies}");
    assertThat(at(application, "server", "servlet", "session", "cookie", "http-only")).isEqualTo(true);
    assertThat(at(application, "camunda", "bpm", "webapp", "session-cookie", "enable-secure-cookie"))
        .isEqualTo("${dinsos.security.secure-cookies}");
    assertThat(at(application, "camunda", "bpm", "webapp", "csrf", "enable-secure-cookie"))
        .isEqualTo("${dinsos.security.secure-cookies}");

    Map<String, Object> prod = yaml("/application-prod.yaml");
    assertThat(at(prod, "dinsos", "security", "secure-cookies")).isEqualTo(true);
    assertThat(at(prod, "camunda", "bpm", "webapp", "header-security", "hsts-disabled")).isEqualTo(false);
  }

  private Map<String, Object> yaml(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      return new Yaml().load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> yaml, String... path) {
    Object node = yaml;
    for (String key : path) {
      node = ((Map<String, Object>) node).get(key);
    }
    return node;
  }
}
