package id.go.dinsos.sop.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values of one document, read from process variables by field name and converted for the
 * template: texts stay strings, dates become {@link LocalDate}, amounts {@link BigDecimal}, lists a
 * list of rows (column name to value). Whatever is missing or unreadable is collected, in
 * Indonesian, in {@link #problems()}.
 */
public final class DocumentValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern THOUSANDS_WITH_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
      DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

  private final Map<String, Object> values;
  private final List<String> problems;

  private DocumentValues(Map<String, Object> values, List<String> problems) {
    this.values = Collections.unmodifiableMap(values);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads every field of the kind.
   *
   * @param variables the value of a variable by name, null if it is not set
   * @param zone the office's time zone, for variables holding a {@code java.util.Date}
   */
  public static DocumentValues read(DocumentKind kind, Function<String, Object> variables, ZoneId zone) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (DocumentField field : kind.fields()) {
      Object raw = variables.apply(field.name());
      String where = "variabel " + field.name() + " (" + field.label() + ")";
      if (isEmpty(raw)) {
        if (field.required()) {
          problems.add(where + " belum diisi");
        }
        values.put(field.name(), field.type() == DocumentFieldType.LIST ? List.of() : null);
        continue;
      }
      try {
        values.put(field.name(), convert(field, raw, zone, where, problems));
      } catch (IllegalArgumentException unreadable) {
        problems.add(where + " " + unreadable.getMessage());
        values.put(field.name(), null);
      }
    }
    return new DocumentValues(values, problems);
  }

  /** The converted values by field name; templates reach them as {@code data}. */
  public Map<String, Object> values() {
    return values;
  }

  public List<String> problems() {
    return problems;
  }

  private static Object convert(DocumentField field, Object raw, ZoneId zone, String where, List<String> problems) {
    return switch (field.type()) {
      case TEXT, PARAGRAPH -> raw.toString().strip();
      case DATE -> date(raw, zone);
      case MONEY -> money(raw);
      case LIST -> rows(field, raw, where, problems);
    };
  }

  static LocalDate date(Object raw, ZoneId zone) {
    if (raw instanceof LocalDate date) {
      return date;
    }
    if (raw instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (raw instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = raw.toString().strip();
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notIso) {
      for (DateTimeFormatter format : LOCAL_DATES) {
        try {
          return LocalDate.parse(text, format);
        } catch (DateTimeParseException notThisOne) {
          // try the next format
        }
      }
    }
    throw new IllegalArgumentException("bukan tanggal yang sah: '" + text + "' (contoh: 2026-11-22)");
  }

  static BigDecimal money(Object raw) {
    if (raw instanceof BigDecimal amount) {
      return amount;
    }
    if (raw instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = raw.toString().strip().replaceFirst("(?i)^rp\\.?", "").replace(" ", "").replaceFirst(",-$", "");
    if (THOUSANDS_WITH_DOTS.matcher(text).matches()) {
      text = text.replace(".", "").replace(',', '.');
    } else {
      text = text.replace(',', '.');
    }
    try {
      BigDecimal amount = new BigDecimal(text);
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("tidak boleh negatif: '" + raw + "'");
      }
      return amount;
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("bukan jumlah rupiah yang sah: '" + raw + "' (contoh: 1250000)");
    }
  }

  private static List<Map<String, Object>> rows(DocumentField field, Object raw, String where, List<String> problems) {
    List<?> items = items(raw);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> row = row(field, item);
      if (row.values().stream().allMatch(DocumentValues::isEmpty)) {
        continue;
      }
      int number = rows.size() + 1;
      ListColumn first = field.columns().get(0);
      if (isEmpty(row.get(first.name()))) {
        problems.add(where + " baris " + number + ": " + first.label() + " kosong");
      }
      for (ListColumn column : field.columns()) {
        Object value = row.get(column.name());
        if (column.money() && !isEmpty(value)) {
          try {
            row.put(column.name(), money(value));
          } catch (IllegalArgumentException unreadable) {
            problems.add(where + " baris " + number + ", " + column.label() + ": " + unreadable.getMessage());
          }
        }
      }
      rows.add(row);
    }
    if (rows.isEmpty() && field.required()) {
      problems.add(where + " belum diisi");
    }
    return rows;
  }

  private static List<?> items(Object raw) {
    if (raw instanceof Collection<?> collection) {
      return List.copyOf(collection.stream().filter(item -> item != null).toList());
    }
    String text = raw.toString().strip();
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, List.class);
      } catch (JsonProcessingException notJson) {
        throw new IllegalArgumentException("bukan JSON array yang sah: " + notJson.getOriginalMessage());
      }
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static Map<String, Object> row(DocumentField field, Object item) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (item instanceof Map<?, ?> map) {
      for (ListColumn column : field.columns()) {
        Object value = map.get(column.name());
        row.put(column.name(), value == null ? null : value instanceof Number ? value : value.toString().strip());
      }
      return row;
    }
    String[] cells = item.toString().split("\\|", -1);
    for (int i = 0; i < field.columns().size(); i++) {
      String cell = i < cells.length ? cells[i].strip() : "";
      // the last column takes whatever is left, so a "|" in a remark does not lose text
      if (i == field.columns().size() - 1 && cells.length > field.columns().size()) {
        cell = String.join("|", Arrays.copyOfRange(cells, i, cells.length)).strip();
      }
      row.put(field.columns().get(i).name(), cell.isEmpty() ? null : cell);
    }
    return row;
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    return value instanceof CharSequence text && text.toString().isBlank();
  }
}
