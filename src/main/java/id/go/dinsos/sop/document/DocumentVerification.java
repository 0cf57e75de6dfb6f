package id.go.dinsos.sop.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Answers whether the offices issued a document: by its id (the QR code) or by its number, with or without a hash. */
@Service
public class DocumentVerification {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final DocumentArchive archive;

  public DocumentVerification(DocumentArchive archive) {
    this.archive = archive;
  }

  /** A SHA-256 as typed or pasted (upper case, spaces, "sha256:" prefix allowed), or empty if it is none. */
  public static Optional<String> normalizeHash(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String hash = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^sha-?256[:=]?", "").replaceAll("\\s", "");
    return SHA256.matcher(hash).matches() ? Optional.of(hash) : Optional.empty();
  }

  public VerificationResult byId(String documentId, String sha256) {
    Optional<ArchivedDocument> document = archive.find(documentId);
    if (document.isEmpty()) {
      return new VerificationResult(VerificationStatus.TIDAK_DIKENAL, List.of());
    }
    if (sha256 == null) {
      return new VerificationResult(VerificationStatus.TERDAFTAR, List.of(document.get()));
    }
    return new VerificationResult(document.get().sha256().equals(sha256) ? VerificationStatus.ASLI
        : VerificationStatus.TIDAK_COCOK, List.of(document.get()));
  }

  /**
   * By number. Numbers of different offices (or kinds) may coincide, so all documents with the number
   * are considered, optionally only one office's; the file is genuine if it is any of them.
   */
  public VerificationResult byNumber(String number, String tenantId, String sha256) {
    List<ArchivedDocument> documents = archive.findByNumber(number.strip()).stream()
        .filter(document -> tenantId == null || tenantId.isBlank() || document.tenantId().equals(tenantId))
        .toList();
    if (documents.isEmpty()) {
      return new VerificationResult(VerificationStatus.TIDAK_DIKENAL, List.of());
    }
    if (sha256 == null) {
      return new VerificationResult(VerificationStatus.TERDAFTAR, documents);
    }
    return documents.stream().filter(document -> document.sha256().equals(sha256)).findFirst()
        .map(genuine -> new VerificationResult(VerificationStatus.ASLI, List.of(genuine)))
        .orElseGet(() -> new VerificationResult(VerificationStatus.TIDAK_COCOK, documents));
  }
}
