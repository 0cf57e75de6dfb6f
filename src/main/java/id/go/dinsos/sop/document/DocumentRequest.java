package id.go.dinsos.sop.document;

import java.time.Instant;
import java.util.function.Function;

/**
 * A document asked for by a process step.
 *
 * @param templateName null or blank for the kind's default template
 * @param variables the value of a process variable by name, null when not set
 * @param issuedBy the user id recorded as issuer ("sistem" when no person did it)
 */
public record DocumentRequest(String tenantId, DocumentKind kind, String templateName,
    Function<String, Object> variables, String businessKey, String processInstanceId, String activityId,
    String issuedBy, Instant issuedAt) {

  public String templateOrDefault() {
    return templateName == null || templateName.isBlank() ? kind.templateName() : templateName.strip();
  }
}
