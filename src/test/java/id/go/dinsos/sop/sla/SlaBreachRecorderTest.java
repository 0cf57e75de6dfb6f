package id.go.dinsos.sop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A step timer firing in the real application: the breach is stored and the supervisor gets a task. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaBreachRecorderTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired SlaBreachRepository breaches;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void lateIntakeCheckIsRecordedOnceAndEscalatedToKabid() {
    ProcessInstance started = runtimeService.createProcessInstanceByKey(AnjalAtVariables.PROCESS_ID)
        .processDefinitionTenantId("magetan")
        .setVariables(MagetanAnjalAtCase.laporan())
        .execute();
    Task late = taskService.createTaskQuery().processInstanceId(started.getId()).singleResult();
    taskService.setAssignee(late.getId(), "peksos.magetan");
    Job timer = managementService.createJobQuery().processInstanceId(started.getId()).timers().singleResult();

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(5))));
    managementService.executeJob(timer.getId());

    List<SlaBreach> recorded = breaches.findByProcessInstance(started.getId());
    assertThat(recorded).hasSize(1);
    SlaBreach breach = recorded.get(0);
    assertThat(breach.breachKey()).isEqualTo(late.getId());
    assertThat(breach.stepId()).isEqualTo(AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS);
    assertThat(breach.tenantId()).isEqualTo("magetan");
    assertThat(breach.assignee()).isEqualTo("peksos.magetan");
    assertThat(breach.standardDuration()).isEqualTo("PT15M");
    assertThat(breach.dueAt()).isEqualTo(late.getDueDate().toInstant());
    assertThat(Duration.between(breach.dueAt(), breach.breachedAt())).isPositive();
    assertThat(breach.supervisorGroups()).isEqualTo("kabid");

    Task escalation = taskService.createTaskQuery().taskId(breach.escalationTaskId()).singleResult();
    assertThat(escalation.getTenantId()).isEqualTo("magetan");
    assertThat(taskService.createTaskQuery().taskId(late.getId()).count())
        .as("the late step stays open").isEqualTo(1);
  }
}
