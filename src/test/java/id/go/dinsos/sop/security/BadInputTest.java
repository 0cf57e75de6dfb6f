package id.go.dinsos.sop.security;

import static id.go.dinsos.sop.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
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
 * Bad input through the REST API and the forms: each is refused with a clear error and nothing is saved (no case
 * started, no deployment made). Text with HTML is refused rather than stored: what staff type goes into letters,
 * reports and pages (which escape on output as well).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTest {

  private static final String START_FORM = EngineRest.startFormPath(AnjalAtVariables.PROCESS_ID, "magetan");

  @Autowired TestRestTemplate rest;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;

  private long magetanCases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AnjalAtVariables.PROCESS_ID)
        .count();
  }

  private ResponseEntity<Map<String, Object>> startWith(String variable, Object value) {
    Map<String, Object> laporan = MagetanAnjalAtCase.laporan();
    laporan.put(variable, value);
    return EngineRest.as(rest, "peksos.magetan").post(START_FORM, variables(laporan));
  }

  private void assertRefused(ResponseEntity<?> response, HttpStatus status, String message, long casesBefore) {
    assertThat(response.getStatusCode()).as("%s", response).isEqualTo(status);
    assertThat(String.valueOf(response.getBody())).contains(message);
    assertThat(magetanCases()).as("no case started").isEqualTo(casesBefore);
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    long before = magetanCases();
    assertRefused(startWith(AnjalAtVariables.ANAK_NAMA, 12345), HttpStatus.BAD_REQUEST,
        "Kolom 'Nama anak' harus berisi teks", before);
    Map<String, Object> typedWrongly = new LinkedHashMap<>(variables(MagetanAnjalAtCase.laporan()));
    @SuppressWarnings("unchecked")
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) typedWrongly.get("variables"));
    values.put(AnjalAtVariables.ANAK_NAMA, Map.of("value", "Andi", "type", "Long"));
    assertRefused(EngineRest.as(rest, "peksos.magetan").post(START_FORM, Map.of("variables", values)),
        HttpStatus.BAD_REQUEST, "Cannot convert value", before);
  }

  @Test
  void anOversizedValueOrBodyIsRefused() {
    long before = magetanCases();
    assertRefused(startWith(AnjalAtVariables.KRONOLOGI, "x".repeat(100_000)), HttpStatus.BAD_REQUEST, "maksimal",
        before);
    assertRefused(startWith(AnjalAtVariables.KRONOLOGI, "x".repeat(RequestLimitsGuard.MAX_BODY_BYTES)),
        HttpStatus.PAYLOAD_TOO_LARGE, "melebihi 5 MB", before);
  }

  @Test
  void scriptOrHtmlInATextFieldIsRefused() {
    long before = magetanCases();
    assertRefused(startWith(AnjalAtVariables.ANAK_NAMA, "<script>alert('x')</script>"), HttpStatus.BAD_REQUEST,
        "tidak boleh memuat tag HTML", before);
    assertRefused(startWith(AnjalAtVariables.KRONOLOGI, "Ditemukan <img src=x onerror=alert(1)> di terminal"),
        HttpStatus.BAD_REQUEST, "tidak boleh memuat tag HTML", before);
    assertThat(startWith(AnjalAtVariables.KRONOLOGI, "Usia < 12 tahun, tinggi > 1 m").getStatusCode())
        .as("a plain < in a sentence is no tag").isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownTenantIsRefused() {
    long before = magetanCases();
    assertThat(EngineRest.as(rest, "peksos.magetan").post(
        EngineRest.startFormPath(AnjalAtVariables.PROCESS_ID, "bukan-kantor"), variables(MagetanAnjalAtCase.laporan()))
        .getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    assertThat(magetanCases()).isEqualTo(before);

    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<String> unknown = SecurityCases.deploy(rest, "admin", "demo", "bukan-kantor", "uji.bpmn",
        SecurityCases.diagram("uji-tenant", ""));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("tenant 'bukan-kantor' bukan kantor yang dikenal");
    assertThat(SecurityCases.deploy(rest, "admin", "demo", null, "uji.bpmn", SecurityCases.diagram("uji-tenant", ""))
        .getStatusCode()).as("without a tenant it would be shared by every office").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aJavaSerializedVariableIsRefused() {
    long before = magetanCases();
    Map<String, Object> laporan = new LinkedHashMap<>(variables(MagetanAnjalAtCase.laporan()));
    @SuppressWarnings("unchecked")
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) laporan.get("variables"));
    values.put("muatan", Map.of("type", "Object", "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object")));
    assertRefused(EngineRest.as(rest, "peksos.magetan").post(START_FORM, Map.of("variables", values)),
        HttpStatus.BAD_REQUEST, "serialisasi Java", before);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String escaped = "{\"variables\":{\"muatan\":{\"type\":\"Object\",\"value\":\"rO0AB\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":"
        + "\"application/x-java-serialized-\\u006fbject\"}}}}";
    assertRefused(rest.withBasicAuth("peksos.magetan", "demo").exchange("/engine-rest" + START_FORM, HttpMethod.POST,
        new HttpEntity<>(escaped, headers), String.class), HttpStatus.BAD_REQUEST, "serialisasi Java", before);
  }

  @Test
  void aDeploymentWithADoctypeIsRefused() {
    long deployments = repositoryService.createDeploymentQuery().count();
    String xxe = SecurityCases.diagram("uji-xxe",
        "<!DOCTYPE bpmn:definitions [<!ENTITY rahasia SYSTEM \"file:///etc/passwd\">]>\n")
        .replace("Uji &amp; keamanan", "&rahasia;");
    ResponseEntity<String> refused = SecurityCases.deploy(rest, "admin", "demo", "magetan", "uji-xxe.bpmn", xxe);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("uji-xxe.bpmn").contains("DOCTYPE");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-xxe").count()).isZero();
  }

  @Test
  void aPageLargerThanTheLimitIsRefused() {
    ResponseEntity<String> tooMany = rest.withBasicAuth("kadis.magetan", "demo")
        .getForEntity("/engine-rest/history/process-instance?maxResults=2001", String.class);
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("maxResults paling besar 2000");
    assertThat(rest.withBasicAuth("kadis.magetan", "demo")
        .getForEntity("/engine-rest/history/process-instance?maxResults=2000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(WebappSession.loggedIn(rest, "kadis.magetan", "cockpit")
        .postJson("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=50000", "{}").getStatusCode())
        .as("the webapps' API too").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aDeploymentByANonAdministratorIsRefused() {
    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<String> refused = SecurityCases.deploy(rest, "kadis.magetan", "demo", "magetan", "uji.bpmn",
        SecurityCases.diagram("uji-kadis", ""));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("CREATE").contains("Deployment");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
