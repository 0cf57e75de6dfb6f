package id.go.dinsos.sop.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Create listener of every escalation task ({@code ${slaBreachRecorder}}): records which step passed
 * its mutu baku. The step is read from the diagram itself (the escalation task follows the timer that
 * fired; a boundary timer names its step, an intermediate timer stands for the whole service), so an
 * administrator adding a step with a timer in the Modeler needs no configuration here.
 */
@Component
public class SlaBreachRecorder implements TaskListener {

  static final String WHOLE_SERVICE_SUFFIX = ":layanan";

  private final SlaBreachRepository repository;

  public SlaBreachRecorder(SlaBreachRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask escalation) {
    UserTask escalationTask = escalation.getBpmnModelElementInstance();
    FlowNode timer = escalationTask.getPreviousNodes().singleResult();
    if (!(timer instanceof CatchEvent catchEvent)
        || catchEvent.getEventDefinitions().stream().noneMatch(TimerEventDefinition.class::isInstance)) {
      throw new IllegalStateException("Tugas eskalasi '" + escalationTask.getId()
          + "' harus langsung mengikuti sebuah timer mutu baku");
    }
    String duration = timerDuration(catchEvent);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String supervisors = escalation.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(","));
    String processDefinitionKey = escalation.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(escalation.getProcessDefinitionId()).getKey();
    String businessKey = escalation.getExecution().getProcessBusinessKey();

    if (timer instanceof BoundaryEvent boundary) {
      String stepId = boundary.getAttachedTo().getId();
      Task late = escalation.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(escalation.getProcessInstanceId()).taskDefinitionKey(stepId)
          .list().stream().max(Comparator.comparing(Task::getCreateTime))
          .orElseThrow(() -> new IllegalStateException("Langkah terlambat '" + stepId + "' tidak aktif"));
      repository.record(new SlaBreach(late.getId(), escalation.getTenantId(), processDefinitionKey,
          escalation.getProcessInstanceId(), businessKey, stepId, late.getName(), late.getId(), late.getAssignee(),
          duration, late.getDueDate() == null ? null : late.getDueDate().toInstant(), now, escalation.getId(),
          supervisors));
    } else {
      repository.record(new SlaBreach(escalation.getProcessInstanceId() + WHOLE_SERVICE_SUFFIX,
          escalation.getTenantId(), processDefinitionKey, escalation.getProcessInstanceId(), businessKey,
          processDefinitionKey, catchEvent.getName(), null, null, duration, null, now, escalation.getId(),
          supervisors));
    }
  }

  private static String timerDuration(CatchEvent timer) {
    TimerEventDefinition definition = timer.getEventDefinitions().stream()
        .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).findFirst().orElseThrow();
    if (definition.getTimeDuration() != null) {
      return definition.getTimeDuration().getTextContent().trim();
    }
    return definition.getTimeDate() != null ? definition.getTimeDate().getTextContent().trim() : "";
  }
}
