package id.go.dinsos.sop.document;

import java.time.LocalDate;
import java.util.Map;

/**
 * Everything one document shows, ready to render: its identity and number, the issuing office's
 * settings and the values read from the case.
 *
 * @param documentId the archive id, also in the verification link of the QR code
 * @param officeName e.g. "Dinas Sosial Kabupaten Magetan"
 * @param caseReference the case's business key (nomor register), may be null
 */
public record DocumentDraft(String documentId, DocumentKind kind, String templateName, String number, LocalDate date,
    String officeName, OfficeDocumentSettings office, Map<String, Object> values, String verificationUrl,
    String caseReference) {
}
