package id.go.dinsos.sop.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates, amounts and numbers as Indonesian official documents write them. Templates reach it as
 * {@code fmt}, e.g. {@code ${fmt.tanggal(dokumen.tanggal)}} gives "22 November 2026".
 */
public final class IndonesianFormat {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};
  private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

  /** "22 November 2026"; empty for no date. */
  public String tanggal(LocalDate date) {
    return date == null ? "" : date.getDayOfMonth() + " " + bulan(date) + " " + date.getYear();
  }

  /** "Minggu, 22 November 2026". */
  public String hariTanggal(LocalDate date) {
    return date == null ? "" : hari(date) + ", " + tanggal(date);
  }

  /** The day of the week, "Senin" to "Minggu". */
  public String hari(LocalDate date) {
    return date == null ? "" : DAYS[date.getDayOfWeek().getValue() - 1];
  }

  /** The month's name, "Januari" to "Desember". */
  public String bulan(LocalDate date) {
    return date == null ? "" : MONTHS[date.getMonthValue() - 1];
  }

  /**
   * A date spelled out as berita acara open: "hari Minggu tanggal dua puluh dua bulan November tahun dua
   * ribu dua puluh enam".
   */
  public String tanggalTerbilang(LocalDate date) {
    if (date == null) {
      return "";
    }
    return "hari " + hari(date) + " tanggal " + Terbilang.of(date.getDayOfMonth()) + " bulan " + bulan(date)
        + " tahun " + Terbilang.of(date.getYear());
  }

  /** "Rp 1.250.000" (whole rupiah, dots between thousands); empty for no amount. */
  public String rupiah(BigDecimal amount) {
    return amount == null ? "" : "Rp " + angka(amount);
  }

  /** "1.250.000". */
  public String angka(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(INDONESIAN);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0", symbols).format(amount.setScale(0, RoundingMode.HALF_UP));
  }

  /** "satu juta dua ratus lima puluh ribu rupiah". */
  public String terbilang(BigDecimal amount) {
    return amount == null ? "" : Terbilang.rupiah(amount);
  }

  /** A month in Roman numerals, as letter numbers use it: November is "XI". */
  public static String romanMonth(int month) {
    return ROMAN_MONTHS[month - 1];
  }
}
