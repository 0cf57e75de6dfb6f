package id.go.dinsos.sop.sla;

import java.time.Instant;

/**
 * One step (or the whole service) that passed its mutu baku.
 *
 * @param breachKey the late task's id, or {@code <process instance id>:layanan} for the whole service
 * @param stepId the activity id of the late step, or the process id for the whole service
 * @param standardDuration the mutu baku as written in the diagram's timer, e.g. {@code PT15M}
 * @param dueAt when the step was due (null when the late task had no due date; for the whole service
 *     filled in when the case ends)
 * @param startedAt when the step's task was created or the whole service's clock started; set with
 *     {@code completedAt}
 * @param completedAt when the late step was finished after all (the case ended, for the whole
 *     service); null while it is open
 * @param durationWorkingMinutes office working minutes from {@code startedAt} to {@code completedAt}
 * @param lateWorkingMinutes office working minutes from {@code dueAt} to {@code completedAt}
 */
public record SlaBreach(
    String breachKey,
    String tenantId,
    String processDefinitionKey,
    String processInstanceId,
    String businessKey,
    String stepId,
    String stepName,
    String lateTaskId,
    String assignee,
    String standardDuration,
    Instant dueAt,
    Instant breachedAt,
    String escalationTaskId,
    String supervisorGroups,
    Instant startedAt,
    Instant completedAt,
    Long durationWorkingMinutes,
    Long lateWorkingMinutes) {

  /** A breach as recorded when the timer fires: not finished yet. */
  public SlaBreach(String breachKey, String tenantId, String processDefinitionKey, String processInstanceId,
      String businessKey, String stepId, String stepName, String lateTaskId, String assignee,
      String standardDuration, Instant dueAt, Instant breachedAt, String escalationTaskId,
      String supervisorGroups) {
    this(breachKey, tenantId, processDefinitionKey, processInstanceId, businessKey, stepId, stepName, lateTaskId,
        assignee, standardDuration, dueAt, breachedAt, escalationTaskId, supervisorGroups, null, null, null, null);
  }

  public boolean isCompleted() {
    return completedAt != null;
  }
}
