package id.go.dinsos.sop.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Office working time settings ({@code dinsos.calendar}). Everything is optional: without them the
 * offices keep the standard hours ({@link OfficeHours#STANDARD}) and the holiday files shipped in
 * {@code classpath:calendar/}.
 *
 * @param holidaysDir a folder of {@code holidays-YYYY.csv} files used instead of the shipped ones,
 *     so an administrator can correct the list and reload it without a new release
 * @param hours office hours of every office per weekday ("07:30-16:00" or "closed"), replacing the
 *     standard hours of the weekdays given
 * @param tenants per tenant id the weekdays whose hours differ from {@code hours}
 */
@ConfigurationProperties("dinsos.calendar")
public record CalendarProperties(
    Path holidaysDir, Map<DayOfWeek, String> hours, Map<String, Map<DayOfWeek, String>> tenants) {

  public CalendarProperties {
    hours = hours == null ? Map.of() : Map.copyOf(hours);
    tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    // a typo in the hours stops the application at start-up rather than at the first deadline
    OfficeHours defaults = OfficeHours.STANDARD.with(hours);
    tenants.values().forEach(defaults::with);
  }

  /** The office hours of a tenant; {@code null} (a definition without tenant) gets the defaults. */
  public OfficeHours officeHours(String tenantId) {
    OfficeHours defaults = OfficeHours.STANDARD.with(hours);
    return tenantId == null ? defaults : defaults.with(tenants.getOrDefault(tenantId, Map.of()));
  }
}
