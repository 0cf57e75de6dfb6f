package id.go.dinsos.sop.sla.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How one office kept its service standards (mutu baku) in a period: per SOP and per step. The
 * figures of the SLA report page, its CSV and PDF, and the performance annex of the LAPKIN.
 *
 * @param tenantId the office
 * @param zone the office's time zone, in which the period's days are meant
 * @param from first day of the period
 * @param to last day of the period (included)
 * @param generatedAt when the figures were taken
 * @param openLateAt the moment at which open tasks are counted as late: the end of the period, or
 *     {@code generatedAt} while the period is not over
 * @param sops the SOPs with at least one step with a finished or open late task, by name
 */
public record SlaReport(
    String tenantId,
    String officeName,
    ZoneId zone,
    LocalDate from,
    LocalDate to,
    Instant generatedAt,
    Instant openLateAt,
    List<Sop> sops) {

  public SlaReport {
    sops = List.copyOf(sops);
  }

  public boolean isEmpty() {
    return sops.isEmpty();
  }

  /** All steps of all SOPs, in report order. */
  public List<Step> steps() {
    return sops.stream().flatMap(sop -> sop.steps().stream()).toList();
  }

  /**
   * One SOP (process definition key) of the office.
   *
   * @param name the name of its latest version
   * @param steps its steps in diagram order
   */
  public record Sop(String processDefinitionKey, String name, List<Step> steps) {

    public Sop {
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step (user task with a due date) of an SOP.
   *
   * @param processDefinitionKey the SOP
   * @param stepId the user task's id in the diagram
   * @param name the step's name in the diagram
   * @param standard the mutu baku as the diagram's timer on the step says (an ISO-8601 duration such
   *     as {@code PT15M}), else the task's due date setting; null if neither is found
   * @param cases tasks of this step finished (completed) in the period
   * @param withinStandard of those, the ones finished at or before their due date
   * @param medianWorkingMinutes median office working time from task creation to completion, in
   *     minutes (mean of the two middle values for an even number of cases); null without cases
   * @param p90WorkingMinutes 90th percentile of the same (nearest rank: the smallest duration that
   *     at least 90% of the cases did not exceed); null without cases
   * @param openLate tasks of this step open and past their due date at {@link SlaReport#openLateAt()}
   */
  public record Step(
      String processDefinitionKey,
      String stepId,
      String name,
      String standard,
      int cases,
      int withinStandard,
      Double medianWorkingMinutes,
      Long p90WorkingMinutes,
      int openLate) {

    /** Finished tasks past their due date. */
    public int late() {
      return cases - withinStandard;
    }

    /** Share (0 to 1) of the finished tasks that kept the mutu baku; null without cases. */
    public Double shareWithinStandard() {
      return cases == 0 ? null : (double) withinStandard / cases;
    }
  }
}
