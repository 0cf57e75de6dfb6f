package id.go.dinsos.sop.document;

import java.time.Instant;

/** An archived document without its PDF bytes: what verification and listings need. */
public record ArchivedDocument(String id, String tenantId, DocumentKind kind, String number, int year, int sequence,
    String templateName, String businessKey, String processInstanceId, String activityId, String issuedBy,
    Instant issuedAt, String sha256, int contentLength) {
}
