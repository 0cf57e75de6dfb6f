package id.go.dinsos.sop.document;

/** A column of a {@link DocumentFieldType#LIST} field; {@code money} columns are read and shown as rupiah. */
public record ListColumn(String name, String label, boolean money) {

  public static ListColumn text(String name, String label) {
    return new ListColumn(name, label, false);
  }

  public static ListColumn money(String name, String label) {
    return new ListColumn(name, label, true);
  }
}
