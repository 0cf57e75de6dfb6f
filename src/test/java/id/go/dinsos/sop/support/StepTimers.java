package id.go.dinsos.sop.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The mutu baku timers of a diagram, read from the model itself: every timer boundary event on a user task, with
 * the task it watches and the escalation task it leads to. A parameterized test over {@link #of} covers every timer,
 * including one an administrator adds later in the Modeler.
 */
public final class StepTimers {

  private StepTimers() {
  }

  /**
   * One mutu baku timer.
   *
   * @param taskId the watched user task
   * @param timerId the boundary event
   * @param duration the timer's {@code timeDuration}
   * @param taskDueDate the watched task's {@code camunda:dueDate} (null when it has none)
   * @param cancelActivity whether the timer interrupts the task (must be false)
   * @param escalationTaskId the user task right after the timer (null when the timer leads elsewhere)
   * @param supervisorGroups the escalation task's candidate groups
   * @param escalationFormRef the escalation task's {@code camunda:formRef}
   * @param breachRecorded whether the escalation task has the {@code ${slaBreachRecorder}} create listener
   */
  public record StepTimer(String taskId, String timerId, String duration, String taskDueDate, boolean cancelActivity,
      String escalationTaskId, Set<String> supervisorGroups, String escalationFormRef, boolean breachRecorded) {

    @Override
    public String toString() {
      return taskId + " " + duration + " -> " + escalationTaskId + " " + supervisorGroups;
    }
  }

  /** The timers of a diagram on the class path (e.g. {@code processes/magetan/magetan-anjal-at.bpmn}). */
  public static List<StepTimer> of(String bpmnResource) {
    return of(read(bpmnResource));
  }

  public static List<StepTimer> of(BpmnModelInstance model) {
    List<StepTimer> timers = new ArrayList<>();
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      TimerEventDefinition timer = boundary.getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
          .findFirst().orElse(null);
      if (timer == null || !(boundary.getAttachedTo() instanceof UserTask task)) {
        continue;
      }
      String duration = timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent().trim();
      List<FlowNode> next = boundary.getSucceedingNodes().list();
      UserTask escalation = next.size() == 1 && next.get(0) instanceof UserTask userTask ? userTask : null;
      timers.add(new StepTimer(task.getId(), boundary.getId(), duration, task.getCamundaDueDate(),
          boundary.cancelActivity(), escalation == null ? null : escalation.getId(),
          escalation == null ? Set.of() : groups(escalation.getCamundaCandidateGroups()),
          escalation == null ? null : escalation.getCamundaFormRef(),
          escalation != null && recordsBreach(escalation)));
    }
    return timers;
  }

  public static BpmnModelInstance read(String bpmnResource) {
    try (InputStream in = StepTimers.class.getClassLoader().getResourceAsStream(bpmnResource)) {
      if (in == null) {
        throw new IllegalArgumentException("Not on the class path: " + bpmnResource);
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> groups(String candidateGroups) {
    Set<String> groups = new TreeSet<>();
    if (candidateGroups != null) {
      Arrays.stream(candidateGroups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).forEach(groups::add);
    }
    return groups;
  }

  private static boolean recordsBreach(UserTask escalation) {
    return escalation.getExtensionElements() != null
        && escalation.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
        .stream().anyMatch(listener -> "create".equals(listener.getCamundaEvent())
            && "${slaBreachRecorder}".equals(listener.getCamundaDelegateExpression()));
  }
}
