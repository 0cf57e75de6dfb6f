package id.go.dinsos.sop.document;

import id.go.dinsos.sop.web.EngineUser;
import id.go.dinsos.sop.web.EngineUserAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dokumen/{id}/pdf}: the archived PDF, for engine users (HTTP basic credentials or a
 * Tasklist / Cockpit login in the same browser) who belong to the document's office, and for
 * members of camunda-admin. 401 without valid credentials, 404 for an unknown id, 403 for a user of
 * another office.
 */
@RestController
public class DocumentDownloadController {

  private final DocumentArchive archive;
  private final EngineUserAuthentication authentication;

  public DocumentDownloadController(DocumentArchive archive, EngineUserAuthentication authentication) {
    this.archive = archive;
    this.authentication = authentication;
  }

  @GetMapping("/api/dokumen/{id}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String id, HttpServletRequest request) {
    Optional<EngineUser> user = authentication.fromBasicCredentialsOrWebappSession(request);
    if (user.isEmpty()) {
      return EngineUserAuthentication.unauthorized();
    }
    Optional<ArchivedDocument> document = archive.find(id);
    if (document.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    if (!user.get().isAdministrator() && !user.get().belongsTo(document.get().tenantId())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    byte[] pdf = archive.pdf(id).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(IssuedDocument.fileName(document.get()), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-SHA256", document.get().sha256())
        .body(pdf);
  }
}
