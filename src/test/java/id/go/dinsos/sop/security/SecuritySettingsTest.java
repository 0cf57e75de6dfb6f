package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine and webapp settings that keep the deployment safe, checked on the running application: a test fails
 * when someone turns one of them the wrong way in application.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecuritySettingsTest {

  private static final String STRONG_PASSWORD = "Kuat-Sekali-2026";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  @Test
  void unsafeEngineSettingsAreOffAndChecksOn() {
    assertThat(engine.isAuthorizationEnabled()).as("authorization checks").isTrue();
    assertThat(engine.isTenantCheckEnabled()).as("tenant check").isTrue();
    assertThat(engine.isJavaSerializationFormatEnabled()).as("Java serialization of variables").isFalse();
    assertThat(engine.isDeserializationTypeValidationEnabled()).as("deserialization type validation").isTrue();
    assertThat(engine.isEnableExpressionsInAdhocQueries()).as("expressions in ad-hoc queries").isFalse();
    assertThat(engine.isEnableXxeProcessing()).as("XML external entities").isFalse();
    assertThat(engine.getDefaultSerializationFormat()).isEqualTo("application/json");
  }

  /** AuthorizedGroupsWithoutScan: no scan of every grant per command; what the checks allow is the other tests'. */
  @Test
  void authorizationChecksTakeTheUsersGroupsAsTheyAre() {
    List<String> used = engine.getCommandExecutorTxRequired().execute(context -> {
      assertThat(context.getAuthorizationManager()).isInstanceOf(AuthorizedGroupsWithoutScan.UnfilteredGroups.class);
      return context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("peksos", "kelompok-tanpa-hak"));
    });
    assertThat(used).containsExactly("peksos", "kelompok-tanpa-hak");
  }

  @Test
  void passwordPolicyIsOnAndRefusesAWeakPasswordThroughTheRestApi() {
    assertThat(engine.isEnablePasswordPolicy()).isTrue();
    String id = "uji-sandi-lemah";
    ResponseEntity<String> weak = createUserAsAdmin(id, "demo");
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("Kata sandi ditolak: minimal 10 karakter");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();

    User user = identityService.newUser(id);
    user.setPassword("password12");
    assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class);
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();

    assertThat(createUserAsAdmin(id, STRONG_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    identityService.deleteUser(id);
  }

  @Test
  void aFailedLoginDelaysTheNextOneEvenWithTheRightPassword() {
    assertThat(engine.getLoginDelayBase()).isEqualTo(3);
    assertThat(engine.getLoginDelayFactor()).isEqualTo(2);
    assertThat(engine.getLoginDelayMaxTime()).isEqualTo(60);
    assertThat(engine.getLoginMaxAttempts()).isEqualTo(10);
    String id = "uji-tunda-login";
    User user = identityService.newUser(id);
    user.setPassword(STRONG_PASSWORD);
    identityService.saveUser(user);
    try {
      assertThat(rest.withBasicAuth(id, STRONG_PASSWORD).getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(rest.withBasicAuth(id, "Tebakan-Salah-1").getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

      assertThat(rest.withBasicAuth(id, STRONG_PASSWORD).getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).as("right password within the delay").isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(WebappSession.anonymous(rest).login(id, STRONG_PASSWORD, "tasklist").getStatusCode())
          .as("the webapps' login is delayed too").isNotEqualTo(HttpStatus.OK);
    } finally {
      identityService.deleteUser(id);
    }
  }

  @Test
  void aStateChangingWebappCallWithoutTheCsrfTokenIsRefused() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"Filter dari situs lain\",\"query\":{}}";
    ResponseEntity<String> forged = WebappSession.loggedIn(rest, "kasi.tanah-laut", "tasklist")
        .postJsonWithoutCsrfToken("/camunda/api/engine/engine/default/filter/create", filter);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
    assertThat(filterService.createFilterQuery().filterName("Filter dari situs lain").count()).isZero();

    assertThat(WebappSession.loggedIn(rest, "kasi.tanah-laut", "tasklist")
        .postJsonWithoutCsrfToken("/camunda/api/engine/engine/default/task/count", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebappSession.loggedIn(rest, "kasi.tanah-laut", "tasklist")
        .postJson("/camunda/api/engine/engine/default/task/count", "{}").getStatusCode())
        .as("the same call with the token").isEqualTo(HttpStatus.OK);
  }

  @Test
  void sessionAndCsrfCookiesAreHttpOnlyOrSameSiteAndNotSecureOnPlainHttpLocalhost() {
    WebappSession browser = WebappSession.loggedIn(rest, "kasi.tanah-laut", "tasklist");
    List<String> cookies = browser.setCookieHeaders();
    String session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
        .doesNotContainIgnoringCase("Secure");
    String csrf = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(csrf).containsIgnoringCase("SameSite=Lax");
  }

  private ResponseEntity<String> createUserAsAdmin(String id, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Uji\",\"lastName\":\"Sandi\"},"
        + "\"credentials\":{\"password\":\"" + password + "\"}}";
    return rest.withBasicAuth("admin", "demo").exchange("/engine-rest/user/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
