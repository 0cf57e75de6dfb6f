package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-worked deadlines against the shipped holiday list, standard hours (Mon–Thu 07:30–16:00, Fri
 * 07:30–16:30). 2026 dates used: Fri 24 Apr, Mon 27 Apr; holidays 17–24 Mar (Nyepi, Idul Fitri and
 * their cuti bersama), 1 May, 14–15 May (Kenaikan + cuti bersama), 17 and 25 Aug.
 */
class WorkingTimeCalculatorTest {

  private static final HolidayCalendar SHIPPED_HOLIDAYS = new HolidayCalendar(new CalendarProperties(null, null, null));
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @ParameterizedTest(name = "{0}: {1} {2} + {3} = {4}")
  @CsvSource(delimiter = '|', textBlock = """
      Friday afternoon carries over to Monday       | 2026-04-24T16:00 | Asia/Jakarta  | PT1H    | 2026-04-27T08:00
      Monday's rest carries over to Tuesday         | 2026-04-27T15:30 | Asia/Jakarta  | PT1H    | 2026-04-28T08:00
      used up exactly at closing ends at closing    | 2026-04-27T15:00 | Asia/Jakarta  | PT1H    | 2026-04-27T16:00
      a whole Monday                                | 2026-04-27T07:30 | Asia/Jakarta  | PT8H30M | 2026-04-27T16:00
      minutes within the day                        | 2026-04-28T10:00 | Asia/Jakarta  | PT15M   | 2026-04-28T10:15
      start on Saturday                             | 2026-04-25T10:00 | Asia/Jakarta  | PT2H    | 2026-04-27T09:30
      start before 07:30                            | 2026-04-28T06:00 | Asia/Jakarta  | PT30M   | 2026-04-28T08:00
      start after closing                           | 2026-04-28T18:00 | Asia/Jakarta  | PT1H    | 2026-04-29T08:30
      day before Kenaikan and its cuti bersama      | 2026-05-13T15:00 | Asia/Jakarta  | PT2H    | 2026-05-18T08:30
      inside cuti bersama after Idul Fitri          | 2026-03-23T10:00 | Asia/Jakarta  | PT1H    | 2026-03-25T08:30
      P1D over Nyepi and Idul Fitri                 | 2026-03-17T15:00 | Asia/Jakarta  | P1D     | 2026-03-25T15:00
      P1D across the month end and Hari Buruh       | 2026-04-30T10:00 | Asia/Jakarta  | P1D     | 2026-05-04T10:00
      office hours across the month end             | 2026-07-31T15:00 | Asia/Jakarta  | PT4H    | 2026-08-03T10:00
      P1D keeps the clock time                      | 2026-04-28T10:00 | Asia/Jakarta  | P1D     | 2026-04-29T10:00
      P2D over a weekend                            | 2026-04-23T09:00 | Asia/Jakarta  | P2D     | 2026-04-27T09:00
      P1D from Saturday counts from Monday opening  | 2026-04-25T10:00 | Asia/Jakarta  | P1D     | 2026-04-28T07:30
      P1D from late Friday kept in Monday's hours   | 2026-04-24T16:15 | Asia/Jakarta  | P1D     | 2026-04-27T16:00
      days then hours                               | 2026-04-24T16:15 | Asia/Jakarta  | P1DT1H  | 2026-04-28T08:30
      P2W is 10 working days, over 17 Aug + Maulid  | 2026-08-10T09:00 | Asia/Jakarta  | P2W     | 2026-08-26T09:00
      P6M onto a Saturday rolls to Monday opening   | 2026-03-05T10:00 | Asia/Jakarta  | P6M     | 2026-09-07T07:30
      P6M from 31 Aug ends 28 Feb, a Sunday         | 2026-08-31T10:00 | Asia/Jakarta  | P6M     | 2027-03-01T07:30
      P6M onto a working day keeps the time         | 2026-04-28T10:00 | Asia/Jakarta  | P6M     | 2026-10-28T10:00
      WIB: Friday 15:00                             | 2026-04-24T15:00 | Asia/Jakarta  | PT1H    | 2026-04-24T16:00
      WITA: the same instant is Friday 16:00        | 2026-04-24T16:00 | Asia/Makassar | PT1H    | 2026-04-27T08:00
      WITA: Friday 15:00 + 2 hours                  | 2026-04-24T15:00 | Asia/Makassar | PT2H    | 2026-04-27T08:00
      """)
  void addsWorkingTime(String description, LocalDateTime start, ZoneId zone, String duration,
      LocalDateTime expected) {
    WorkingTimeCalculator calculator = new WorkingTimeCalculator(zone, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday);

    Instant end = calculator.plus(start.atZone(zone).toInstant(), duration);

    assertThat(end).as(description).isEqualTo(expected.atZone(zone).toInstant());
  }

  @Test
  void theSameInstantEndsDifferentlyInWibAndWita() {
    Instant friday = Instant.parse("2026-04-24T08:00:00Z"); // 15:00 WIB = 16:00 WITA

    assertThat(new WorkingTimeCalculator(WIB, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday).plus(friday, "PT1H"))
        .isEqualTo("2026-04-24T09:00:00Z");
    assertThat(new WorkingTimeCalculator(WITA, OfficeHours.STANDARD, SHIPPED_HOLIDAYS::isHoliday).plus(friday, "PT1H"))
        .isEqualTo("2026-04-27T00:00:00Z");
  }

  @Test
  void countsTheTenantsOwnHours() {
    CalendarProperties properties = new CalendarProperties(null,
        Map.of(DayOfWeek.SATURDAY, "08:00-12:00"),
        Map.of("tanah-laut", Map.of(DayOfWeek.FRIDAY, "07:30-11:00", DayOfWeek.SATURDAY, "closed")));
    WorkingTimeBusinessCalendar calendar = new WorkingTimeBusinessCalendar(null, properties, SHIPPED_HOLIDAYS);
    Instant friday10 = LocalDateTime.parse("2026-04-24T10:00").atZone(WITA).toInstant();

    // Friday closes at 11:00 in Tanah Laut and Saturday stays closed there: 1 hour on Friday, 1 on Monday
    assertThat(calendar.calculator("tanah-laut").plus(friday10, "PT2H"))
        .isEqualTo(LocalDateTime.parse("2026-04-27T08:30").atZone(WITA).toInstant());
    // elsewhere Friday 09:00 WIB runs to 16:30, the rest falls on the new Saturday hours
    assertThat(calendar.calculator("magetan").plus(friday10, "PT8H"))
        .isEqualTo(LocalDateTime.parse("2026-04-25T08:30").atZone(WIB).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT15M", "PT1H", "P1D", "P2W", "P6M", "P1Y", "P1DT2H", " PT2H "})
  void durationsCountInWorkingTime(String text) {
    assertThat(WorkingTimeCalculator.isWorkingDuration(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-05-01T10:00:00", "2026-05-01T10:00/PT1H", "R3/PT1H", "P", "PT", "-PT1H",
      "PT1.5H", "pt1h", ""})
  void everythingElseIsLeftToTheEngine(String text) {
    assertThat(WorkingTimeCalculator.isWorkingDuration(text)).isFalse();
  }
}
