package id.go.dinsos.sop.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The opening hours of an office per weekday; a weekday without hours is closed. Deadlines only
 * run while the office is open, so these hours are what a "PT1H" in a diagram means.
 *
 * @param days opening hours per weekday, absent = closed
 */
public record OfficeHours(Map<DayOfWeek, Span> days) {

  /** The office hours of the district offices: Mon–Thu 07:30–16:00, Fri 07:30–16:30. */
  public static final OfficeHours STANDARD = new OfficeHours(Map.of(
      DayOfWeek.MONDAY, Span.parse("07:30-16:00"),
      DayOfWeek.TUESDAY, Span.parse("07:30-16:00"),
      DayOfWeek.WEDNESDAY, Span.parse("07:30-16:00"),
      DayOfWeek.THURSDAY, Span.parse("07:30-16:00"),
      DayOfWeek.FRIDAY, Span.parse("07:30-16:30")));

  /** The value that marks a weekday as closed in the configuration. */
  public static final String CLOSED = "closed";

  public OfficeHours {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("Office hours need at least one open weekday");
    }
    days = Map.copyOf(days);
  }

  /** Opening hours on that weekday, empty when the office is closed. */
  public Optional<Span> on(DayOfWeek day) {
    return Optional.ofNullable(days.get(day));
  }

  /**
   * These hours with some weekdays replaced.
   *
   * @param overrides per weekday "HH:mm-HH:mm" or {@value #CLOSED}
   */
  public OfficeHours with(Map<DayOfWeek, String> overrides) {
    Map<DayOfWeek, Span> merged = new EnumMap<>(DayOfWeek.class);
    merged.putAll(days);
    overrides.forEach((day, value) -> {
      if (CLOSED.equalsIgnoreCase(value.trim())) {
        merged.remove(day);
      } else {
        merged.put(day, Span.parse(value));
      }
    });
    return new OfficeHours(merged);
  }

  /** Opening hours of one day, {@code open} inclusive and {@code close} exclusive. */
  public record Span(LocalTime open, LocalTime close) {

    public Span {
      if (!open.isBefore(close)) {
        throw new IllegalArgumentException("Office opens at " + open + " but closes at " + close);
      }
    }

    /** Parses "07:30-16:00". */
    public static Span parse(String value) {
      String[] times = value.trim().split("\\s*-\\s*");
      if (times.length != 2) {
        throw notOfficeHours(value, null);
      }
      try {
        return new Span(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
      } catch (DateTimeParseException e) {
        throw notOfficeHours(value, e);
      }
    }

    private static IllegalArgumentException notOfficeHours(String value, Exception cause) {
      return new IllegalArgumentException(
          "Office hours '" + value + "' are not HH:mm-HH:mm (e.g. 07:30-16:00) or " + CLOSED, cause);
    }
  }
}
