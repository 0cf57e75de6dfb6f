package id.go.dinsos.sop.support;

import java.util.Map;

/**
 * A step of an SOP that is a user task, as a process test drives it: where to find it, who works it, its mutu baku
 * and what its form submits on the main path. Each SOP test lists its steps as an enum implementing this, in the order
 * of the main path, so {@link SopProcess#startAndCompleteUpTo} can carry a case to any step.
 */
public interface SopStep {

  /** The user task's id. */
  String taskKey();

  /** The candidate group of the task (its lane's role). */
  String group();

  /** The mutu baku as ISO duration (due date and timer), or {@code null} where the SOP gives no time. */
  String mutuBaku();

  /** The Camunda Form of the task. */
  String formId();

  /** The id of the step's mutu baku timer, or {@code null} without mutu baku. */
  String timerId();

  /** The escalation task the timer leads to, or {@code null} without mutu baku. */
  String escalationKey();

  /** The group of the escalation task (the supervisor), or {@code null} without mutu baku. */
  String supervisorGroup();

  /** What the step's form submits on the main path. */
  Map<String, Object> formValues();
}
