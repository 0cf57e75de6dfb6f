package id.go.dinsos.sop.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one office (tenant) puts on its documents: the kop surat, the town in the date line, the
 * signing official per document kind (or the default one) and the numbering format per kind (or
 * the default one). Read from {@code documents/offices.yaml} by {@link OfficeDocumentConfig}.
 */
public record OfficeDocumentSettings(String tenantId, String kota, Letterhead kop, Signer defaultSigner,
    Map<DocumentKind, Signer> signers, String defaultNumberFormat, Map<DocumentKind, String> numberFormats) {

  public OfficeDocumentSettings {
    signers = Map.copyOf(signers);
    numberFormats = Map.copyOf(numberFormats);
  }

  public Optional<Signer> signerFor(DocumentKind kind) {
    return Optional.ofNullable(signers.getOrDefault(kind, defaultSigner));
  }

  public Optional<String> numberFormatFor(DocumentKind kind) {
    return Optional.ofNullable(numberFormats.getOrDefault(kind, defaultNumberFormat));
  }

  /** What keeps this office from issuing the kind, in Indonesian; empty when it can. */
  public List<String> problemsFor(DocumentKind kind) {
    List<String> problems = new ArrayList<>();
    if (Letterhead.isBlank(kota)) {
      problems.add("kota penandatanganan (kota) untuk kantor " + tenantId + " belum dikonfigurasi");
    }
    List<String> missingKop = kop == null ? List.of("pemerintah", "dinas", "alamat") : kop.missingParts();
    if (!missingKop.isEmpty()) {
      problems.add("kop surat kantor " + tenantId + " belum lengkap: " + String.join(", ", missingKop));
    }
    Optional<Signer> signer = signerFor(kind);
    if (signer.isEmpty()) {
      problems.add("penandatangan untuk kantor " + tenantId + " belum dikonfigurasi");
    } else if (!signer.get().missingParts().isEmpty()) {
      problems.add("data penandatangan " + kind.title() + " kantor " + tenantId + " belum lengkap: "
          + String.join(", ", signer.get().missingParts()));
    }
    Optional<String> format = numberFormatFor(kind);
    if (format.isEmpty()) {
      problems.add("format penomoran " + kind.title() + " untuk kantor " + tenantId + " belum dikonfigurasi");
    } else {
      try {
        DocumentNumberFormat.of(format.get());
      } catch (IllegalArgumentException invalid) {
        problems.add(invalid.getMessage() + " (kantor " + tenantId + ")");
      }
    }
    return problems;
  }
}
