package id.go.dinsos.sop.document;

import java.util.List;

/**
 * A document cannot be made: a value is missing or unreadable, or the office's settings lack what
 * the document needs. The message names everything missing, in Indonesian, e.g. "Dokumen Surat Tugas
 * tidak dapat dibuat: penandatangan untuk kantor magetan belum dikonfigurasi". Thrown from an
 * asynchronous service task it becomes the incident message in Cockpit; the step's transaction
 * rolls back, so no number is used and nothing is archived.
 */
public class DocumentNotIssuableException extends RuntimeException {

  private final List<String> problems;

  public DocumentNotIssuableException(String documentTitle, List<String> problems) {
    super("Dokumen " + documentTitle + " tidak dapat dibuat: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
