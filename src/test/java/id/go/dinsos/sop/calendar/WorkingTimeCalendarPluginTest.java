package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin in a real engine: timers and task due dates follow the tenant's office time. */
class WorkingTimeCalendarPluginTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  private static ProcessEngine engine;

  @BeforeAll
  static void buildEngine() {
    CalendarProperties properties = new CalendarProperties(null, null, null);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName("calendar-test")
            .setJdbcUrl("jdbc:h2:mem:calendar-test")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins()
        .add(new WorkingTimeCalendarPlugin(properties, new HolidayCalendar(properties)));
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void taskDueDateAndTimerCountTheTenantsOfficeTime() {
    deploy("tanah-laut", review("PT2H"));
    deploy("lamandau", review("PT2H"));
    deploy(null, review("PT2H"));
    ClockUtil.setCurrentTime(at("2026-04-24T15:00", WITA)); // Friday 15:00 WITA = 14:00 WIB

    // Tanah Laut (WITA): 1.5 hours until Friday 16:30, the other half hour on Monday
    assertDeadlines(start("tanah-laut"), at("2026-04-27T08:00", WITA));
    // Lamandau (WIB): Friday 14:00 + 2 hours, still on Friday
    assertDeadlines(start("lamandau"), at("2026-04-24T16:00", WIB));
    // no tenant: Jakarta time
    assertDeadlines(start(null), at("2026-04-24T16:00", WIB));
  }

  @Test
  void isoDatesStayAsTheEngineReadsThem() {
    deploy("magetan", review("2026-05-14T10:00:00"));
    ClockUtil.setCurrentTime(at("2026-04-24T15:00", WIB));

    // a due date on a holiday is what the administrator wrote, not moved
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(start("magetan").getId())
        .singleResult().getDueDate())
        .isEqualTo(new DueDateBusinessCalendar().resolveDuedate("2026-05-14T10:00:00"));
  }

  private void assertDeadlines(ProcessInstance instance, Date expected) {
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .singleResult().getDueDate()).isEqualTo(expected);
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    assertThat(timers).singleElement().extracting(Job::getDuedate).isEqualTo(expected);
  }

  private static BpmnModelInstance review(String dueDate) {
    return Bpmn.createExecutableProcess("review")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("check").camundaDueDate(dueDate)
        .boundaryEvent("late").cancelActivity(false).timerWithDuration("PT2H").endEvent()
        .moveToActivity("check").endEvent()
        .done();
  }

  private static void deploy(String tenantId, BpmnModelInstance model) {
    engine.getRepositoryService().createDeployment().tenantId(tenantId)
        .addModelInstance("review.bpmn", model).deploy();
  }

  private static ProcessInstance start(String tenantId) {
    ProcessInstantiationBuilder builder = engine.getRuntimeService().createProcessInstanceByKey("review");
    return (tenantId == null ? builder.processDefinitionWithoutTenantId() : builder.processDefinitionTenantId(tenantId))
        .execute();
  }

  private static Date at(String localDateTime, ZoneId zone) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
  }
}
