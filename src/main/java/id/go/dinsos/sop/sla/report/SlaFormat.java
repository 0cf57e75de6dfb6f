package id.go.dinsos.sop.sla.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the report writes its figures in Indonesian: "50,0%", "1 jam 15 menit", "1 September 2026". */
public final class SlaFormat {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  public static final String NONE = "–";

  private static final Pattern DURATION = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final String[] UNITS = {"tahun", "bulan", "minggu kerja", "hari kerja", "jam", "menit", "detik"};
  private static final Map<String, String> ZONE_NAMES = Map.of(
      "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN);

  /** A share of 0 to 1 as a percentage with one decimal: "66,7%". */
  public String percent(Double share) {
    return share == null ? NONE : decimal(share * 100) + "%";
  }

  /** One decimal, Indonesian style: "66,7". */
  public String decimal(double value) {
    return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(INDONESIAN)).format(value);
  }

  /** A number of minutes: whole where it is whole ("75"), else with one decimal ("75,5"). */
  public String minutes(Number minutes) {
    if (minutes == null) {
      return NONE;
    }
    double value = minutes.doubleValue();
    return value == Math.rint(value)
        ? new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(INDONESIAN)).format(value)
        : decimal(value);
  }

  /** A number for a spreadsheet: no thousands separator, a decimal comma where needed ("75,5"). */
  public String plain(Number value) {
    if (value == null) {
      return "";
    }
    double number = value.doubleValue();
    return number == Math.rint(number) ? Long.toString((long) number)
        : new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(INDONESIAN)).format(number);
  }

  /** Working minutes as hours and minutes: "1 jam 15 menit", "45 menit", "8 jam". */
  public String duration(Number minutes) {
    if (minutes == null) {
      return NONE;
    }
    long total = Math.round(minutes.doubleValue());
    long hours = total / 60;
    long rest = total % 60;
    if (hours == 0) {
      return rest + " menit";
    }
    return rest == 0 ? hours + " jam" : hours + " jam " + rest + " menit";
  }

  /** A mutu baku from the diagram in words: "15 menit", "1 hari kerja"; anything else as written. */
  public String standard(String iso) {
    if (iso == null || iso.isBlank()) {
      return NONE;
    }
    Matcher matcher = DURATION.matcher(iso.strip());
    if (!matcher.matches() || iso.strip().equals("P") || iso.strip().endsWith("T")) {
      return iso;
    }
    List<String> parts = new ArrayList<>();
    for (int group = 1; group <= UNITS.length; group++) {
      if (matcher.group(group) != null) {
        parts.add(Long.parseLong(matcher.group(group)) + " " + UNITS[group - 1]);
      }
    }
    return String.join(" ", parts);
  }

  public String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "22 November 2026 21:30 WIB" in the office's zone. */
  public String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone)) + " " + zoneName(zone);
  }

  /** WIB, WITA or WIT; the zone id for any other zone. */
  public String zoneName(ZoneId zone) {
    return ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
  }
}
