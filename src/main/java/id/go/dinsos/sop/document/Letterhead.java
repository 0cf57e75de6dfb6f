package id.go.dinsos.sop.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The kop surat of an office: "PEMERINTAH KABUPATEN MAGETAN", "DINAS SOSIAL", its address and
 * contacts; {@code logoDataUri} is the office's logo (optional) ready for an {@code <img>}.
 */
public record Letterhead(String pemerintah, String dinas, String alamat, String telepon, String email, String website,
    String logoDataUri) {

  /** The labels of the parts a letterhead cannot go without that are missing. */
  List<String> missingParts() {
    List<String> missing = new ArrayList<>();
    if (isBlank(pemerintah)) {
      missing.add("pemerintah");
    }
    if (isBlank(dinas)) {
      missing.add("dinas");
    }
    if (isBlank(alamat)) {
      missing.add("alamat");
    }
    return missing;
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
