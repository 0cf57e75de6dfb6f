package id.go.dinsos.sop.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's numbering format for a document kind, e.g. {@code 800/{seq}/Dinsos.C/{roman-month}/{year}}.
 * Placeholders: {@code {seq}} (the gap-free number; {@code {seq:3}} pads it to 3 digits), {@code {year}},
 * {@code {month}} (two digits), {@code {roman-month}} (XI), {@code {kind-code}} (ST, BAST-B, ...) and
 * {@code {office-code}} (MGT, LMD, TNL). Everything else is copied as written.
 */
public final class DocumentNumberFormat {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)(?::(\\d{1,2}))?}");
  private static final List<String> KNOWN = List.of("seq", "year", "month", "roman-month", "kind-code", "office-code");

  private final String pattern;

  private DocumentNumberFormat(String pattern) {
    this.pattern = pattern;
  }

  /** Checks the format; the message of the exception says, in Indonesian, what is wrong with it. */
  public static DocumentNumberFormat of(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("format penomoran kosong");
    }
    List<String> unknown = new ArrayList<>();
    boolean hasSequence = false;
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!KNOWN.contains(name) || (placeholder.group(2) != null && !name.equals("seq"))) {
        unknown.add(placeholder.group());
      }
      hasSequence |= name.equals("seq");
    }
    String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      unknown.add("kurung kurawal tanpa pasangan");
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("format penomoran '" + pattern + "' memuat bagian yang tidak dikenal: "
          + String.join(", ", unknown) + " (yang dikenal: {seq}, {seq:3}, {year}, {month}, {roman-month}, {kind-code}, {office-code})");
    }
    if (!hasSequence) {
      throw new IllegalArgumentException("format penomoran '" + pattern + "' tidak memuat {seq}");
    }
    return new DocumentNumberFormat(pattern);
  }

  public String pattern() {
    return pattern;
  }

  /** The number as printed, e.g. {@code 800/7/Dinsos.C/XI/2026}. */
  public String format(int sequence, LocalDate date, String kindCode, String officeCode) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder number = new StringBuilder();
    while (placeholder.find()) {
      String value = switch (placeholder.group(1)) {
        case "seq" -> placeholder.group(2) == null ? Integer.toString(sequence)
            : String.format("%0" + Integer.parseInt(placeholder.group(2)) + "d", sequence);
        case "year" -> Integer.toString(date.getYear());
        case "month" -> String.format("%02d", date.getMonthValue());
        case "roman-month" -> IndonesianFormat.romanMonth(date.getMonthValue());
        case "kind-code" -> kindCode;
        case "office-code" -> officeCode;
        default -> throw new IllegalStateException(placeholder.group());
      };
      placeholder.appendReplacement(number, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(number);
    return number.toString();
  }
}
