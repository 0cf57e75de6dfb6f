package id.go.dinsos.sop.process.cohort;

import id.go.dinsos.sop.nik.Nik;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the registration textarea: one registrant per line, columns separated by {@code |} in the order of
 * {@link #FORMAT}. Empty lines and lines starting with {@code #} are skipped. Every bad line is reported with its
 * line number and what is wrong, in Indonesian, so staff can correct them all at once; a list with any error
 * registers nobody.
 */
public final class RegistrantLines {

  /** The column order, as the form's description shows it. */
  public static final String FORMAT = "nama | NIK | L/P | umur | alamat | orang tua/wali";
  /** More registrants than this in one cohort is a typing error rather than a batch. */
  public static final int MAX_REGISTRANTS = 200;

  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final int MAX_NAMA = 100;
  private static final int MAX_ALAMAT = 200;
  private static final int MAX_KELUARGA = 200;
  private static final int MAX_UMUR = 120;

  private RegistrantLines() {}

  /** The registrants read, numbered P01, P02, ... in line order; or the problems, one per bad line or rule. */
  public record Parsed(List<Registrant> registrants, List<String> errors) {

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public static Parsed parse(String text) {
    List<Registrant> registrants = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> lineOfNik = new HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int lineNumber = i + 1;
      List<String> problems = new ArrayList<>();
      String[] cells = line.split("\\|", -1);
      if (cells.length < 5 || cells.length > 6) {
        errors.add("Baris " + lineNumber + ": harus " + (cells.length < 5 ? "ada" : "paling banyak") + " 6 kolom "
            + "dipisah '|' (" + FORMAT + "), tertulis " + cells.length + " kolom.");
        continue;
      }
      String nama = cells[0].strip();
      String nik = optional(cells[1].replace(" ", ""));
      String jenisKelamin = cells[2].strip().toUpperCase();
      String umurText = cells[3].strip();
      String alamat = cells[4].strip();
      String keluarga = cells.length > 5 ? optional(cells[5].strip()) : null;
      if (nama.isEmpty()) {
        problems.add("nama belum diisi");
      } else if (nama.length() > MAX_NAMA) {
        problems.add("nama paling panjang " + MAX_NAMA + " karakter");
      }
      if (nik != null) {
        if (!NIK.matcher(nik).matches()) {
          problems.add("NIK harus 16 angka (tertulis '" + cells[1].strip() + "'); kosongkan atau tulis '-' bila "
              + "tidak punya NIK");
        } else {
          Optional<String> invalid = Nik.problem(nik);
          if (invalid.isPresent()) {
            problems.add("NIK tidak sah: " + invalid.get());
          } else if (lineOfNik.containsKey(nik)) {
            problems.add("NIK " + nik + " sudah tercantum di baris " + lineOfNik.get(nik));
          } else {
            lineOfNik.put(nik, lineNumber);
          }
        }
      }
      if (!jenisKelamin.equals("L") && !jenisKelamin.equals("P")) {
        problems.add("jenis kelamin harus L atau P (tertulis '" + cells[2].strip() + "')");
      }
      Integer umur = null;
      if (umurText.matches("\\d{1,3}") && Integer.parseInt(umurText) <= MAX_UMUR) {
        umur = Integer.parseInt(umurText);
      } else {
        problems.add("umur harus bilangan bulat 0 sampai " + MAX_UMUR + " tahun (tertulis '" + umurText + "')");
      }
      if (alamat.isEmpty()) {
        problems.add("alamat belum diisi");
      } else if (alamat.length() > MAX_ALAMAT) {
        problems.add("alamat paling panjang " + MAX_ALAMAT + " karakter");
      }
      if (keluarga != null && keluarga.length() > MAX_KELUARGA) {
        problems.add("orang tua/wali paling panjang " + MAX_KELUARGA + " karakter");
      }
      if (!problems.isEmpty()) {
        errors.add("Baris " + lineNumber + ": " + String.join("; ", problems) + ".");
        continue;
      }
      registrants.add(Registrant.registered(number(registrants.size() + 1), nama, nik, jenisKelamin, umur, alamat,
          keluarga));
    }
    if (registrants.isEmpty() && errors.isEmpty()) {
      errors.add("Daftar pendaftar belum diisi: tulis satu pendaftar per baris (" + FORMAT + ").");
    }
    if (registrants.size() > MAX_REGISTRANTS) {
      errors.add("Paling banyak " + MAX_REGISTRANTS + " pendaftar dalam satu angkatan; tertulis "
          + registrants.size() + ".");
    }
    return new Parsed(errors.isEmpty() ? List.copyOf(registrants) : List.of(), List.copyOf(errors));
  }

  /** The registrant number of the n-th registrant: P01, P02, ..., P100. */
  static String number(int n) {
    return String.format("P%02d", n);
  }

  /** Empty and "-" mean "none". */
  private static String optional(String cell) {
    String value = cell.strip();
    return value.isEmpty() || value.equals("-") ? null : value;
  }
}
