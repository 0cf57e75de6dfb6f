package id.go.dinsos.sop.sla.report;

import id.go.dinsos.sop.calendar.OfficeWorkingTime;
import id.go.dinsos.sop.calendar.WorkingTimeCalculator;
import id.go.dinsos.sop.identity.Office;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * The figures of the SLA report, from the engine's history: every user task with a due date is a
 * step with a mutu baku (the due date is the mutu baku counted in office working time, see
 * docs/working-time.md). Nothing is stored for the report; it reads the history each time.
 */
@Service
public class SlaReportService {

  /** Longest period of one report: two years, enough for an annual LAPKIN. */
  public static final long MAX_PERIOD_DAYS = 731;

  private static final String COMPLETED = "completed";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final OfficeWorkingTime workingTime;

  public SlaReportService(HistoryService historyService, RepositoryService repositoryService,
      OfficeWorkingTime workingTime) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.workingTime = workingTime;
  }

  /** The current month in the office's time zone, by the engine's clock: first and last day. */
  public static List<LocalDate> currentMonth(String tenantId) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), OfficeWorkingTime.zone(tenantId));
    return List.of(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
  }

  /**
   * @param tenantId the office
   * @param from first day of the period, in the office's time zone
   * @param to last day of the period, included
   * @throws InvalidReportRequest when {@code from} is after {@code to} or the period is longer than
   *     {@link #MAX_PERIOD_DAYS}
   */
  public SlaReport report(String tenantId, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new InvalidReportRequest("Tanggal awal " + from + " sesudah tanggal akhir " + to);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
      throw new InvalidReportRequest("Periode paling lama " + MAX_PERIOD_DAYS + " hari");
    }
    ZoneId zone = OfficeWorkingTime.zone(tenantId);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant openLateAt = now.isBefore(end) ? now : end;
    WorkingTimeCalculator calculator = workingTime.calculator(tenantId);

    Map<StepKey, Figures> figures = new HashMap<>();
    for (HistoricTaskInstance task : finishedIn(tenantId, start, end)) {
      figures.computeIfAbsent(StepKey.of(task), key -> new Figures()).finished(task, calculator);
    }
    for (HistoricTaskInstance task : openAndLateAt(tenantId, openLateAt, now)) {
      figures.computeIfAbsent(StepKey.of(task), key -> new Figures()).openLate(task);
    }

    Map<String, List<StepKey>> stepsPerSop = new HashMap<>();
    figures.keySet().forEach(key -> stepsPerSop.computeIfAbsent(key.processDefinitionKey(), k -> new ArrayList<>()).add(key));
    Collator byName = Collator.getInstance(INDONESIAN);
    List<SlaReport.Sop> sops = stepsPerSop.entrySet().stream()
        .map(sop -> sop(tenantId, sop.getKey(), sop.getValue(), figures))
        .sorted(Comparator.comparing(SlaReport.Sop::name, byName).thenComparing(SlaReport.Sop::processDefinitionKey))
        .toList();
    String officeName = Office.byTenantId(tenantId).map(Office::officeName).orElse(tenantId);
    return new SlaReport(tenantId, officeName, zone, from, to, now, openLateAt, sops);
  }

  /** Completed tasks with a due date that ended in {@code [start, end)}. */
  private List<HistoricTaskInstance> finishedIn(String tenantId, Instant start, Instant end) {
    return historyService.createHistoricTaskInstanceQuery().tenantIdIn(tenantId)
        .finished().finishedAfter(Date.from(start)).finishedBefore(Date.from(end))
        .list().stream()
        .filter(task -> task.getProcessDefinitionKey() != null && task.getDueDate() != null)
        .filter(task -> COMPLETED.equals(task.getDeleteReason()) && task.getEndTime().toInstant().isBefore(end))
        .toList();
  }

  /** Tasks created before {@code at}, due before it and still open at that moment. */
  private List<HistoricTaskInstance> openAndLateAt(String tenantId, Instant at, Instant now) {
    Stream<HistoricTaskInstance> open = historyService.createHistoricTaskInstanceQuery().tenantIdIn(tenantId)
        .unfinished().taskDueBefore(Date.from(at)).list().stream();
    if (at.isBefore(now)) {
      // a past period: tasks that were still open when it ended count too
      open = Stream.concat(open, historyService.createHistoricTaskInstanceQuery().tenantIdIn(tenantId)
          .finished().finishedAfter(Date.from(at)).taskDueBefore(Date.from(at)).list().stream()
          .filter(task -> task.getEndTime().toInstant().isAfter(at)));
    }
    return open
        .filter(task -> task.getProcessDefinitionKey() != null && task.getStartTime().toInstant().isBefore(at))
        .toList();
  }

  private SlaReport.Sop sop(String tenantId, String processDefinitionKey, List<StepKey> keys,
      Map<StepKey, Figures> figures) {
    Optional<ProcessDefinition> latest = Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processDefinitionKey).tenantIdIn(tenantId).latestVersion().singleResult());
    Optional<BpmnModelInstance> latestModel = latest.flatMap(definition -> model(definition.getId()));
    List<SlaReport.Step> steps = new ArrayList<>();
    Map<SlaReport.Step, Integer> order = new HashMap<>();
    for (StepKey key : keys) {
      Figures step = figures.get(key);
      Optional<UserTask> element = latestModel.flatMap(model -> userTask(model, key.stepId()));
      if (element.isEmpty()) {
        // a step no longer in the latest version: as the version of its most recent task had it
        element = model(step.lastProcessDefinitionId).flatMap(model -> userTask(model, key.stepId()));
      }
      String name = element.map(UserTask::getName).filter(n -> !n.isBlank()).orElse(step.lastTaskName);
      String standard = element.flatMap(SlaReportService::standard).orElse(null);
      SlaReport.Step figuresOfStep = step.toStep(key, name == null ? key.stepId() : name, standard);
      steps.add(figuresOfStep);
      order.put(figuresOfStep, element.flatMap(task -> latestModel.map(model -> position(model, task)))
          .orElse(Integer.MAX_VALUE));
    }
    Collator byName = Collator.getInstance(INDONESIAN);
    steps.sort(Comparator.<SlaReport.Step>comparingInt(order::get)
        .thenComparing(SlaReport.Step::name, byName).thenComparing(SlaReport.Step::stepId));
    String name = latest.map(ProcessDefinition::getName).filter(n -> !n.isBlank()).orElse(processDefinitionKey);
    return new SlaReport.Sop(processDefinitionKey, name, steps);
  }

  private Optional<BpmnModelInstance> model(String processDefinitionId) {
    if (processDefinitionId == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(repositoryService.getBpmnModelInstance(processDefinitionId));
    } catch (ProcessEngineException deleted) {
      return Optional.empty();
    }
  }

  private static Optional<UserTask> userTask(BpmnModelInstance model, String stepId) {
    return model.getModelElementById(stepId) instanceof UserTask task ? Optional.of(task) : Optional.empty();
  }

  /** Position of the step among the diagram's user tasks, so steps appear in the order of the SOP. */
  private static int position(BpmnModelInstance model, UserTask task) {
    return new ArrayList<>(model.getModelElementsByType(UserTask.class)).indexOf(task);
  }

  /**
   * The step's mutu baku: the duration of a timer on its boundary (the escalation timer), else the
   * task's due date setting.
   */
  static Optional<String> standard(UserTask task) {
    Collection<BoundaryEvent> boundaries = task.getModelInstance().getModelElementsByType(BoundaryEvent.class);
    Optional<String> timer = boundaries.stream()
        .filter(boundary -> boundary.getAttachedTo() != null && task.getId().equals(boundary.getAttachedTo().getId()))
        .flatMap(boundary -> boundary.getEventDefinitions().stream())
        .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
        .map(SlaReportService::timerText).flatMap(Optional::stream)
        .findFirst();
    if (timer.isPresent()) {
      return timer;
    }
    return Optional.ofNullable(task.getCamundaDueDate()).map(String::strip).filter(due -> !due.isEmpty());
  }

  private static Optional<String> timerText(TimerEventDefinition timer) {
    return Stream.of(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())
        .filter(expression -> expression != null && expression.getTextContent() != null)
        .map(expression -> expression.getTextContent().strip()).filter(text -> !text.isEmpty())
        .findFirst();
  }

  /** Median of sorted values: the middle one, or the mean of the two middle ones. */
  static Double median(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue() : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  /** Nearest-rank percentile of sorted values: the value at rank ceil(p/100 × n). */
  static Long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private record StepKey(String processDefinitionKey, String stepId) {

    static StepKey of(HistoricTaskInstance task) {
      return new StepKey(task.getProcessDefinitionKey(), task.getTaskDefinitionKey());
    }
  }

  /** What is counted for one step while the history is read. */
  private static final class Figures {

    private final List<Long> workingMinutes = new ArrayList<>();
    private int withinStandard;
    private int openLate;
    private Instant lastStart;
    private String lastProcessDefinitionId;
    private String lastTaskName;

    void finished(HistoricTaskInstance task, WorkingTimeCalculator calculator) {
      Instant end = task.getEndTime().toInstant();
      workingMinutes.add(calculator.workingMinutesBetween(task.getStartTime().toInstant(), end));
      if (!end.isAfter(task.getDueDate().toInstant())) {
        withinStandard++;
      }
      remember(task);
    }

    void openLate(HistoricTaskInstance task) {
      openLate++;
      remember(task);
    }

    private void remember(HistoricTaskInstance task) {
      Instant start = task.getStartTime().toInstant();
      if (lastStart == null || start.isAfter(lastStart)) {
        lastStart = start;
        lastProcessDefinitionId = task.getProcessDefinitionId();
        lastTaskName = task.getName();
      }
    }

    SlaReport.Step toStep(StepKey key, String name, String standard) {
      List<Long> sorted = workingMinutes.stream().sorted().toList();
      return new SlaReport.Step(key.processDefinitionKey(), key.stepId(), name, standard, sorted.size(),
          withinStandard, median(sorted), percentile(sorted, 90), openLate);
    }
  }

  /** A report that cannot be made as asked (the period); the message says why, in Indonesian. */
  public static class InvalidReportRequest extends IllegalArgumentException {

    public InvalidReportRequest(String message) {
      super(message);
    }
  }
}
