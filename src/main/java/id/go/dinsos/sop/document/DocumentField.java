package id.go.dinsos.sop.document;

import java.util.List;

/**
 * A value a document shows, read from the process variable of the same name (or from an input
 * parameter of that name on the service task, which is how a diagram maps its own variable names).
 */
public record DocumentField(String name, String label, DocumentFieldType type, boolean required, List<ListColumn> columns) {

  public DocumentField {
    columns = List.copyOf(columns);
  }

  public static DocumentField required(String name, String label, DocumentFieldType type) {
    return new DocumentField(name, label, type, true, List.of());
  }

  public static DocumentField optional(String name, String label, DocumentFieldType type) {
    return new DocumentField(name, label, type, false, List.of());
  }

  public static DocumentField requiredList(String name, String label, ListColumn... columns) {
    return new DocumentField(name, label, DocumentFieldType.LIST, true, List.of(columns));
  }

  public static DocumentField optionalList(String name, String label, ListColumn... columns) {
    return new DocumentField(name, label, DocumentFieldType.LIST, false, List.of(columns));
  }

  /** How an administrator fills the field, for the element templates and error messages. */
  public String hint() {
    return switch (type) {
      case TEXT -> "teks";
      case PARAGRAPH -> "teks, boleh beberapa baris";
      case DATE -> "tanggal, mis. 2026-11-22";
      case MONEY -> "jumlah rupiah, mis. 1250000";
      case LIST -> "satu baris per butir: " + String.join(" | ", columns.stream().map(ListColumn::label).toList())
          + " (atau JSON array)";
    };
  }
}
