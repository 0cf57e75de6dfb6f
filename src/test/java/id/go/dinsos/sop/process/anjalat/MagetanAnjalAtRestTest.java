package id.go.dinsos.sop.process.anjalat;

import static id.go.dinsos.sop.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.support.AsyncSteps;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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

/** One Magetan case carried from start to end through the REST API, each step by the user of its role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class MagetanAnjalAtRestTest {

  /** By key the REST API finds only definitions without tenant: an office's SOP is addressed with its tenant. */
  private static final String START_FORM =
      "/process-definition/key/" + AnjalAtVariables.PROCESS_ID + "/tenant-id/magetan/submit-form";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;

  private EngineRest as(String userId) {
    return EngineRest.as(rest, userId);
  }

  @Test
  void restApiRefusesAnonymousCallersAndAcceptsDemoUsers() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a user no other test logs in as: after a wrong password the engine delays that user's next login
    assertThat(rest.withBasicAuth("sekretaris.lamandau", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("peksos.magetan").getList("/task").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void startFormWithBadValuesIsRefusedInIndonesianAndNothingIsSaved() {
    EngineRest peksos = as("peksos.magetan");
    // counted by the kadis, who may read the office's history; peksos would always count 0
    EngineRest kadis = as("kadis.magetan");
    long before = count(kadis, "/history/process-instance/count?processDefinitionKey=" + AnjalAtVariables.PROCESS_ID);
    Map<String, Object> bad = MagetanAnjalAtCase.laporan();
    bad.put(AnjalAtVariables.ANAK_NIK, "12345");
    bad.remove(AnjalAtVariables.ANAK_NAMA);

    ResponseEntity<Map<String, Object>> refused = peksos.post(
        START_FORM, variables(bad));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("wajib diisi").contains("tidak sesuai format");
    assertThat(count(kadis,
        "/history/process-instance/count?processDefinitionKey=" + AnjalAtVariables.PROCESS_ID)).isEqualTo(before);
  }

  @Test
  void caseIsCarriedFromReportToBalaiByEachRoleInTurn() {
    EngineRest peksos = as("peksos.magetan");
    ResponseEntity<Map<String, Object>> started = peksos.post(
        START_FORM, variables(MagetanAnjalAtCase.laporan()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = (String) started.getBody().get("id");

    complete(peksos, caseId, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS,
        MagetanAnjalAtCase.values(AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS));

    String registerNumber = (String) as("kadis.magetan").get("/process-instance/" + caseId).getBody().get("businessKey");
    assertThat(registerNumber).matches("\\d{4}/REG/MGT/\\d{4}");
    String registerTask = (String) peksos.getList("/task?processInstanceId=" + caseId).getBody().get(0).get("id");
    assertThat(peksos.get("/task/" + registerTask + "/form-variables?variableNames=" + AnjalAtVariables.NOMOR_REGISTER)
        .getBody()).as("staff see the number on their task").extracting(AnjalAtVariables.NOMOR_REGISTER)
        .extracting("value").isEqualTo(registerNumber);
    assertThat(registerNumbersOnTasklistCards(peksos, "Tugas kelompok saya")).as("Tasklist cards show the number")
        .contains(registerNumber);
    assertThat(as("peksos.lamandau").getList("/task?processInstanceId=" + caseId).getBody())
        .as("another office sees nothing of this case").isEmpty();

    List<MagetanAnjalAtCase.Step> steps = MagetanAnjalAtCase.steps();
    for (MagetanAnjalAtCase.Step step : steps.subList(1, steps.size())) {
      complete(as(step.user()), caseId, step.task(), step.values());
    }

    Map<String, Object> history = as("kadis.magetan").get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(registerNumber);
    assertThat(history.get("tenantId")).isEqualTo("magetan");

    for (String stem : List.of("dokumenBaSerahTerimaKlien", "dokumenSuratTugas", "dokumenLaporanSosial",
        "dokumenRekomendasi", AnjalAtVariables.DOKUMEN_BA_PENERIMAAN_BALAI)) {
      List<Map<String, Object>> issued = as("kadis.magetan").getList(
          "/history/variable-instance?processInstanceId=" + caseId + "&variableName=" + stem + "Id").getBody();
      assertThat(issued).as("document %s issued", stem).hasSize(1);
      String pdf = "/api/dokumen/" + issued.get(0).get("value") + "/pdf";
      ResponseEntity<byte[]> own = rest.withBasicAuth("peksos.magetan", EngineRest.DEMO_PASSWORD)
          .getForEntity(pdf, byte[].class);
      assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(new String(own.getBody(), 0, 5)).as("%s is a PDF", stem).isEqualTo("%PDF-");
      assertThat(rest.withBasicAuth("peksos.lamandau", EngineRest.DEMO_PASSWORD).getForEntity(pdf, byte[].class)
          .getStatusCode().is2xxSuccessful()).as("another office cannot open %s", stem).isFalse();
    }
  }

  @Test
  void aRoleCannotWorkAnotherRolesTask() {
    EngineRest peksos = as("peksos.magetan");
    String caseId = (String) peksos.post(START_FORM,
        variables(MagetanAnjalAtCase.laporan())).getBody().get("id");
    String taskId = (String) peksos.getList("/task?processInstanceId=" + caseId).getBody().get(0).get("id");

    assertThat(as("kabid.magetan").post("/task/" + taskId + "/claim", Map.of("userId", "kabid.magetan"))
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // the engine's tenant check refuses with a generic error (500) rather than 403; the claim is refused all the same
    assertThat(as("peksos.lamandau").post("/task/" + taskId + "/claim", Map.of("userId", "peksos.lamandau"))
        .getStatusCode().isError()).isTrue();
    assertThat(peksos.get("/task/" + taskId).getBody().get("assignee")).as("nobody claimed it").isNull();
  }

  /**
   * Finds the case's open task of that step as the user sees it, claims it and submits its form; then runs the
   * document steps that follow, as the job executor would.
   */
  private void complete(EngineRest user, String caseId, String taskKey, Map<String, Object> values) {
    List<Map<String, Object>> tasks = user.getList(
        "/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as("%s sees task %s", user.userId(), taskKey).hasSize(1);
    String taskId = (String) tasks.get(0).get("id");
    assertThat(user.post("/task/" + taskId + "/claim", Map.of("userId", user.userId())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> submitted = user.post("/task/" + taskId + "/submit-form", variables(values));
    assertThat(submitted.getStatusCode()).as("%s completes %s: %s", user.userId(), taskKey, submitted.getBody())
        .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    AsyncSteps.run(managementService, caseId);
  }

  /** What Tasklist shows on the task cards of a filter: the filter's variables embedded in each task. */
  @SuppressWarnings("unchecked")
  private List<Object> registerNumbersOnTasklistCards(EngineRest user, String filterName) {
    String filterId = (String) user.getList("/filter?name=" + filterName).getBody().get(0).get("id");
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> list = rest.withBasicAuth(user.userId(), EngineRest.DEMO_PASSWORD).exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
        new HttpEntity<>("{}", headers), Map.class).getBody();
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) list.get("_embedded")).get("task");
    return tasks.stream()
        // a task without variables has no _embedded part
        .flatMap(task -> ((List<Map<String, Object>>) ((Map<String, Object>) task.getOrDefault("_embedded", Map.of()))
            .getOrDefault("variable", List.of())).stream())
        .filter(variable -> AnjalAtVariables.NOMOR_REGISTER.equals(variable.get("name")))
        .map(variable -> variable.get("value"))
        .toList();
  }

  private static long count(EngineRest user, String path) {
    return ((Number) user.get(path).getBody().get("count")).longValue();
  }
}
