package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

  @TempDir
  Path folder;

  @Test
  void shipsTheSkbListsFor2026And2027() {
    HolidayCalendar shipped = new HolidayCalendar(new CalendarProperties(null, null, null));

    assertThat(shipped.reload()).isEqualTo(25 + 26);
    assertThat(shipped.isHoliday(LocalDate.parse("2026-03-20"))).as("cuti bersama Idul Fitri").isTrue();
    assertThat(shipped.isHoliday(LocalDate.parse("2026-08-17"))).isTrue();
    assertThat(shipped.isHoliday(LocalDate.parse("2027-01-01"))).isTrue();
    assertThat(shipped.isHoliday(LocalDate.parse("2026-04-27"))).isFalse();
  }

  @Test
  void reloadsAnOverriddenFolderWithoutRestart() throws IOException {
    Path file2026 = folder.resolve("holidays-2026.csv");
    Files.writeString(file2026, """
        # test list
        date,kind,name
        2026-04-27,libur,Hari libur daerah
        """);
    HolidayCalendar holidays = new HolidayCalendar(new CalendarProperties(folder, null, null));
    assertThat(holidays.isHoliday(LocalDate.parse("2026-04-27"))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.parse("2026-08-17"))).as("shipped files are not read").isFalse();

    Files.writeString(file2026, """
        date,kind,name
        2026-08-17,libur,Proklamasi Kemerdekaan
        2026-12-24,cuti-bersama,Cuti bersama Natal, dengan koma
        """);
    Files.writeString(folder.resolve("holidays-2027.csv"), "2027-01-01,libur,Tahun Baru\n");
    Files.writeString(folder.resolve("catatan.txt"), "not a holiday file");

    assertThat(holidays.reload()).isEqualTo(3);
    assertThat(holidays.isHoliday(LocalDate.parse("2026-04-27"))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.parse("2026-12-24"))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.parse("2027-01-01"))).isTrue();
  }

  @Test
  void aWrongFileKeepsThePreviousList() throws IOException {
    Files.writeString(folder.resolve("holidays-2026.csv"), "2026-04-27,libur,Hari libur daerah\n");
    HolidayCalendar holidays = new HolidayCalendar(new CalendarProperties(folder, null, null));

    Files.writeString(folder.resolve("holidays-2026.csv"), "2026-04-28,libur,Hari libur daerah\n2026-13-01,libur,x\n");
    assertThatThrownBy(holidays::reload).hasMessageContaining("holidays-2026.csv line 2");
    Files.writeString(folder.resolve("holidays-2026.csv"), "2027-04-28,libur,Tahun yang salah\n");
    assertThatThrownBy(holidays::reload).hasMessageContaining("2027-04-28 is not in 2026");
    Files.writeString(folder.resolve("holidays-2026.csv"), "2026-04-28,libur-daerah,Jenis yang salah\n");
    assertThatThrownBy(holidays::reload).hasMessageContaining("neither libur nor cuti-bersama");

    assertThat(holidays.isHoliday(LocalDate.parse("2026-04-27"))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.parse("2026-04-28"))).isFalse();
  }

  @Test
  void aFolderWithoutHolidayFilesIsAnError() {
    assertThatThrownBy(() -> new HolidayCalendar(new CalendarProperties(folder, null, null)))
        .hasMessageContaining("No holidays-YYYY.csv");
  }
}
