package id.go.dinsos.sop.calendar;

import java.util.Map;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the engine count timer durations ({@code timeDuration}, calendar "duration") and task due and
 * follow-up dates ({@code camunda:dueDate}, calendar "dueDate") in office working time, so the
 * durations administrators type in the Modeler need no conversion. Every other calendar, "cycle"
 * included, stays the engine's own.
 */
@Component
public class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

  private final CalendarProperties properties;
  private final HolidayCalendar holidays;

  public WorkingTimeCalendarPlugin(CalendarProperties properties, HolidayCalendar holidays) {
    this.properties = properties;
    this.holidays = holidays;
  }

  /** After init, when the engine has built its own calendars for ours to fall back to. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager engineCalendars = configuration.getBusinessCalendarManager();
    Map<String, BusinessCalendar> workingTime = Map.of(
        DurationBusinessCalendar.NAME, workingTime(engineCalendars, DurationBusinessCalendar.NAME),
        DueDateBusinessCalendar.NAME, workingTime(engineCalendars, DueDateBusinessCalendar.NAME));
    configuration.setBusinessCalendarManager(
        name -> workingTime.getOrDefault(name, engineCalendars.getBusinessCalendar(name)));
  }

  private BusinessCalendar workingTime(BusinessCalendarManager engineCalendars, String name) {
    return new WorkingTimeBusinessCalendar(engineCalendars.getBusinessCalendar(name), properties, holidays);
  }
}
