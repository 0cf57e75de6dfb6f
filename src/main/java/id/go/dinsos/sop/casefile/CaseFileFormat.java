package id.go.dinsos.sop.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates and times on the case-file pages, in the office's time zone and in Indonesian. */
public final class CaseFileFormat {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", INDONESIAN);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private final ZoneId zone;

  CaseFileFormat(ZoneId zone) {
    this.zone = zone;
  }

  public String time(Instant instant) {
    return instant == null ? "–" : TIME.format(instant.atZone(zone));
  }

  public String time(Date date) {
    return date == null ? "–" : time(date.toInstant());
  }

  public String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }

  public String kilobytes(int bytes) {
    return String.format(INDONESIAN, "%,.0f KB", Math.ceil(bytes / 1024.0));
  }
}
