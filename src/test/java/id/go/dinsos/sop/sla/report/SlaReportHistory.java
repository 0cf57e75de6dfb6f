package id.go.dinsos.sop.sla.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A history to report on, made by running a tiny SOP with the engine clock moved (WIB, standard
 * hours, no holidays in September 2026), under a key of its own so that other tests' cases and
 * earlier runs on PostgreSQL do not count.
 *
 * <p>The SOP: "Periksa berkas" (due PT1H, escalation timer PT1H), "Putuskan permohonan" (due P1D,
 * no timer), "Arsipkan berkas" (no due date: not a step with a mutu baku). The figures expected
 * for Magetan, September 2026 (hand-worked in working minutes):
 *
 * <pre>
 * Periksa berkas:      30, 45, 60 in time; 90 (Mon 15:30 - Tue 08:30), 120, 570 (Tue 09:00 - Wed 10:00) late
 *                      6 cases, 3 within = 50%, median (60+90)/2 = 75, p90 = 570 (rank 6 of 6)
 *                      open late on 30 Sep 24:00: case 8 (due 30 Sep 16:00, finished 1 Oct), case 9 (never)
 * Putuskan permohonan: 360, 510 (exactly at due) in time; 840 late
 *                      3 cases, 2 within = 66.7%, median 510, p90 840
 *                      open late: cases 4, 5, 6 and case 7 (created 31 Aug, due 1 Sep)
 * </pre>
 *
 * Lamandau gets the same SOP with one case in time and one open late.
 */
final class SlaReportHistory {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  final String key = "uji-sla-" + UUID.randomUUID().toString().substring(0, 8);
  final String magetanName = "Uji laporan SLA Magetan " + key;
  final String lamandauName = "Uji laporan SLA Lamandau " + key;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final List<String> deployments = new ArrayList<>();

  SlaReportHistory(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  SlaReportHistory seed() {
    deploy("magetan", magetanName);
    deploy("lamandau", lamandauName);

    String c1 = start("magetan", "2026-09-07T08:00"); // Monday
    complete(c1, "periksa", "2026-09-07T08:30");
    complete(c1, "putuskan", "2026-09-07T14:30");
    String c2 = start("magetan", "2026-09-07T09:00");
    complete(c2, "periksa", "2026-09-07T09:45");
    complete(c2, "putuskan", "2026-09-08T09:45");
    String c3 = start("magetan", "2026-09-07T10:00");
    complete(c3, "periksa", "2026-09-07T11:00");
    complete(c3, "putuskan", "2026-09-09T08:00");
    String c4 = start("magetan", "2026-09-07T15:30");
    complete(c4, "periksa", "2026-09-08T08:30");
    String c5 = start("magetan", "2026-09-08T10:00");
    complete(c5, "periksa", "2026-09-08T12:00");
    String c6 = start("magetan", "2026-09-08T09:00");
    complete(c6, "periksa", "2026-09-09T10:00");
    String c7 = start("magetan", "2026-08-31T10:00"); // finished in August
    complete(c7, "periksa", "2026-08-31T10:20");
    String c8 = start("magetan", "2026-09-30T15:00"); // finished in October, late at the end of September
    complete(c8, "periksa", "2026-10-01T09:00");
    start("magetan", "2026-09-10T10:00"); // c9: never finished
    start("magetan", "2026-09-30T15:30"); // c10: open, due 1 October 08:00

    String l1 = start("lamandau", "2026-09-07T08:00");
    complete(l1, "periksa", "2026-09-07T08:10");
    start("lamandau", "2026-09-07T08:00");
    ClockUtil.reset();
    return this;
  }

  void cleanUp() {
    ClockUtil.reset();
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  private void deploy(String tenantId, String name) {
    BpmnModelInstance sop = Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("periksa").name("Periksa berkas").camundaCandidateGroups("peksos").camundaDueDate("PT1H")
        .boundaryEvent("periksaTerlambat").cancelActivity(false).timerWithDuration("PT1H").endEvent()
        .moveToActivity("periksa")
        .userTask("putuskan").name("Putuskan permohonan").camundaCandidateGroups("kasi").camundaDueDate("P1D")
        .userTask("arsipkan").name("Arsipkan berkas").camundaCandidateGroups("staf")
        .endEvent()
        .done();
    deployments.add(repositoryService.createDeployment().tenantId(tenantId)
        .addModelInstance(key + ".bpmn", sop).deploy().getId());
  }

  private String start(String tenantId, String at) {
    ClockUtil.setCurrentTime(at(at));
    return runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId(tenantId).execute().getId();
  }

  private void complete(String caseId, String step, String at) {
    ClockUtil.setCurrentTime(at(at));
    taskService.complete(taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(step)
        .singleResult().getId());
  }

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(WIB).toInstant());
  }
}
