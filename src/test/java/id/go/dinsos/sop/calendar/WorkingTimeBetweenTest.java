package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working time between two moments, the reverse of {@link WorkingTimeCalculator#plus}: hand-worked
 * with the shipped holidays and the standard hours (Mon–Thu 07:30–16:00, Fri 07:30–16:30).
 */
class WorkingTimeBetweenTest {

  private static final HolidayCalendar SHIPPED_HOLIDAYS = new HolidayCalendar(new CalendarProperties(null, null, null));
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @ParameterizedTest(name = "{0}: {1} to {3} = {4} min")
  @CsvSource(delimiter = '|', textBlock = """
      within one morning                       | 2026-04-28T10:00 | Asia/Jakarta  | 2026-04-28T10:15 | 15
      overnight counts office hours only       | 2026-04-27T15:30 | Asia/Jakarta  | 2026-04-28T08:00 | 60
      Friday closes at 16:30, weekend closed   | 2026-04-24T16:00 | Asia/Jakarta  | 2026-04-27T08:00 | 60
      a whole Monday                           | 2026-04-27T07:00 | Asia/Jakarta  | 2026-04-27T17:00 | 510
      a whole working week                     | 2026-04-20T00:00 | Asia/Jakarta  | 2026-04-27T00:00 | 2580
      a week with Hari Buruh on Friday         | 2026-04-27T00:00 | Asia/Jakarta  | 2026-05-04T00:00 | 2040
      start and end outside office hours       | 2026-04-28T18:00 | Asia/Jakarta  | 2026-04-29T06:00 | 0
      Saturday to Monday                       | 2026-04-25T10:00 | Asia/Jakarta  | 2026-04-27T09:30 | 120
      over Kenaikan and its cuti bersama       | 2026-05-13T15:00 | Asia/Jakarta  | 2026-05-18T08:30 | 120
      over Nyepi and Idul Fitri                | 2026-03-17T15:00 | Asia/Jakarta  | 2026-03-25T15:00 | 510
      across the month end                     | 2026-07-31T15:00 | Asia/Jakarta  | 2026-08-03T10:00 | 240
      WITA: Friday 15:00 to Monday 08:00       | 2026-04-24T15:00 | Asia/Makassar | 2026-04-27T08:00 | 120
      the same instants in WIB                 | 2026-04-24T14:00 | Asia/Jakarta  | 2026-04-27T07:00 | 150
      """)
  void countsOfficeMinutes(String description, LocalDateTime from, ZoneId zone, LocalDateTime to, long minutes) {
    WorkingTimeCalculator calculator = new WorkingTimeCalculator(zone, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday);

    assertThat(calculator.workingMinutesBetween(from.atZone(zone).toInstant(), to.atZone(zone).toInstant()))
        .as(description).isEqualTo(minutes);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource({
      "2026-04-27T15:30, PT1H", "2026-04-24T16:00, PT1H", "2026-04-25T10:00, PT2H", "2026-05-13T15:00, PT2H",
      "2026-04-27T07:30, PT8H30M", "2026-04-28T06:00, PT30M", "2026-07-31T15:00, PT4H", "2026-03-17T15:00, PT12H15M"})
  void isTheReverseOfAddingOfficeTime(LocalDateTime start, String duration) {
    WorkingTimeCalculator calculator = new WorkingTimeCalculator(WIB, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday);
    Instant from = start.atZone(WIB).toInstant();

    assertThat(calculator.workingTimeBetween(from, calculator.plus(from, duration))).isEqualTo(Duration.parse(duration));
  }

  @Test
  void backwardsIsNegativeAndSecondsAreDroppedFromMinutes() {
    WorkingTimeCalculator calculator = new WorkingTimeCalculator(WIB, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday);
    Instant monday = LocalDateTime.parse("2026-04-27T10:00").atZone(WIB).toInstant();

    assertThat(calculator.workingMinutesBetween(monday.plusSeconds(3600), monday)).isEqualTo(-60);
    assertThat(calculator.workingMinutesBetween(monday, monday.plusSeconds(89))).isEqualTo(1);
    assertThat(calculator.workingMinutesBetween(monday, monday)).isZero();
  }

  @Test
  void followsTheOfficesOwnHours() {
    OfficeHours shortFriday = OfficeHours.STANDARD.with(java.util.Map.of(java.time.DayOfWeek.FRIDAY, "07:30-11:00"));
    WorkingTimeCalculator calculator = new WorkingTimeCalculator(WIB, shortFriday, SHIPPED_HOLIDAYS::isHoliday);

    assertThat(calculator.workingMinutesBetween(LocalDateTime.parse("2026-04-24T10:00").atZone(WIB).toInstant(),
        LocalDateTime.parse("2026-04-27T08:00").atZone(WIB).toInstant())).isEqualTo(60 + 30);
  }
}
