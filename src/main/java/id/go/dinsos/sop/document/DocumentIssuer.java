package id.go.dinsos.sop.document;

import id.go.dinsos.sop.document.DocumentNumbering.DocumentNumber;
import id.go.dinsos.sop.identity.Office;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a document in the caller's transaction: checks that everything it needs is there (or
 * throws {@link DocumentNotIssuableException} naming what is missing, before any number is taken),
 * takes the next number, renders the PDF with the QR code of its verification page, and archives it
 * with its SHA-256. If the transaction rolls back, the number and the archive row go with it.
 *
 * <p>The QR code carries {@code <base>/verifikasi/<document id>}: the id is chosen before rendering,
 * whereas the hash can only be known after, since it is the hash of the PDF that contains the QR code.
 */
@Service
public class DocumentIssuer {

  private final OfficeDocumentConfig offices;
  private final DocumentTemplates templates;
  private final DocumentRenderer renderer;
  private final DocumentNumbering numbering;
  private final DocumentArchive archive;
  private final String verificationBaseUrl;

  public DocumentIssuer(OfficeDocumentConfig offices, DocumentTemplates templates, DocumentRenderer renderer,
      DocumentNumbering numbering, DocumentArchive archive,
      @Value("${dinsos.documents.verification-base-url:http://localhost:8080}") String verificationBaseUrl) {
    this.offices = offices;
    this.templates = templates;
    this.renderer = renderer;
    this.numbering = numbering;
    this.archive = archive;
    this.verificationBaseUrl = verificationBaseUrl.replaceAll("/+$", "");
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public IssuedDocument issue(DocumentRequest request) {
    DocumentKind kind = request.kind();
    List<String> problems = new ArrayList<>();
    Optional<Office> office = Office.byTenantId(request.tenantId());
    if (office.isEmpty()) {
      problems.add(request.tenantId() == null ? "kasus ini tidak milik kantor mana pun (tanpa tenant)"
          : "kantor '" + request.tenantId() + "' tidak dikenal");
      throw new DocumentNotIssuableException(kind.title(), problems);
    }
    Optional<OfficeDocumentSettings> settings = offices.settings(office.get().tenantId());
    if (settings.isEmpty()) {
      problems.add("pengaturan dokumen untuk kantor " + office.get().tenantId() + " belum dikonfigurasi");
    } else {
      problems.addAll(settings.get().problemsFor(kind));
    }
    String templateName = request.templateOrDefault();
    if (!templates.exists(templateName)) {
      problems.add("templat '" + templateName + "' tidak ditemukan");
    }
    DocumentValues values = DocumentValues.read(kind, request.variables(), office.get().zone());
    problems.addAll(values.problems());
    if (!problems.isEmpty()) {
      throw new DocumentNotIssuableException(kind.title(), problems);
    }

    String documentId = UUID.randomUUID().toString();
    String verificationUrl = verificationUrl(documentId);
    LocalDate date = request.issuedAt().atZone(office.get().zone()).toLocalDate();
    DocumentNumberFormat format = DocumentNumberFormat.of(settings.get().numberFormatFor(kind).orElseThrow());
    DocumentNumber number = numbering.take(office.get(), kind, date, format);
    byte[] pdf = renderer.render(new DocumentDraft(documentId, kind, templateName, number.text(), date,
        office.get().officeName(), settings.get(), values.values(), verificationUrl, request.businessKey()));
    ArchivedDocument archived = new ArchivedDocument(documentId, office.get().tenantId(), kind, number.text(),
        number.year(), number.sequence(), templateName, request.businessKey(), request.processInstanceId(),
        request.activityId(), request.issuedBy(), request.issuedAt(), sha256(pdf), pdf.length);
    archive.store(archived, pdf);
    return new IssuedDocument(archived, pdf, verificationUrl);
  }

  public String verificationUrl(String documentId) {
    return verificationBaseUrl + "/verifikasi/" + documentId;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
