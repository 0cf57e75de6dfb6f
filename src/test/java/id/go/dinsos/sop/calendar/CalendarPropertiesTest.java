package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

  @Test
  void bindsDefaultHoursAndTenantOverrides() {
    CalendarProperties properties = bind(Map.of(
        "dinsos.calendar.holidays-dir", "/etc/dinsos/calendar",
        "dinsos.calendar.hours.saturday", "08:00-12:00",
        "dinsos.calendar.tenants.tanah-laut.friday", "07:30-11:00",
        "dinsos.calendar.tenants.tanah-laut.saturday", "closed"));

    assertThat(properties.holidaysDir()).isEqualTo(Path.of("/etc/dinsos/calendar"));
    assertThat(properties.officeHours("magetan").on(DayOfWeek.SATURDAY)).get()
        .isEqualTo(new OfficeHours.Span(LocalTime.of(8, 0), LocalTime.of(12, 0)));
    assertThat(properties.officeHours("tanah-laut").on(DayOfWeek.FRIDAY)).get()
        .extracting(OfficeHours.Span::close).isEqualTo(LocalTime.of(11, 0));
    assertThat(properties.officeHours("tanah-laut").on(DayOfWeek.SATURDAY)).isEmpty();
    assertThat(properties.officeHours(null).on(DayOfWeek.MONDAY)).contains(OfficeHours.STANDARD.on(DayOfWeek.MONDAY).get());
  }

  @Test
  void withoutSettingsTheStandardHoursApply() {
    assertThat(bind(Map.of()).officeHours("lamandau")).isEqualTo(OfficeHours.STANDARD);
  }

  @Test
  void rejectsHoursThatAreNotHours() {
    assertThatThrownBy(() -> new CalendarProperties(null, Map.of(DayOfWeek.MONDAY, "07.30-16.00"), null))
        .hasMessageContaining("'07.30-16.00' are not HH:mm-HH:mm");
    assertThatThrownBy(() -> new CalendarProperties(null, null,
        Map.of("magetan", Map.of(DayOfWeek.MONDAY, "16:00-07:30"))))
        .hasMessageContaining("opens at 16:00 but closes at 07:30");
  }

  private static CalendarProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("dinsos.calendar", CalendarProperties.class);
  }
}
