package id.go.dinsos.sop.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Late work finished after all: the breach record gets its real duration and lateness in office
 * working minutes, in the completing transaction; a retried timer job records nothing twice. Tiny
 * diagrams deployed for Magetan (WIB, standard hours) on days without holidays in September 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaBreachCompletionTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final AtomicBoolean FAIL = new AtomicBoolean();

  /** Fails the escalation's creation, after the breach recorder ran, while {@link #FAIL} is set. */
  public static class FailingListener implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      if (FAIL.get()) {
        throw new IllegalStateException("simulated failure after the breach was recorded");
      }
    }
  }

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired SlaBreachRepository breaches;
  @Autowired JdbcTemplate jdbc;

  private final String key = "sla-completion-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    FAIL.set(false);
    jdbc.update("delete from sla_breach where process_definition_key = ?", key);
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void retriedTimerRecordsOnceAndLateCompletionGetsWorkingMinutes() {
    deploy(stepWithTimer());
    ClockUtil.setCurrentTime(at("2026-09-07T15:50")); // Monday
    String caseId = start();
    Task late = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("periksa").singleResult();
    // 10 minutes until Monday's closing, 5 on Tuesday morning
    assertThat(late.getDueDate()).isEqualTo(at("2026-09-08T07:35"));
    Job timer = managementService.createJobQuery().processInstanceId(caseId).timers().singleResult();

    ClockUtil.setCurrentTime(at("2026-09-08T07:40"));
    FAIL.set(true);
    assertThatThrownBy(() -> managementService.executeJob(timer.getId()))
        .hasStackTraceContaining("simulated failure after the breach was recorded");
    assertThat(breaches.findByProcessInstance(caseId)).as("rolled back with the timer job").isEmpty();

    FAIL.set(false);
    managementService.executeJob(timer.getId());
    assertThat(breaches.findByProcessInstance(caseId)).singleElement().satisfies(breach -> {
      assertThat(breach.breachKey()).isEqualTo(late.getId());
      assertThat(breach.isCompleted()).isFalse();
    });

    ClockUtil.setCurrentTime(at("2026-09-08T08:00"));
    taskService.complete(late.getId());
    Task escalation = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("tindakLanjut")
        .singleResult();
    ClockUtil.setCurrentTime(at("2026-09-08T09:00"));
    taskService.complete(escalation.getId());

    assertThat(breaches.findByProcessInstance(caseId)).singleElement().satisfies(breach -> {
      assertThat(breach.startedAt()).isEqualTo(at("2026-09-07T15:50").toInstant());
      assertThat(breach.completedAt()).isEqualTo(at("2026-09-08T08:00").toInstant());
      assertThat(breach.dueAt()).isEqualTo(at("2026-09-08T07:35").toInstant());
      // Monday 15:50–16:00 and Tuesday 07:30–08:00, not the 16 hours 10 minutes on the clock
      assertThat(breach.durationWorkingMinutes()).isEqualTo(40);
      assertThat(breach.lateWorkingMinutes()).isEqualTo(25);
    });
  }

  @Test
  void aStepFinishedInTimeOrWithoutBreachRecordsNothing() {
    deploy(stepWithTimer());
    ClockUtil.setCurrentTime(at("2026-09-07T10:00"));
    String caseId = start();
    ClockUtil.setCurrentTime(at("2026-09-07T10:10"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(caseId).singleResult().getId());

    assertThat(breaches.findByProcessInstance(caseId)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
  }

  @Test
  void wholeServiceBreachIsCompletedWhenTheCaseEndsButNotWhenItIsCancelled() {
    deploy(serviceWithDeadline());
    ClockUtil.setCurrentTime(at("2026-09-07T15:30")); // Monday
    String finished = start();
    String cancelled = start();
    ClockUtil.setCurrentTime(at("2026-09-08T08:10"));
    for (String caseId : List.of(finished, cancelled)) {
      managementService.executeJob(
          managementService.createJobQuery().processInstanceId(caseId).timers().singleResult().getId());
    }

    ClockUtil.setCurrentTime(at("2026-09-08T09:00"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(finished).taskDefinitionKey("layani")
        .singleResult().getId());
    runtimeService.deleteProcessInstance(cancelled, "dibatalkan");

    assertThat(breaches.findByProcessInstance(finished)).singleElement().satisfies(breach -> {
      assertThat(breach.breachKey()).isEqualTo(finished + ":layanan");
      assertThat(breach.startedAt()).isEqualTo(at("2026-09-07T15:30").toInstant());
      assertThat(breach.dueAt()).isEqualTo(at("2026-09-08T08:00").toInstant());
      assertThat(breach.completedAt()).isEqualTo(at("2026-09-08T09:00").toInstant());
      assertThat(breach.durationWorkingMinutes()).isEqualTo(30 + 90);
      assertThat(breach.lateWorkingMinutes()).isEqualTo(60);
    });
    assertThat(breaches.findByProcessInstance(cancelled)).singleElement()
        .satisfies(breach -> assertThat(breach.isCompleted()).isFalse());
  }

  /** A step with a 15-minute mutu baku whose escalation fails to be created while FAIL is set. */
  private BpmnModelInstance stepWithTimer() {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("periksa").name("Periksa berkas").camundaCandidateGroups("peksos").camundaDueDate("PT15M")
        .boundaryEvent("mutuBaku").cancelActivity(false).timerWithDuration("PT15M")
        .userTask("tindakLanjut").name("Tindak lanjut keterlambatan").camundaCandidateGroups("kabid")
        .camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${slaBreachRecorder}")
        .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, FailingListener.class)
        .endEvent()
        .moveToActivity("periksa").endEvent()
        .done();
  }

  /** A one-hour whole-service deadline next to the work, which ends the case with a terminate end event. */
  private BpmnModelInstance serviceWithDeadline() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("mulai")
        .userTask("layani").name("Layani").camundaCandidateGroups("peksos")
        .endEvent("selesai")
        .moveToNode("mulai")
        .intermediateCatchEvent("jangkaWaktu").name("Jangka waktu layanan terlampaui").timerWithDuration("PT1H")
        .userTask("tindakLanjutLayanan").name("Tindak lanjut jangka waktu").camundaCandidateGroups("kabid")
        .camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${slaBreachRecorder}")
        .endEvent()
        .done();
    EndEvent end = model.getModelElementById("selesai");
    end.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    return model;
  }

  private void deploy(BpmnModelInstance model) {
    deployments.add(repositoryService.createDeployment().tenantId("magetan")
        .addModelInstance(key + ".bpmn", model).deploy().getId());
  }

  private String start() {
    return runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId("magetan").execute().getId();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(WIB).toInstant());
  }
}
