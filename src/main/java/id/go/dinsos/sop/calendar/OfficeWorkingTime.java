package id.go.dinsos.sop.calendar;

import id.go.dinsos.sop.identity.Office;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The working time of each office for code outside the engine's calendar (breach records, the SLA
 * report): the same calculation the engine uses for timers and due dates, with the same hours and
 * the holiday list as currently loaded.
 */
@Component
public class OfficeWorkingTime {

  private final CalendarProperties properties;
  private final HolidayCalendar holidays;

  public OfficeWorkingTime(CalendarProperties properties, HolidayCalendar holidays) {
    this.properties = properties;
    this.holidays = holidays;
  }

  /** The calculation for one office; a tenant that is no known office counts in Jakarta time. */
  public WorkingTimeCalculator calculator(String tenantId) {
    return calculator(properties, holidays, tenantId);
  }

  /** The office's time zone, in which its days, hours and report periods are meant. */
  public static ZoneId zone(String tenantId) {
    return Office.byTenantId(tenantId).map(Office::zone).orElse(WorkingTimeBusinessCalendar.DEFAULT_ZONE);
  }

  static WorkingTimeCalculator calculator(CalendarProperties properties, HolidayCalendar holidays, String tenantId) {
    return new WorkingTimeCalculator(zone(tenantId), properties.officeHours(tenantId), holidays::isHoliday);
  }
}
