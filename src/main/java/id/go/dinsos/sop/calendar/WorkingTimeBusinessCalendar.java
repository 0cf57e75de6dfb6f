package id.go.dinsos.sop.calendar;

import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.context.CoreExecutionContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's calendar for timer durations and task due dates, counting durations in the working
 * time of the office that owns the case: the tenant of the task or, for timers, of the execution the
 * engine is working on. Anything that is not a plain duration (an ISO date, an interval) goes to the
 * engine's own calendar unchanged.
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

  /** The zone of a definition without tenant. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

  private final BusinessCalendar engineCalendar;
  private final CalendarProperties properties;
  private final HolidayCalendar holidays;

  public WorkingTimeBusinessCalendar(
      BusinessCalendar engineCalendar, CalendarProperties properties, HolidayCalendar holidays) {
    this.engineCalendar = engineCalendar;
    this.properties = properties;
    this.holidays = holidays;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    if (!WorkingTimeCalculator.isWorkingDuration(duedateDescription)) {
      return engineCalendar.resolveDuedate(duedateDescription);
    }
    return plusWorkingTime(ClockUtil.getCurrentTime(), duedateDescription, currentTenantId());
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    if (!WorkingTimeCalculator.isWorkingDuration(duedateDescription)) {
      return engineCalendar.resolveDuedate(duedateDescription, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return plusWorkingTime(start, duedateDescription, currentTenantId());
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    if (!WorkingTimeCalculator.isWorkingDuration(duedateDescription)) {
      return engineCalendar.resolveDuedate(duedateDescription, task);
    }
    String tenantId = task != null && task.getTenantId() != null ? task.getTenantId() : currentTenantId();
    return plusWorkingTime(ClockUtil.getCurrentTime(), duedateDescription, tenantId);
  }

  /** The calculation for one office; a tenant that is no known office counts in Jakarta time. */
  WorkingTimeCalculator calculator(String tenantId) {
    return OfficeWorkingTime.calculator(properties, holidays, tenantId);
  }

  private Date plusWorkingTime(Date start, String duration, String tenantId) {
    return Date.from(calculator(tenantId).plus(start.toInstant(), duration));
  }

  /** Timers get no task: the execution the engine is creating the timer for names the tenant. */
  private static String currentTenantId() {
    CoreExecutionContext<?> context = Context.getCoreExecutionContext();
    return context == null ? null : context.getExecution().getTenantId();
  }
}
