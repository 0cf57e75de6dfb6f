package id.go.dinsos.sop.calendar;

import id.go.dinsos.sop.calendar.OfficeHours.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an ISO-8601 duration from a diagram to a moment, counting the office's working time, so that
 * a mutu baku of "PT1H" or "P2D" means office time and not wall-clock time. A pure function of its
 * arguments: no clock, no engine.
 *
 * <p>An <em>office moment</em> is a local time from opening (inclusive) to closing (exclusive) on
 * a weekday with office hours that is no holiday. Counting starts at the start if that is an office
 * moment, otherwise at the next opening. Then, in this order:
 *
 * <ol>
 *   <li>years and months ({@code PnY}, {@code PnM}) are calendar years and months (31 August +
 *       P6M = 28 February);
 *   <li>days and weeks ({@code PnD}, {@code PnW} = 5n days) are working days: the n-th working day
 *       after the day counting starts, at the same clock time, kept within that day's hours (Fri
 *       16:15 + P1D = Mon 16:00 when Monday closes at 16:00);
 *   <li>hours, minutes and seconds ({@code PTnH}, {@code PTnM}, {@code PTnS}) are office time:
 *       what is left at closing time carries over to the next opening (Mon 15:30 + PT1H = Tue
 *       08:00). A duration that is used up exactly at closing ends at closing (Mon 15:00 + PT1H =
 *       Mon 16:00), not at the next opening.
 * </ol>
 *
 * A duration of only years and months ends at the first office moment from the calendar result
 * (its own time if the office is open then).
 *
 * @param zone the office's time zone, in which its hours and holiday dates are meant
 * @param hours the office's hours
 * @param holidays dates on which the office is closed all day
 */
public record WorkingTimeCalculator(ZoneId zone, OfficeHours hours, Predicate<LocalDate> holidays) {

  private static final Pattern DURATION = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  /** An office closed for more than a year means the hours or holidays are wrong. */
  private static final int MAX_CLOSED_DAYS = 366;

  /**
   * Whether the text is a duration counted in working time: a positive ISO-8601 duration of whole
   * years, months, weeks, days, hours, minutes and seconds. Dates, intervals and repetitions are
   * not.
   */
  public static boolean isWorkingDuration(String text) {
    return parse(text).isPresent();
  }

  /**
   * @param start when counting begins (usually now)
   * @param isoDuration a duration for which {@link #isWorkingDuration(String)} holds
   * @return the moment at which that much working time has passed
   */
  public Instant plus(Instant start, String isoDuration) {
    WorkingDuration duration = parse(isoDuration).orElseThrow(() -> new IllegalArgumentException(
        "'" + isoDuration + "' is not a duration in years, months, weeks, days, hours, minutes or seconds"));
    LocalDateTime end = LocalDateTime.ofInstant(start, zone)
        .plusYears(duration.years()).plusMonths(duration.months());
    if (duration.workingDays() > 0) {
      end = plusWorkingDays(end, duration.workingDays());
    }
    if (!duration.officeTime().isZero() || duration.workingDays() == 0) {
      end = plusOfficeTime(end, duration.officeTime());
    }
    return end.atZone(zone).toInstant();
  }

  /**
   * The office time between two moments: the parts of {@code [from, to)} that fall within opening
   * hours on open days. The reverse of {@link #plus(Instant, String)} for office time: from a start,
   * {@code workingTimeBetween(start, plus(start, "PT1H"))} is one hour. Negative when {@code to} is
   * before {@code from}.
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    LocalDateTime start = LocalDateTime.ofInstant(from, zone);
    LocalDateTime end = LocalDateTime.ofInstant(to, zone);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
      Optional<Span> open = openingHours(day);
      if (open.isEmpty()) {
        continue;
      }
      LocalDateTime opening = day.atTime(open.get().open());
      LocalDateTime closing = day.atTime(open.get().close());
      LocalDateTime counted = start.isAfter(opening) ? start : opening;
      LocalDateTime until = end.isBefore(closing) ? end : closing;
      if (counted.isBefore(until)) {
        total = total.plus(Duration.between(counted, until));
      }
    }
    return total;
  }

  /** {@link #workingTimeBetween(Instant, Instant)} in whole minutes (seconds are dropped). */
  public long workingMinutesBetween(Instant from, Instant to) {
    return workingTimeBetween(from, to).toMinutes();
  }

  private LocalDateTime plusWorkingDays(LocalDateTime from, int workingDays) {
    LocalDateTime start = nextOfficeMoment(from);
    LocalDate day = start.toLocalDate();
    for (int i = 0; i < workingDays; i++) {
      day = nextWorkingDay(day);
    }
    Span open = openingHours(day).orElseThrow();
    LocalTime clock = start.toLocalTime();
    if (clock.isBefore(open.open())) {
      clock = open.open();
    } else if (clock.isAfter(open.close())) {
      clock = open.close();
    }
    return day.atTime(clock);
  }

  private LocalDateTime plusOfficeTime(LocalDateTime from, Duration officeTime) {
    LocalDateTime moment = nextOfficeMoment(from);
    Duration remaining = officeTime;
    while (true) {
      LocalDateTime closing = moment.toLocalDate()
          .atTime(openingHours(moment.toLocalDate()).orElseThrow().close());
      Duration untilClosing = Duration.between(moment, closing);
      if (remaining.compareTo(untilClosing) <= 0) {
        return moment.plus(remaining);
      }
      remaining = remaining.minus(untilClosing);
      moment = nextOfficeMoment(closing);
    }
  }

  private LocalDateTime nextOfficeMoment(LocalDateTime moment) {
    LocalDate day = moment.toLocalDate();
    Optional<Span> today = openingHours(day);
    if (today.isPresent() && moment.toLocalTime().isBefore(today.get().close())) {
      return moment.toLocalTime().isBefore(today.get().open()) ? day.atTime(today.get().open()) : moment;
    }
    LocalDate next = nextWorkingDay(day);
    return next.atTime(openingHours(next).orElseThrow().open());
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    for (int i = 1; i <= MAX_CLOSED_DAYS; i++) {
      LocalDate candidate = day.plusDays(i);
      if (openingHours(candidate).isPresent()) {
        return candidate;
      }
    }
    throw new IllegalStateException("The office does not open within a year after " + day);
  }

  private Optional<Span> openingHours(LocalDate day) {
    return holidays.test(day) ? Optional.empty() : hours.on(day.getDayOfWeek());
  }

  private static Optional<WorkingDuration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    Matcher matcher = DURATION.matcher(trimmed);
    if (!matcher.matches() || trimmed.equals("P") || trimmed.endsWith("T")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new WorkingDuration(
          number(matcher, 1), number(matcher, 2),
          Math.addExact(Math.multiplyExact(5, number(matcher, 3)), number(matcher, 4)),
          Duration.ofHours(number(matcher, 5)).plusMinutes(number(matcher, 6))
              .plusSeconds(number(matcher, 7))));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int number(Matcher matcher, int group) {
    return matcher.group(group) == null ? 0 : Integer.parseInt(matcher.group(group));
  }

  private record WorkingDuration(int years, int months, int workingDays, Duration officeTime) {
  }
}
