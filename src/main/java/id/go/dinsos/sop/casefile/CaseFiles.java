package id.go.dinsos.sop.casefile;

import id.go.dinsos.sop.document.ArchivedDocument;
import id.go.dinsos.sop.document.DocumentArchive;
import id.go.dinsos.sop.sla.SlaBreach;
import id.go.dinsos.sop.sla.SlaBreachRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * What a case file shows, read with the application's rights (callers check the office first): the case's
 * steps from history with who, when and whether within the mutu baku (the task's due date and the
 * {@code sla_breach} records), the documents issued, the uploads, the consents and the current tasks.
 */
@Service
public class CaseFiles {

  private final HistoryService history;
  private final RepositoryService repository;
  private final DocumentArchive documents;
  private final SlaBreachRepository breaches;
  private final CaseUploads uploads;
  private final ReferralConsent consents;

  public CaseFiles(HistoryService history, RepositoryService repository, DocumentArchive documents,
      SlaBreachRepository breaches, CaseUploads uploads, ReferralConsent consents) {
    this.history = history;
    this.repository = repository;
    this.documents = documents;
    this.breaches = breaches;
    this.uploads = uploads;
    this.consents = consents;
  }

  public Optional<HistoricProcessInstance> findCase(String processInstanceId) {
    return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult());
  }

  /** The cases of those offices whose register number contains {@code query}. */
  public List<HistoricProcessInstance> searchByRegisterNumber(Collection<String> tenantIds, String query) {
    if (tenantIds.isEmpty() || query == null || query.isBlank()) {
      return List.of();
    }
    return history.createHistoricProcessInstanceQuery().tenantIdIn(tenantIds.toArray(String[]::new))
        .processInstanceBusinessKeyLike("%" + query.strip() + "%").orderByProcessInstanceStartTime().desc()
        .listPage(0, 50);
  }

  public List<HistoricProcessInstance> cases(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds))
        .orderByProcessInstanceStartTime().desc().list();
  }

  public CaseFile caseFile(HistoricProcessInstance kasus) {
    String caseId = kasus.getId();
    List<SlaBreach> caseBreaches = breaches.findByProcessInstance(caseId);
    Map<String, SlaBreach> breachByTask = caseBreaches.stream().filter(b -> b.lateTaskId() != null)
        .collect(Collectors.toMap(SlaBreach::lateTaskId, Function.identity(), (a, b) -> a));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Step> steps = history.createHistoricTaskInstanceQuery().processInstanceId(caseId)
        .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricTaskInstanceEndTime().asc().list().stream()
        .map(task -> step(task, breachByTask.get(task.getId()), now)).toList();
    // the whole-service standard is recorded without a late task
    boolean serviceLate = caseBreaches.stream().anyMatch(b -> b.lateTaskId() == null);
    return new CaseFile(kasus, processName(kasus), steps, steps.stream().filter(step -> step.end() == null).toList(),
        documents.findByProcessInstance(caseId), uploads.ofCase(caseId), consents.ofCase(caseId), serviceLate);
  }

  public String processName(HistoricProcessInstance kasus) {
    String name = repository.getProcessDefinition(kasus.getProcessDefinitionId()).getName();
    return name != null ? name : kasus.getProcessDefinitionKey();
  }

  private static Step step(HistoricTaskInstance task, SlaBreach breach, Instant now) {
    Instant start = instant(task.getStartTime());
    Instant end = instant(task.getEndTime());
    Instant due = instant(task.getDueDate());
    Timeliness timeliness;
    if (breach != null || (due != null && (end != null ? end.isAfter(due) : now.isAfter(due)))) {
      timeliness = Timeliness.TERLAMBAT;
    } else if (due == null) {
      timeliness = Timeliness.TANPA_MUTU_BAKU;
    } else {
      timeliness = end == null ? Timeliness.BERJALAN : Timeliness.TEPAT_WAKTU;
    }
    return new Step(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), start, end, due,
        timeliness);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Whether a step kept its mutu baku. */
  public enum Timeliness {
    TEPAT_WAKTU("Sesuai mutu baku"),
    TERLAMBAT("Melewati mutu baku"),
    BERJALAN("Berjalan, belum melewati mutu baku"),
    TANPA_MUTU_BAKU("Tanpa mutu baku");

    private final String label;

    Timeliness(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One step of the timeline; {@code end} is null while it is open (a current task). */
  public record Step(String taskId, String stepId, String name, String assignee, Instant start, Instant end,
      Instant due, Timeliness timeliness) {}

  /** Everything a case's file page shows, except its people (whose NIK depends on the reader). */
  public record CaseFile(HistoricProcessInstance kasus, String processName, List<Step> timeline,
      List<Step> currentTasks, List<ArchivedDocument> documents, List<CaseUploads.Upload> uploads,
      List<ReferralConsent.Consent> consents, boolean serviceLate) {}
}
