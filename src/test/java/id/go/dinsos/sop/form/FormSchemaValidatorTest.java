package id.go.dinsos.sop.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSchemaValidatorTest {

  private static final String FORM = """
      {"components": [
        {"type": "text", "text": "Petunjuk"},
        {"type": "textfield", "key": "nama", "label": "Nama anak", "validate": {"required": true, "maxLength": 10}},
        {"type": "textfield", "key": "nik", "label": "NIK", "validate": {"pattern": "^[0-9]{16}$"}},
        {"type": "textfield", "key": "kode", "label": "Kode", "validate": {"minLength": 3}},
        {"type": "number", "key": "umur", "label": "Umur", "validate": {"min": 0, "max": 18}},
        {"type": "radio", "key": "rujukan", "label": "Perlu rujukan", "values": [{"label": "Ya", "value": "ya"}, {"label": "Tidak", "value": "tidak"}]},
        {"type": "textfield", "key": "nomor", "label": "Nomor", "disabled": true, "validate": {"required": true}},
        {"type": "checkbox", "key": "lengkap", "label": "Berkas lengkap"},
        {"type": "datetime", "subtype": "date", "key": "tanggal", "dateLabel": "Tanggal kirim", "validate": {"required": true}},
        {"type": "group", "components": [{"type": "textarea", "key": "catatan", "label": "Catatan", "validate": {"required": true}}]}
      ]}""";

  private final FormSchemaValidator validator = new FormSchemaValidator(new ObjectMapper());

  private List<String> validate(Map<String, Object> values) {
    return validator.validate(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)), values);
  }

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("nama", "Budi");
    values.put("nik", "3520011203120001");
    values.put("kode", "abc");
    values.put("umur", 12L);
    values.put("rujukan", "ya");
    values.put("catatan", "ada");
    values.put("lengkap", false);
    values.put("tanggal", "2026-11-23");
    return values;
  }

  @Test
  void acceptsValuesThatFollowEveryRuleAndSkipsDisabledFields() {
    assertThat(validate(valid())).isEmpty();
  }

  @Test
  void aNikThatFitsThePatternIsStillCheckedForItsRegionAndDateOfBirth() {
    Map<String, Object> values = valid();
    values.put("nik", "3520013302120001");
    assertThat(validate(values)).singleElement().asString()
        .startsWith("NIK pada kolom 'NIK' tidak sah: tanggal lahir");
    values.put("nik", "9920011203120001");
    assertThat(validate(values)).singleElement().asString().contains("kode provinsi 99");
  }

  @Test
  void optionalFieldMayBeEmptyButNotMalformed() {
    Map<String, Object> values = valid();
    values.put("nik", "");
    assertThat(validate(values)).isEmpty();
    values.put("nik", "12345");
    assertThat(validate(values)).containsExactly("Isi kolom 'NIK' tidak sesuai format yang diminta.");
  }

  @Test
  void namesEachBrokenRuleInIndonesian() {
    Map<String, Object> values = valid();
    values.put("nama", "   ");
    values.put("kode", "ab");
    values.put("umur", 19L);
    values.put("rujukan", "mungkin");
    values.remove("catatan");
    values.remove("lengkap");
    values.remove("tanggal");
    assertThat(validate(values)).containsExactly(
        "Kolom 'Nama anak' wajib diisi.",
        "Kolom 'Kode' minimal 3 karakter.",
        "Kolom 'Umur' paling besar 18.",
        "Pilihan untuk kolom 'Perlu rujukan' tidak dikenal.",
        "Kolom 'Berkas lengkap' harus diisi ya atau tidak.",
        "Kolom 'Tanggal kirim' wajib diisi.",
        "Kolom 'Catatan' wajib diisi.");
  }

  @Test
  void refusesTooLongText() {
    Map<String, Object> values = valid();
    values.put("nama", "Budi Santoso Wijaya");
    assertThat(validate(values)).containsExactly("Kolom 'Nama anak' maksimal 10 karakter.");
  }
}
