package id.go.dinsos.sop.nik;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Nomor Induk Kependudukan (16 digits, Permendagri on the NIK): province (2), regency or city (2), district (2),
 * the holder's date of birth DDMMYY with 40 added to the day for women (6), and a serial number (4). Checked
 * wherever staff enter one, and masked wherever it is shown to someone who does not need it.
 */
public final class Nik {

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
  /** Province codes of Kemendagri, incl. the Papua provinces formed in 2022 (93–97). */
  private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
      "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74",
      "75", "76", "81", "82", "91", "92", "93", "94", "95", "96", "97");

  private Nik() {}

  /** Why {@code nik} is not a valid NIK, in Indonesian, or empty when it is; a birth date may reach today (WIB). */
  public static Optional<String> problem(String nik) {
    return problem(nik, LocalDate.now(ZoneId.of("Asia/Jakarta")));
  }

  /**
   * Why {@code nik} is not a valid NIK, in Indonesian, or empty when it is. {@code today} bounds the date of birth.
   */
  public static Optional<String> problem(String nik, LocalDate today) {
    if (nik == null || !SIXTEEN_DIGITS.matcher(nik).matches()) {
      return Optional.of("harus 16 digit angka");
    }
    if (!PROVINCES.contains(nik.substring(0, 2))) {
      return Optional.of("kode provinsi " + nik.substring(0, 2) + " (digit 1–2) tidak dikenal");
    }
    if (nik.startsWith("00", 2) || nik.startsWith("00", 4)) {
      return Optional.of("kode kabupaten/kota atau kecamatan (digit 3–6) tidak boleh 00");
    }
    if (birthDate(nik, today).isEmpty()) {
      return Optional.of("tanggal lahir (digit 7–12, DDMMYY, tanggal +40 untuk perempuan) tidak valid");
    }
    if (nik.endsWith("0000")) {
      return Optional.of("nomor urut (digit 13–16) tidak boleh 0000");
    }
    return Optional.empty();
  }

  /** The date of birth a NIK carries (the century is the latest that is not after {@code today}). */
  public static Optional<LocalDate> birthDate(String nik, LocalDate today) {
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int yearOfCentury = Integer.parseInt(nik.substring(10, 12));
    if (day > 40) {
      day -= 40;
    }
    int year = today.getYear() / 100 * 100 + yearOfCentury;
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return Optional.of(date.isAfter(today) ? date.minusYears(100) : date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Female when 40 was added to the day of birth. */
  public static boolean female(String nik) {
    return Integer.parseInt(nik.substring(6, 8)) > 40;
  }

  /**
   * The region kept, the birth date and serial hidden: {@code 3520011203120001} becomes {@code 352001**********};
   * anything that is not a NIK is hidden whole.
   */
  public static String mask(String nik) {
    if (nik == null || nik.isBlank()) {
      return "";
    }
    String digits = nik.strip();
    if (!SIXTEEN_DIGITS.matcher(digits).matches()) {
      return "*".repeat(digits.length());
    }
    return digits.substring(0, 6) + "*".repeat(10);
  }
}
