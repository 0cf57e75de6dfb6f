package id.go.dinsos.sop.document;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Fills a document's template and renders it as PDF. The template sees {@code dokumen} (nomor, judul,
 * tanggal, kota, kasus, verifikasiUrl, qr), {@code kantor}, {@code kop}, {@code penandatangan},
 * {@code data} (the values by field name) and {@code fmt} ({@link IndonesianFormat}).
 */
@Component
public class DocumentRenderer {

  private final DocumentTemplates templates;
  private final PdfRenderer pdf;
  private final IndonesianFormat format = new IndonesianFormat();

  public DocumentRenderer(DocumentTemplates templates, PdfRenderer pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  public byte[] render(DocumentDraft draft) {
    return pdf.render(templates.render(draft.templateName(), model(draft)));
  }

  Map<String, Object> model(DocumentDraft draft) {
    Map<String, Object> dokumen = new LinkedHashMap<>();
    dokumen.put("id", draft.documentId());
    dokumen.put("nomor", draft.number());
    dokumen.put("judul", draft.kind().title());
    dokumen.put("jenis", draft.kind().name());
    dokumen.put("kode", draft.kind().code());
    dokumen.put("tanggal", draft.date());
    dokumen.put("kota", draft.office().kota());
    dokumen.put("kasus", draft.caseReference());
    dokumen.put("verifikasiUrl", draft.verificationUrl());
    dokumen.put("qr", QrCodes.pngDataUri(draft.verificationUrl()));

    Letterhead letterhead = draft.office().kop();
    Map<String, Object> kop = new HashMap<>();
    kop.put("pemerintah", letterhead.pemerintah());
    kop.put("dinas", letterhead.dinas());
    kop.put("alamat", letterhead.alamat());
    kop.put("telepon", letterhead.telepon());
    kop.put("email", letterhead.email());
    kop.put("website", letterhead.website());
    kop.put("logo", letterhead.logoDataUri());

    Signer signer = draft.office().signerFor(draft.kind()).orElseThrow();
    Map<String, Object> penandatangan = new HashMap<>();
    penandatangan.put("nama", signer.nama());
    penandatangan.put("jabatan", signer.jabatan());
    penandatangan.put("pangkat", signer.pangkat());
    penandatangan.put("nip", signer.nip());
    penandatangan.put("atasNama", signer.atasNama());

    Map<String, Object> kantor = new HashMap<>();
    kantor.put("tenant", draft.office().tenantId());
    kantor.put("nama", draft.officeName());

    Map<String, Object> model = new HashMap<>();
    model.put("dokumen", dokumen);
    model.put("kop", kop);
    model.put("penandatangan", penandatangan);
    model.put("kantor", kantor);
    model.put("data", draft.values());
    model.put("fmt", format);
    return model;
  }
}
