package id.go.dinsos.bench;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The two tiny diagrams the benchmark deploys to make open tasks and SLA timers in bulk through the engine API: one
 * start of {@link #BATCH} makes {@code jumlah} cases of {@link #CASE}, each a single step offered to a role, with its
 * due date, a non-interrupting SLA timer and the supervisor's escalation task (with our SLA listener), like an SOP step.
 */
final class BenchModels {

  static final String BATCH = "bench-kumpulan-kasus";
  static final String CASE = "bench-kasus";
  static final String SLA = "PT1H";

  private BenchModels() {
  }

  static BpmnModelInstance batch() {
    return Bpmn.createExecutableProcess(BATCH).camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity("kasus").calledElement(CASE)
          .camundaIn("loopCounter", "nomor").camundaIn("lewat", "lewat").camundaIn("nanti", "nanti")
          .camundaIn("pemegang", "pemegang")
          .multiInstance().parallel().cardinality("${jumlah}").multiInstanceDone()
        .endEvent()
        .done();
  }

  static BpmnModelInstance singleStepCase() {
    return Bpmn.createExecutableProcess(CASE).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("langkah").name("Langkah uji beban")
          .camundaCandidateGroups("${nomor % 4 == 0 ? 'peksos' : (nomor % 4 == 1 ? 'kasi' : (nomor % 4 == 2 ? 'kabid' : 'staf'))}")
          .camundaAssignee("${nomor % 50 == 0 ? pemegang : null}")
          .camundaDueDate("${nomor % 3 == 0 ? lewat : nanti}")
        .boundaryEvent("slaLangkah").cancelActivity(false).timerWithDuration(SLA)
        .userTask("tindakLanjut").name("Tindak lanjut keterlambatan").camundaCandidateGroups("kabid")
          .camundaTaskListenerDelegateExpression("create", "${slaBreachRecorder}")
        .endEvent()
        .moveToActivity("langkah").endEvent()
        .done();
  }
}
