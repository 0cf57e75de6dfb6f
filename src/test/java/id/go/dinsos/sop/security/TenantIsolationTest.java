package id.go.dinsos.sop.security;

import static id.go.dinsos.sop.security.SecurityCases.assertEmpty;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * Tenants and roles, tried as an attacker would: users of another office, staff of the same office and
 * non-administrators go after a Magetan case (its definition, instance, task, variables, history, operation log,
 * document and report) through the REST API, the webapps' API with a real session and CSRF token, and the
 * application's own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  private String magetanCase;
  private String magetanTask;
  private String magetanDefinition;
  private String magetanDocument;
  private String lamandauCase;

  @BeforeAll
  void twoCases() {
    magetanCase = SecurityCases.magetanCase(rest, managementService);
    magetanTask = taskService.createTaskQuery().processInstanceId(magetanCase).singleResult().getId();
    magetanDefinition = runtimeService.createProcessInstanceQuery().processInstanceId(magetanCase).singleResult()
        .getProcessDefinitionId();
    magetanDocument = (String) runtimeService.getVariable(magetanCase, SecurityCases.DOCUMENT_ID_VARIABLE);
    assertThat(magetanDocument).isNotNull();
    lamandauCase = SecurityCases.lamandauCase(rest);
  }

  private EngineRest as(String userId) {
    return EngineRest.as(rest, userId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"peksos.lamandau", "kadis.lamandau", "kasi.tanah-laut", "fo-slrt.tanah-laut"})
  void usersOfAnotherOfficeNeitherSeeNorTouchTheCase(String outsider) {
    EngineRest them = as(outsider);
    assertEmpty(them.getList("/process-definition?key=" + AnjalAtVariables.PROCESS_ID), "definitions");
    assertThat(them.get("/process-definition/" + magetanDefinition).getStatusCode().is2xxSuccessful()).isFalse();
    assertEmpty(them.getList("/process-instance?processInstanceIds=" + magetanCase), "instances");
    assertThat(them.get("/process-instance/" + magetanCase).getStatusCode().is2xxSuccessful()).isFalse();
    assertEmpty(them.getList("/task?processInstanceId=" + magetanCase), "tasks");
    assertThat(them.get("/task/" + magetanTask).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(them.get("/process-instance/" + magetanCase + "/variables").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(them.get("/task/" + magetanTask + "/variables").getStatusCode().is2xxSuccessful()).isFalse();
    assertEmpty(them.getList("/history/variable-instance?processInstanceId=" + magetanCase), "variables in history");
    assertEmpty(them.getList("/history/process-instance?processInstanceId=" + magetanCase), "history");
    assertEmpty(them.getList("/history/task?processInstanceId=" + magetanCase), "task history");
    assertEmpty(them.getList("/history/user-operation?processInstanceId=" + magetanCase), "operation log");

    assertThat(them.post("/task/" + magetanTask + "/claim", Map.of("userId", outsider)).getStatusCode()
        .is2xxSuccessful()).isFalse();
    assertThat(them.post("/process-instance/" + magetanCase + "/variables",
        Map.of("modifications", Map.of(AnjalAtVariables.ANAK_NIK, Map.of("value", "diubah", "type", "String"))))
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(rest.withBasicAuth(outsider, "demo").exchange("/engine-rest/process-instance/" + magetanCase,
        HttpMethod.DELETE, null, String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(them.post(EngineRest.startFormPath(AnjalAtVariables.PROCESS_ID, "magetan"),
        EngineRest.variables(MagetanAnjalAtCase.laporan())).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(taskService.createTaskQuery().taskId(magetanTask).singleResult().getAssignee()).isNull();
    assertThat(runtimeService.getVariable(magetanCase, AnjalAtVariables.ANAK_NIK)).isEqualTo(SecurityCases.NIK);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(magetanCase).count()).isOne();

    assertThat(rest.withBasicAuth(outsider, "demo").getForEntity("/api/dokumen/" + magetanDocument + "/pdf",
        byte[].class).getStatusCode()).as("the case's document").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth(outsider, "demo").getForEntity("/laporan/sla.csv?kantor=magetan", String.class)
        .getStatusCode()).as("the office's SLA report").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSupervisorOfAnotherOfficeSeesNothingInCockpitEither() {
    WebappSession cockpit = WebappSession.loggedIn(rest, "kadis.lamandau", "cockpit");
    assertThat(cockpit.get(ENGINE_API + "/process-instance?processInstanceIds=" + magetanCase).getBody()).isEqualTo("[]");
    assertThat(cockpit.get(ENGINE_API + "/history/process-instance?processInstanceId=" + magetanCase).getBody())
        .isEqualTo("[]");
    assertThat(cockpit.get(ENGINE_API + "/task?processInstanceId=" + magetanCase).getBody()).isEqualTo("[]");
    assertThat(cockpit.get(ENGINE_API + "/history/user-operation?processInstanceId=" + magetanCase).getBody())
        .isEqualTo("[]");
    assertThat(cockpit.postJson(ENGINE_API + "/task/" + magetanTask + "/claim", "{\"userId\":\"kadis.lamandau\"}")
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(cockpit.get("/api/dokumen/" + magetanDocument + "/pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.get(ENGINE_API + "/process-instance?processInstanceIds=" + lamandauCase).getBody())
        .as("their own office's case").contains(lamandauCase);
  }

  @Test
  void staffWorkTheTasksOfTheirGroupsButCannotReadCasesOrHistory() {
    assertThat(as("peksos.magetan").getList("/task?processInstanceId=" + magetanCase).getBody())
        .as("the peksos task of the case").extracting(task -> task.get("id")).containsExactly(magetanTask);
    assertEmpty(as("pendamping-rehsos.magetan").getList("/task?processInstanceId=" + magetanCase), "not their group");
    assertEmpty(as("staf.magetan").getList("/task?processInstanceId=" + magetanCase), "not their group");
    assertThat(as("pendamping-rehsos.magetan").post("/task/" + magetanTask + "/claim",
        Map.of("userId", "pendamping-rehsos.magetan")).getStatusCode().is2xxSuccessful()).isFalse();

    EngineRest peksos = as("peksos.magetan");
    assertEmpty(peksos.getList("/process-instance?processInstanceIds=" + magetanCase), "instances");
    assertEmpty(peksos.getList("/history/process-instance?processInstanceId=" + magetanCase), "history");
    assertEmpty(peksos.getList("/history/user-operation?processInstanceId=" + magetanCase), "operation log");
    assertThat(WebappSession.anonymous(rest).login("peksos.magetan", "demo", "cockpit").getStatusCode())
        .as("Cockpit login").isNotEqualTo(HttpStatus.OK);
    assertThat(WebappSession.anonymous(rest).login("peksos.magetan", "demo", "tasklist").getStatusCode())
        .as("Tasklist login").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("peksos.magetan", "demo").getForEntity("/laporan/sla", String.class)
        .getStatusCode()).as("the SLA report is for supervisors").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void supervisorsFollowTheirOfficesCasesAndHistoryInCockpit() {
    WebappSession cockpit = WebappSession.loggedIn(rest, "kadis.magetan", "cockpit");
    assertThat(cockpit.get(ENGINE_API + "/process-instance?processInstanceIds=" + magetanCase).getBody())
        .contains(magetanCase);
    assertThat(cockpit.get(ENGINE_API + "/history/process-instance?processInstanceId=" + magetanCase).getBody())
        .contains(magetanCase);
    assertThat(cockpit.get(ENGINE_API + "/history/variable-instance?processInstanceId=" + magetanCase
        + "&variableName=" + AnjalAtVariables.ANAK_NIK).getBody()).as("the NIK in full, in the case")
        .contains(SecurityCases.NIK);
    assertThat(cockpit.get(ENGINE_API + "/process-instance?processInstanceIds=" + lamandauCase).getBody())
        .isEqualTo("[]");
  }

  @Test
  void supervisorsReadWhoChangedWhatInTheirOfficesCasesOnly() {
    List<Map<String, Object>> magetanLog = as("kadis.magetan")
        .getList("/history/user-operation?processInstanceId=" + magetanCase).getBody();
    assertThat(magetanLog).as("claims and completions of the Magetan case")
        .anySatisfy(entry -> {
          assertThat(entry.get("userId")).isEqualTo("peksos.magetan");
          assertThat(entry.get("operationType")).isEqualTo("Claim");
        });
    assertEmpty(as("kadis.magetan").getList("/history/user-operation?processInstanceId=" + lamandauCase),
        "the Lamandau case's log");
    assertThat(as("kadis.lamandau").getList("/history/user-operation?processInstanceId=" + lamandauCase).getBody())
        .anySatisfy(entry -> assertThat(entry.get("userId")).isEqualTo("staf.lamandau"));
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(magetanCase).count())
        .as("the log is kept").isGreaterThanOrEqualTo(magetanLog.size());
  }

  @Test
  void nonAdministratorsCannotUseAdminManageUsersOrDeploy() {
    for (String user : List.of("kadis.magetan", "peksos.magetan")) {
      assertThat(WebappSession.anonymous(rest).login(user, "demo", "admin").getStatusCode()).as("%s in Admin", user)
          .isNotEqualTo(HttpStatus.OK);
      HttpHeaders json = new HttpHeaders();
      json.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<String> created = rest.withBasicAuth(user, "demo").exchange("/engine-rest/user/create",
          HttpMethod.POST, new HttpEntity<>("{\"profile\":{\"id\":\"penyusup-baru\"},"
              + "\"credentials\":{\"password\":\"Rahasia-Sekali-1\"}}", json), String.class);
      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.withBasicAuth(user, "demo").exchange("/engine-rest/group/" + Groups.CAMUNDA_ADMIN
          + "/members/" + user, HttpMethod.PUT, null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      long deployments = repositoryService.createDeploymentQuery().count();
      assertThat(SecurityCases.deploy(rest, user, "demo", "magetan", "uji.bpmn",
          SecurityCases.diagram("uji-bukan-admin", "")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(rest.withBasicAuth(user, "demo").postForEntity("/api/calendar/holidays/reload", null, String.class)
          .getStatusCode()).as("reloading the holidays").isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(WebappSession.loggedIn(rest, "kadis.magetan", "cockpit").postJson("/api/calendar/holidays/reload", "")
        .getStatusCode().is2xxSuccessful()).as("a webapp session is not enough to change anything").isFalse();
    assertThat(identityService.createUserQuery().userId("penyusup-baru").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(user -> user.getId()).containsExactly("admin");
    assertThat(WebappSession.anonymous(rest).login("admin", "demo", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
