package id.go.dinsos.sop.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.nik.Nik;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values against the rules of the Camunda Form itself (required, minLength,
 * maxLength, pattern, min, max and the options of selects and radios), so a request that skips
 * Tasklist's browser-side validation is refused with the same rules, in Indonesian. A NIK field (key ending in
 * "Nik") is also checked for what a pattern cannot see: province code, date of birth, serial ({@link Nik}).
 *
 * <p>Whatever the form says, a value must have its field's type (text, number, yes/no), a text is at most
 * {@link #DEFAULT_MAX_TEXT_LENGTH} characters, and a text holds no HTML tag: what staff type ends up in letters,
 * reports and pages, so markup and scripts are refused at the door (the pages and documents escape on output too).
 */
@Component
public class FormSchemaValidator {

  /** For text fields whose form sets no maxLength: far more than any field of the SOPs needs. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 4000;
  /** An opening or closing tag, a comment or a declaration: {@code <script}, {@code <b>}, {@code </p>}, {@code <!--}. */
  private static final Pattern HTML_TAG = Pattern.compile("<(/?[a-zA-Z]|[!?])");

  private final ObjectMapper objectMapper;

  public FormSchemaValidator(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** Returns one message per broken rule; empty when the values pass. */
  public List<String> validate(InputStream formJson, Map<String, Object> values) {
    JsonNode schema;
    try (formJson) {
      schema = objectMapper.readTree(formJson);
    } catch (IOException e) {
      throw new UncheckedIOException("Formulir tidak dapat dibaca", e);
    }
    List<String> errors = new ArrayList<>();
    validateComponents(schema.path("components"), values, errors);
    return errors;
  }

  private void validateComponents(JsonNode components, Map<String, Object> values, List<String> errors) {
    for (JsonNode field : components) {
      if (field.has("components")) {
        validateComponents(field.path("components"), values, errors);
      }
      if (field.hasNonNull("key") && !field.path("disabled").asBoolean() && !field.path("readonly").asBoolean()) {
        validateField(field, values.get(field.path("key").asText()), errors);
      }
    }
  }

  private static void validateField(JsonNode field, Object value, List<String> errors) {
    // date fields carry their label as dateLabel
    String label = field.path("label").asText(field.path("dateLabel").asText(field.path("key").asText()));
    JsonNode rules = field.path("validate");
    boolean empty = value == null || (value instanceof String s && s.isBlank());
    if (value == null && "checkbox".equals(field.path("type").asText())) {
      // Tasklist always sends a checkbox, as true or false; gateways rely on it being there
      errors.add("Kolom '" + label + "' harus diisi ya atau tidak.");
      return;
    }
    if (empty) {
      if (rules.path("required").asBoolean()) {
        errors.add("Kolom '" + label + "' wajib diisi.");
      }
      return;
    }
    String type = field.path("type").asText();
    String expected = expectedType(type, value);
    if (expected != null) {
      errors.add("Kolom '" + label + "' harus berisi " + expected + ".");
      return;
    }
    if (value instanceof String text) {
      if (!rules.has("maxLength") && text.length() > DEFAULT_MAX_TEXT_LENGTH) {
        errors.add("Kolom '" + label + "' maksimal " + DEFAULT_MAX_TEXT_LENGTH + " karakter.");
      }
      if (HTML_TAG.matcher(text).find()) {
        errors.add("Kolom '" + label + "' tidak boleh memuat tag HTML atau skrip (<...>).");
      }
      if (rules.has("minLength") && text.length() < rules.path("minLength").asInt()) {
        errors.add("Kolom '" + label + "' minimal " + rules.path("minLength").asInt() + " karakter.");
      }
      if (rules.has("maxLength") && text.length() > rules.path("maxLength").asInt()) {
        errors.add("Kolom '" + label + "' maksimal " + rules.path("maxLength").asInt() + " karakter.");
      }
      if (rules.hasNonNull("pattern") && !matchesLikeJavaScript(rules.path("pattern").asText(), text)) {
        errors.add("Isi kolom '" + label + "' tidak sesuai format yang diminta.");
      } else if (isNikField(field)) {
        Nik.problem(text.strip())
            .ifPresent(problem -> errors.add("NIK pada kolom '" + label + "' tidak sah: " + problem + "."));
      }
    }
    if (value instanceof Number number) {
      if (rules.has("min") && number.doubleValue() < rules.path("min").asDouble()) {
        errors.add("Kolom '" + label + "' paling kecil " + rules.path("min").asText() + ".");
      }
      if (rules.has("max") && number.doubleValue() > rules.path("max").asDouble()) {
        errors.add("Kolom '" + label + "' paling besar " + rules.path("max").asText() + ".");
      }
    }
    JsonNode options = field.path("values");
    if (options.isArray() && !options.isEmpty() && !isOneOf(options, value)) {
      errors.add("Pilihan untuk kolom '" + label + "' tidak dikenal.");
    }
  }

  /** What a value of a field of this type must be, in Indonesian, when {@code value} is not that; otherwise null. */
  private static String expectedType(String type, Object value) {
    return switch (type) {
      case "checkbox" -> value instanceof Boolean ? null : "ya atau tidak (Boolean)";
      case "number" -> value instanceof Number ? null : "angka";
      case "textfield", "textarea", "datetime" -> value instanceof String ? null : "teks";
      default -> null;
    };
  }

  /** Every field whose key ends in "Nik" (anakNik, pemohonNik, …) holds a NIK and is checked as one. */
  private static boolean isNikField(JsonNode field) {
    String key = field.path("key").asText();
    return key.equals("nik") || key.endsWith("Nik");
  }

  /** form-js tests patterns with RegExp.test, which matches anywhere unless the pattern is anchored. */
  private static boolean matchesLikeJavaScript(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Pola validasi formulir tidak sah: " + pattern, e);
    }
  }

  private static boolean isOneOf(JsonNode options, Object value) {
    for (JsonNode option : options) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return true;
      }
    }
    return false;
  }
}
