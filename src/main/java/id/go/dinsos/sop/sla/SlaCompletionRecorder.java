package id.go.dinsos.sop.sla;

import id.go.dinsos.sop.calendar.OfficeWorkingTime;
import id.go.dinsos.sop.calendar.WorkingTimeCalculator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes the breach records of {@link SlaBreachRecorder} when the late work is finished after all:
 * the real duration and the lateness, both in the office's working minutes. Called by the engine in
 * the transaction that completes the task or ends the case ({@link SlaCompletionPlugin} attaches it
 * to every user task and every process), so a rolled-back completion leaves the record open, and a
 * record is completed only once.
 */
@Component
public class SlaCompletionRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(SlaCompletionRecorder.class);

  private final SlaBreachRepository repository;
  private final OfficeWorkingTime workingTime;

  private final TaskListener stepListener = this::stepCompleted;
  private final ExecutionListener serviceListener = this::caseEnded;

  public SlaCompletionRecorder(SlaBreachRepository repository, OfficeWorkingTime workingTime) {
    this.repository = repository;
    this.workingTime = workingTime;
  }

  /** The {@code complete} listener of every user task. */
  public TaskListener stepListener() {
    return stepListener;
  }

  /** The {@code end} listener of every process. */
  public ExecutionListener serviceListener() {
    return serviceListener;
  }

  /** A step whose timer fired (it has a breach record under its task id) is finished. */
  void stepCompleted(DelegateTask task) {
    Optional<SlaBreach> open = repository.findUncompleted(task.getId());
    if (open.isEmpty()) {
      return;
    }
    SlaBreach breach = open.get();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant created = task.getCreateTime().toInstant();
    WorkingTimeCalculator calculator = workingTime.calculator(task.getTenantId());
    Instant due = breach.dueAt() != null ? breach.dueAt() : dueFrom(calculator, created, breach);
    repository.recordCompletion(breach.breachKey(), created, due, now,
        calculator.workingMinutesBetween(created, now), calculator.workingMinutesBetween(due, now));
  }

  /**
   * A case whose whole-service timer fired is over. The service's clock started when its timer
   * started waiting (the timer's activity instance in the history). A cancelled case is not a
   * finished service and stays open. In a diagram where the case ends only after the supervisor's
   * follow-up task as well (no terminate end event), the end of the case is what is recorded.
   */
  void caseEnded(DelegateExecution execution) {
    if (execution.isCanceled() || !execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    Optional<SlaBreach> open =
        repository.findUncompleted(execution.getProcessInstanceId() + SlaBreachRecorder.WHOLE_SERVICE_SUFFIX);
    if (open.isEmpty()) {
      return;
    }
    SlaBreach breach = open.get();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    WorkingTimeCalculator calculator = workingTime.calculator(execution.getTenantId());
    Instant started = serviceStart(execution, breach).orElse(null);
    Instant due = breach.dueAt() != null ? breach.dueAt()
        : started != null ? dueFrom(calculator, started, breach) : breach.breachedAt();
    if (started == null) {
      LOG.warn("Start of the service of case {} not found in the history: duration of breach {} counted from"
          + " its due time", execution.getProcessInstanceId(), breach.breachKey());
      started = due;
    }
    repository.recordCompletion(breach.breachKey(), started, due, now,
        calculator.workingMinutesBetween(started, now), calculator.workingMinutesBetween(due, now));
  }

  /** When the timer that the escalation task follows started waiting, for the last time before it fired. */
  private static Optional<Instant> serviceStart(DelegateExecution execution, SlaBreach breach) {
    HistoricTaskInstance escalation = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().taskId(breach.escalationTaskId()).singleResult();
    if (escalation == null) {
      return Optional.empty();
    }
    ModelElementInstance element = execution.getBpmnModelInstance().getModelElementById(escalation.getTaskDefinitionKey());
    if (!(element instanceof FlowNode escalationNode) || escalationNode.getPreviousNodes().count() != 1) {
      return Optional.empty();
    }
    String timerId = escalationNode.getPreviousNodes().singleResult().getId();
    return execution.getProcessEngineServices().getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(timerId).list().stream()
        .map(HistoricActivityInstance::getStartTime)
        .filter(start -> !start.toInstant().isAfter(breach.breachedAt()))
        .max(Comparator.naturalOrder())
        .map(java.util.Date::toInstant);
  }

  /** The due time of the mutu baku counted from a start, where the breach has none stored. */
  private static Instant dueFrom(WorkingTimeCalculator calculator, Instant start, SlaBreach breach) {
    return WorkingTimeCalculator.isWorkingDuration(breach.standardDuration())
        ? calculator.plus(start, breach.standardDuration())
        : breach.breachedAt();
  }
}
