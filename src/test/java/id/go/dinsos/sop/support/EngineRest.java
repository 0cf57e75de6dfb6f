package id.go.dinsos.sop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine's REST API as one demo user sees it, with HTTP basic authentication. */
public final class EngineRest {

  public static final String DEMO_PASSWORD = "demo";
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };

  private final TestRestTemplate rest;
  private final String userId;
  private final ManagementService jobs;

  private EngineRest(TestRestTemplate rest, String userId, ManagementService jobs) {
    this.rest = rest;
    this.userId = userId;
    this.jobs = jobs;
  }

  public static EngineRest as(TestRestTemplate rest, String userId) {
    return new EngineRest(rest.withBasicAuth(userId, DEMO_PASSWORD), userId, null);
  }

  /**
   * The same user, and after each completed task the case's document steps run at once ({@link AsyncSteps}), as
   * the job executor (off in tests) would run them.
   */
  public EngineRest runningDocumentSteps(ManagementService managementService) {
    return new EngineRest(rest, userId, managementService);
  }

  public String userId() {
    return userId;
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return rest.exchange("/engine-rest" + path, HttpMethod.GET, null, LIST);
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return rest.exchange("/engine-rest" + path, HttpMethod.GET, null, OBJECT);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
  }

  /**
   * Starts a case of the office's SOP through its start form, as this user, and returns the process instance id.
   * By key alone the REST API finds only definitions without tenant, so the office's SOP is addressed with its tenant.
   */
  public String startCase(String processKey, String tenantId, Map<String, ?> startFormValues) {
    ResponseEntity<Map<String, Object>> started = post(startFormPath(processKey, tenantId), variables(startFormValues));
    assertThat(started.getStatusCode()).as("%s starts %s: %s", userId, processKey, started.getBody())
        .isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  public static String startFormPath(String processKey, String tenantId) {
    return "/process-definition/key/" + processKey + "/tenant-id/" + tenantId + "/submit-form";
  }

  /** Finds the case's open task of that step as this user sees it, claims it and submits its form. */
  public void completeTask(String caseId, String taskKey, Map<String, ?> values) {
    String taskId = claimTask(caseId, taskKey);
    ResponseEntity<Map<String, Object>> submitted = post("/task/" + taskId + "/submit-form", variables(values));
    assertThat(submitted.getStatusCode()).as("%s completes %s: %s", userId, taskKey, submitted.getBody())
        .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    if (jobs != null) {
      AsyncSteps.run(jobs, caseId);
    }
  }

  /** Finds the case's open task of that step as this user sees it and claims it; returns the task id. */
  public String claimTask(String caseId, String taskKey) {
    List<Map<String, Object>> tasks = getList("/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + taskKey)
        .getBody();
    assertThat(tasks).as("%s sees task %s", userId, taskKey).hasSize(1);
    String taskId = (String) tasks.get(0).get("id");
    assertThat(post("/task/" + taskId + "/claim", Map.of("userId", userId)).getStatusCode())
        .as("%s claims %s", userId, taskKey).isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  /** The value of a variable of the case as its history shows it to this user (null when absent or hidden). */
  public Object historicValue(String caseId, String variableName) {
    List<Map<String, Object>> found = getList("/history/variable-instance?processInstanceId=" + caseId
        + "&variableName=" + variableName).getBody();
    return found == null || found.isEmpty() ? null : found.get(0).get("value");
  }

  /** The text of an issued document as this user downloads it from the archive ({@code /api/dokumen/{id}/pdf}). */
  public String documentText(Object documentId) throws IOException {
    ResponseEntity<byte[]> pdf = rest.getForEntity("/api/dokumen/" + documentId + "/pdf", byte[].class);
    assertThat(pdf.getStatusCode()).as("%s downloads document %s", userId, documentId).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Request body {@code {"variables": {...}}} with each value typed as the REST API expects. */
  public static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", typeOf(value))));
    return Map.of("variables", typed);
  }

  private static String typeOf(Object value) {
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof Integer || value instanceof Long) {
      return "Long";
    }
    if (value instanceof Number) {
      return "Double";
    }
    return "String";
  }
}
