package id.go.dinsos.sop.document;

/** A document just issued: its archive record, the PDF, the verification link its QR code carries and a file name. */
public record IssuedDocument(ArchivedDocument archived, byte[] pdf, String verificationUrl) {

  /** E.g. {@code Surat Tugas 800-7-403.107-2026.pdf}. */
  public String fileName() {
    return fileName(archived);
  }

  static String fileName(ArchivedDocument document) {
    return document.kind().title() + " " + document.number().replaceAll("[^A-Za-z0-9.\\- ]", "-") + ".pdf";
  }
}
