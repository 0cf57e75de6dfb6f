package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
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
 * The two 2026 advisories on Camunda 7.24.0, tried against the running application: a JUEL expression smuggled into
 * a task query's {@code orQueries} (which the engine would evaluate although ad-hoc expressions are off) and the
 * Admin first-run setup creating an administrator when {@code camunda-admin} has no direct member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdvisoryGuardsTest {

  private static final String INTRUDER = "penyusup";
  /** Would create a user if the engine evaluated it: expressions in Spring reach every bean. */
  private static final String ATTACK = "${identityService.saveUser(identityService.newUser('" + INTRUDER + "'))}";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  private ResponseEntity<String> postAs(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers),
        String.class);
  }

  private void assertRefusedAndNotEvaluated(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("tidak boleh memuat ekspresi");
    assertThat(identityService.createUserQuery().userId(INTRUDER).count()).as("expression not evaluated").isZero();
  }

  @Test
  void anExpressionHiddenInOrQueriesIsRefusedBeforeTheEngineEvaluatesIt() {
    assertRefusedAndNotEvaluated(postAs("peksos.magetan", "/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + ATTACK + "\"}]}"));
    assertRefusedAndNotEvaluated(postAs("peksos.magetan", "/engine-rest/task/count",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"#{identityService.newUser('" + INTRUDER + "')}\"}]}"));
  }

  @Test
  void escapingTheDollarSignOrUsingQueryParametersDoesNotGetPast() {
    assertRefusedAndNotEvaluated(postAs("peksos.magetan", "/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{identityService.newUser('" + INTRUDER + "')}\"}]}"));
    assertRefusedAndNotEvaluated(rest.withBasicAuth("peksos.magetan", "demo").getForEntity(
        "/engine-rest/task?assigneeExpression={expression}", String.class, ATTACK));
  }

  @Test
  void aFilterListCannotBeExtendedWithAnExpressionEither() {
    String filterId = (String) rest.withBasicAuth("peksos.magetan", "demo")
        .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, List.class).getBody().stream()
        .map(filter -> ((Map<?, ?>) filter).get("id")).findFirst().orElseThrow();
    assertRefusedAndNotEvaluated(postAs("peksos.magetan", "/engine-rest/filter/" + filterId + "/list",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + ATTACK + "\"}]}"));
  }

  @Test
  void ordinaryTaskQueriesAndFilterListsStillWork() {
    assertThat(postAs("peksos.magetan", "/engine-rest/task",
        "{\"candidateGroup\":\"peksos\",\"orQueries\":[{\"name\":\"Asesmen ${belum}\"}]}").getStatusCode())
        .as("an expression in a value is refused even where no expression is meant").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postAs("peksos.magetan", "/engine-rest/task",
        "{\"candidateGroup\":\"peksos\",\"orQueries\":[{\"assignee\":\"peksos.magetan\"}]}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(postAs("peksos.magetan", "/engine-rest/task/count", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void adminSetupIsShutWhileTheDemoAdministratorExists() {
    ResponseEntity<String> response = postSetup();
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("administrator sudah ada");
    assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
  }

  @Test
  void adminSetupStaysShutWhenTheAdministratorsAreNotDirectMembersOfCamundaAdmin() {
    String group = "pengelola-sistem";
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
        .map(user -> user.getId()).toList();
    assertThat(admins).isNotEmpty();
    Group managers = identityService.newGroup(group);
    identityService.saveGroup(managers);
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.USER);
    grant.setResourceId(Authorization.ANY);
    grant.addPermission(Permissions.ALL);
    authorizationService.saveAuthorization(grant);
    admins.forEach(admin -> {
      identityService.createMembership(admin, group);
      identityService.deleteMembership(admin, Groups.CAMUNDA_ADMIN);
    });
    try {
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count())
          .as("the advisory's situation: no direct member").isZero();

      assertThat(postSetup().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
    } finally {
      admins.forEach(admin -> identityService.createMembership(admin, Groups.CAMUNDA_ADMIN));
      authorizationService.deleteAuthorization(grant.getId());
      identityService.deleteGroup(group);
    }
  }

  /** As the Admin page sends it: with the session and CSRF token the webapp hands out, so only our guard says no. */
  private ResponseEntity<String> postSetup() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(cookies).as("session and CSRF cookies").isNotNull();
    String token = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0]).findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(cookie -> cookie.split(";")[0]).toList()));
    headers.add("X-XSRF-TOKEN", token);
    String body = "{\"profile\":{\"id\":\"" + INTRUDER + "\",\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x@y.z\"},"
        + "\"credentials\":{\"password\":\"Rahasia-12345\"}}";
    return rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
