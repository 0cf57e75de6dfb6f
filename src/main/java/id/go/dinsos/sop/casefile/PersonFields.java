package id.go.dinsos.sop.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a process keeps one person's details: the variable (or, inside a cohort, the JSON property) of each
 * part, and how the person's category is known. Built with {@link #person(String)} and the {@code with…}
 * methods, e.g. {@code person("anak").with(Part.NIK, "anakNik").with(Part.NAME, "anakNama")}.
 *
 * @param key the person's place in the case ({@code anak}, {@code lansia}, {@code pemohon})
 */
public record PersonFields(String key, Map<Part, String> names, String categoryName,
    Map<String, BeneficiaryCategory> categoryValues, BeneficiaryCategory fixedCategory) {

  /** The parts of a person a form may hold. */
  public enum Part { NIK, NAME, BIRTH_PLACE, BIRTH_DATE, SEX, DESA_KELURAHAN, KECAMATAN, ADDRESS, FAMILY_OR_GUARDIAN }

  public PersonFields {
    names = Map.copyOf(names);
    categoryValues = Map.copyOf(categoryValues);
  }

  public static PersonFields person(String key) {
    return new PersonFields(key, Map.of(), null, Map.of(), null);
  }

  public PersonFields with(Part part, String name) {
    Map<Part, String> more = new EnumMap<>(Part.class);
    more.putAll(names);
    more.put(part, name);
    return new PersonFields(key, more, categoryName, categoryValues, fixedCategory);
  }

  /** Every person of this mapping has that category. */
  public PersonFields category(BeneficiaryCategory category) {
    return new PersonFields(key, names, null, Map.of(), category);
  }

  /** The category follows a form field: each of its values is one category. */
  public PersonFields category(String name, Map<String, BeneficiaryCategory> values) {
    return new PersonFields(key, names, name, values, null);
  }

  /**
   * The person the values describe, or null when they do not name one yet (the step that asks for the
   * name is still to come). Values that are not what the form sends (a bad date) count as unknown.
   */
  public PersonDetails read(Function<String, Object> values) {
    String name = text(values, Part.NAME);
    if (name == null) {
      return null;
    }
    String sex = text(values, Part.SEX);
    BeneficiaryCategory category = fixedCategory;
    if (categoryName != null && values.apply(categoryName) != null) {
      category = categoryValues.get(values.apply(categoryName).toString());
    }
    return new PersonDetails(text(values, Part.NIK), name, text(values, Part.BIRTH_PLACE), date(values),
        "L".equals(sex) || "P".equals(sex) ? sex : null, text(values, Part.DESA_KELURAHAN),
        text(values, Part.KECAMATAN), text(values, Part.ADDRESS), text(values, Part.FAMILY_OR_GUARDIAN), category);
  }

  private String text(Function<String, Object> values, Part part) {
    String name = names.get(part);
    Object value = name == null ? null : values.apply(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private LocalDate date(Function<String, Object> values) {
    String name = names.get(Part.BIRTH_DATE);
    Object value = name == null ? null : values.apply(name);
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    String text = value == null ? "" : value.toString().strip();
    try {
      // form-js date fields send ISO dates; a date-time keeps its date part
      return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
