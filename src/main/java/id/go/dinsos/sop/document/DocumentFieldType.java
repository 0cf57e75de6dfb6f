package id.go.dinsos.sop.document;

/** How a document field's process variable is read and shown. */
public enum DocumentFieldType {
  /** One line of text. */
  TEXT,
  /** Text of several lines or paragraphs; line breaks are kept in the PDF. */
  PARAGRAPH,
  /** A date: ISO text ({@code 2026-11-22}, a time part is ignored), {@code java.util.Date} or {@code LocalDate}. */
  DATE,
  /** An amount of rupiah: a number or text such as {@code 1250000}, {@code 1.250.000} or {@code Rp 1.250.000}. */
  MONEY,
  /**
   * Rows of a table: a JSON array (of objects keyed by column, or of texts), a {@code java.util.List}, or
   * text with one row per line and the columns separated by {@code |}, e.g. {@code Beras | 50 | kg}.
   */
  LIST
}
