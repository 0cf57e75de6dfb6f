package id.go.dinsos.sop.process.lapkin;

import static id.go.dinsos.sop.document.DocumentKind.LAPKIN;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_PENGANTAR;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.*;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.dinsos.sop.process.lapkin.LapkinUnitFormat.UnitFormat;
import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.RecordingDocumentGenerator.Issued;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcess.Breach;
import id.go.dinsos.sop.support.SopProcessContract;
import id.go.dinsos.sop.support.StepTimers.StepTimer;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SOP H (Tanah Laut, penyusunan LAPKIN) on an in-memory engine with the annex and the documents
 * stood in for: one performance format per unit filled in parallel and kept by unit, the annex from the SLA report,
 * the LAPKIN approved by the Sekretaris at once or sent back for revision with the note kept, and each step's mutu
 * baku timer (langkah 4's on the whole step, all units). The coverage extension fails the class below 100%.
 */
@Deployment(resources = {
    TanahLautLapkinProcessTest.BPMN,
    "processes/tanah-laut/tanah-laut-lapkin-pengajuan.form",
    "processes/tanah-laut/tanah-laut-lapkin-perintah.form",
    "processes/tanah-laut/tanah-laut-lapkin-format.form",
    "processes/tanah-laut/tanah-laut-lapkin-penyampaian-format.form",
    "processes/tanah-laut/tanah-laut-lapkin-format-unit.form",
    "processes/tanah-laut/tanah-laut-lapkin-analisis.form",
    "processes/tanah-laut/tanah-laut-lapkin-dokumen.form",
    "processes/tanah-laut/tanah-laut-lapkin-koreksi.form",
    "processes/tanah-laut/tanah-laut-lapkin-penyampaian-kadis.form",
    "processes/tanah-laut/tanah-laut-lapkin-penandatanganan.form",
    "processes/tanah-laut/tanah-laut-lapkin-surat-pengantar.form",
    "processes/tanah-laut/tanah-laut-lapkin-pengiriman.form",
    "processes/common/sla-tindak-lanjut.form"})
class TanahLautLapkinProcessTest extends SopProcessContract<TanahLautLapkinProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/tanah-laut/tanah-laut-lapkin.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String KADIS = "kadis";
  private static final String SEKRETARIS = "sekretaris";
  private static final String KASUBBAG = "kasubbag";
  private static final String STAF = "staf";
  private static final String KABID = "kabid";
  private static final String SEKRETARIAT = "Sekretariat";
  private static final String REHLINJAMSOS = "Bidang Rehabilitasi dan Perlindungan Jaminan Sosial";
  private static final String DAYASOS = "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin";
  private static final String ANNEX = "Pemberian Bantuan Sosial kepada Orang Terlantar | 42 | 40 | 2";
  private static final String CAPAIAN_KANTOR =
      "Meningkatnya pelayanan rehabilitasi sosial | Persentase PPKS yang tertangani | 85% | 88% | 103,5%";
  /** Monday 5 January 2026, 08:00 WITA. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

  /** The SOP steps that are user tasks, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    PERINTAH_PENYUSUNAN(timed(TASK_PERINTAH_PENYUSUNAN, KADIS, "PT10M", TIMER_MUTU_BAKU_PERINTAH_PENYUSUNAN,
        TASK_TINDAK_LANJUT_PERINTAH_PENYUSUNAN, KADIS, FORM + "perintah",
        () -> Map.of(DISPOSISI_KADIS, "Susun LAPKIN 2025 bersama seluruh bidang dan sekretariat."))),
    PEMBUATAN_FORMAT(timed(TASK_PEMBUATAN_FORMAT, KASUBBAG, "PT2H", TIMER_MUTU_BAKU_PEMBUATAN_FORMAT,
        TASK_TINDAK_LANJUT_PEMBUATAN_FORMAT, SEKRETARIS, FORM + "format",
        () -> Map.of(FORMAT_PENGUMPULAN_DATA, "Sasaran, indikator, target, realisasi dan capaian 2025 tiap unit.",
            BATAS_PENGUMPULAN_FORMAT, "2026-01-16"))),
    PENYAMPAIAN_FORMAT(timed(TASK_PENYAMPAIAN_FORMAT, STAF, "PT1H", TIMER_MUTU_BAKU_PENYAMPAIAN_FORMAT,
        TASK_TINDAK_LANJUT_PENYAMPAIAN_FORMAT, KASUBBAG, FORM + "penyampaian-format",
        () -> Map.of(TANGGAL_PENYAMPAIAN_FORMAT, "2026-01-05", CATATAN_PENYAMPAIAN_FORMAT, ""))),
    /** One task per unit: driven by {@link #completeUnitFormats}, not by {@link SopProcess#completeStep}. */
    PENGHIMPUNAN_DATA_UNIT(timed(TASK_PENGHIMPUNAN_DATA_UNIT, KABID, "PT3H", TIMER_MUTU_BAKU_PENGHIMPUNAN_DATA_UNIT,
        TASK_TINDAK_LANJUT_PENGHIMPUNAN_DATA_UNIT, KADIS, FORM + "format-unit", Map::of)),
    ANALISIS_DATA(timed(TASK_ANALISIS_DATA, KASUBBAG, "P4D", TIMER_MUTU_BAKU_ANALISIS_DATA,
        TASK_TINDAK_LANJUT_ANALISIS_DATA, SEKRETARIS, FORM + "analisis", TanahLautLapkinProcessTest::lapkin)),
    PEMBUATAN_DOKUMEN(timed(TASK_PEMBUATAN_DOKUMEN, KASUBBAG, "P2D", TIMER_MUTU_BAKU_PEMBUATAN_DOKUMEN,
        TASK_TINDAK_LANJUT_PEMBUATAN_DOKUMEN, SEKRETARIS, FORM + "dokumen",
        TanahLautLapkinProcessTest::lapkin)),
    KOREKSI_SEKRETARIS(timed(TASK_KOREKSI_SEKRETARIS, SEKRETARIS, "P1D", TIMER_MUTU_BAKU_KOREKSI_SEKRETARIS,
        TASK_TINDAK_LANJUT_KOREKSI_SEKRETARIS, KADIS, FORM + "koreksi",
        () -> Map.of(HASIL_KOREKSI_SEKRETARIS, DISETUJUI, CATATAN_KOREKSI_SEKRETARIS, "Sesuai, lanjutkan."))),
    PENYAMPAIAN_KADIS(timed(TASK_PENYAMPAIAN_KADIS, SEKRETARIS, "PT1H", TIMER_MUTU_BAKU_PENYAMPAIAN_KADIS,
        TASK_TINDAK_LANJUT_PENYAMPAIAN_KADIS, KADIS, FORM + "penyampaian-kadis",
        () -> Map.of(TANGGAL_PENYAMPAIAN_KADIS, "2026-01-20"))),
    PENANDATANGANAN_KADIS(timed(TASK_PENANDATANGANAN_KADIS, KADIS, "PT10M", TIMER_MUTU_BAKU_PENANDATANGANAN_KADIS,
        TASK_TINDAK_LANJUT_PENANDATANGANAN_KADIS, KADIS, FORM + "penandatanganan",
        () -> Map.of(DISPOSISI_PERSETUJUAN_KADIS, "Disetujui, kirim kepada Bupati."))),
    PEMBUATAN_SURAT_PENGANTAR(timed(TASK_PEMBUATAN_SURAT_PENGANTAR, KASUBBAG, "PT15M",
        TIMER_MUTU_BAKU_PEMBUATAN_SURAT_PENGANTAR,
        TASK_TINDAK_LANJUT_PEMBUATAN_SURAT_PENGANTAR, SEKRETARIS, FORM + "surat-pengantar",
        () -> Map.of(TUJUAN_SURAT, "Bupati Tanah Laut", ALAMAT_TUJUAN, "Pelaihari", JUMLAH_EKSEMPLAR, "3"))),
    PENGIRIMAN_ARSIP(timed(TASK_PENGIRIMAN_ARSIP, STAF, "PT1H", TIMER_MUTU_BAKU_PENGIRIMAN_ARSIP,
        TASK_TINDAK_LANJUT_PENGIRIMAN_ARSIP, KASUBBAG, FORM + "pengiriman",
        () -> Map.of(TANGGAL_PENGIRIMAN, "2026-01-21", LOKASI_ARSIP, "Lemari arsip Subbag Perencanaan")));

    private final Definition definition;
    Step(Definition definition) { this.definition = definition; }
    @Override public Definition definition() { return definition; }
  }

  private final LapkinUnitKerja unitKerja = mock(LapkinUnitKerja.class);
  private final JavaDelegate performanceAnnex = mock(JavaDelegate.class);
  private List<String> units = List.of(SEKRETARIAT, REHLINJAMSOS);

  @Override
  protected SopProcess openSop() {
    return SopProcess.on(extension, NOW, null);
  }

  @BeforeEach
  void setUp() throws Exception {
    when(unitKerja.of(any())).thenAnswer(invocation -> units);
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable(LAYANAN, ANNEX);
      return null;
    }).when(performanceAnnex).execute(any());
    Mocks.register("lapkinUnitKerja", unitKerja);
    Mocks.register("lapkinUnitFormat", new LapkinUnitFormat());
    Mocks.register("lapkinPerformanceAnnex", performanceAnnex);
  }

  // ------------------------------------------------------------------ paths

  @Test
  void eachUnitFillsItsFormatInParallelAndTheApprovedLapkinIsSignedSentAndArchived() throws Exception {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENGHIMPUNAN_DATA_UNIT);
    List<Task> unitTasks = unitTasks(kasus);
    assertThat(unitTasks).extracting(Task::getName).as("one task per unit, named after it").containsExactlyInAnyOrder(
        "Menghimpun data dan informasi kinerja unit kerja: " + SEKRETARIAT,
        "Menghimpun data dan informasi kinerja unit kerja: " + REHLINJAMSOS);
    assertThat(unitTasks).extracting(Task::getExecutionId).doesNotHaveDuplicates();
    assertThat(unitTasks).extracting(Task::getDescription).as("the step's documentation, read as a task description")
        .allSatisfy(description -> assertThat(description).startsWith("Langkah 4 SOP").contains("lapkinUnitFormat)"));

    completeUnitFormats(kasus, true);

    assertThat(kasus).hasPassed(TASK_HIMPUN_LAMPIRAN_LAYANAN).isWaitingAt(TASK_ANALISIS_DATA);
    Map<String, UnitFormat> formats = keptFormats(kasus);
    assertThat(formats).as("kept by unit").containsOnlyKeys(SEKRETARIAT, REHLINJAMSOS);
    assertThat(formats.get(REHLINJAMSOS).capaianKinerja()).isEqualTo(capaianUnit(REHLINJAMSOS));
    assertThat(formats.get(SEKRETARIAT).kendala()).isEqualTo("Data SAKIP terlambat dari " + SEKRETARIAT);
    assertThat(variable(kasus, CAPAIAN_KINERJA)).as("joined in the configured order, whatever order units finished")
        .isEqualTo(capaianUnit(SEKRETARIAT) + "\n" + capaianUnit(REHLINJAMSOS));
    assertThat(variable(kasus, KENDALA)).isEqualTo(SEKRETARIAT + ": Data SAKIP terlambat dari " + SEKRETARIAT
        + "\n" + REHLINJAMSOS + ": Data SAKIP terlambat dari " + REHLINJAMSOS);
    assertThat(variable(kasus, LAYANAN)).as("annex from the SLA report").isEqualTo(ANNEX);
    assertThat(sop.runtimeService().getVariable(kasus.getId(), CAPAIAN_KINERJA_UNIT))
        .as("a unit's own rows stay in its instance").isNull();

    for (Step step : Step.values()) {
      if (step.ordinal() > Step.PENGHIMPUNAN_DATA_UNIT.ordinal()) {
        sop.completeStep(kasus, step);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_LAPKIN_TERKIRIM, GATEWAY_HASIL_KOREKSI)
        .hasPassed(TASK_BUAT_DRAFT_LAPKIN, TASK_BUAT_DOKUMEN_LAPKIN, TASK_BUAT_SURAT_PENGANTAR);
    assertThat(sop.passes(kasus, TASK_PEMBUATAN_DOKUMEN)).isOne();
    assertThat(sop.documentsIssued(kasus)).containsExactly(LAPKIN, LAPKIN, SURAT_PENGANTAR);
    assertThat(sop.documentGenerator().issued()).extracting(Issued::stem)
        .containsExactly(DOKUMEN_DRAFT_LAPKIN, DOKUMEN_LAPKIN, SURAT_PENGANTAR.resultVariable());
    verify(performanceAnnex).execute(any());
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void everyConfiguredUnitGetsItsOwnTask() {
    units = List.of(SEKRETARIAT, REHLINJAMSOS, DAYASOS);
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENGHIMPUNAN_DATA_UNIT);
    assertThat(unitTasks(kasus)).hasSize(3);

    completeUnitFormats(kasus, true);

    assertThat(kasus).isWaitingAt(TASK_ANALISIS_DATA);
    assertThat(sop.passes(kasus, TASK_PENGHIMPUNAN_DATA_UNIT)).as("three instances").isEqualTo(3);
    assertThat(variable(kasus, CAPAIAN_KINERJA).toString().split("\n")).hasSize(3);
  }

  @Test
  void sekretarisSendsTheLapkinBackForRevisionWithTheNoteKeptThenApprovesTheRevisedDocument() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.KOREKSI_SEKRETARIS);
    String catatan = "Capaian sasaran 2 belum dianalisis; lengkapi rencana tindak lanjut.";

    sop.completeStep(kasus, Step.KOREKSI_SEKRETARIS, Map.of(HASIL_KOREKSI_SEKRETARIS, DIPERBAIKI,
        CATATAN_KOREKSI_SEKRETARIS, catatan));

    assertThat(kasus).isWaitingAt(TASK_PEMBUATAN_DOKUMEN);
    assertThat(variable(kasus, CATATAN_KOREKSI_SEKRETARIS)).as("the Kasubbag sees the note").isEqualTo(catatan);
    sop.completeStep(kasus, Step.PEMBUATAN_DOKUMEN);
    sop.completeStep(kasus, Step.KOREKSI_SEKRETARIS);
    for (Step step : Step.values()) {
      if (step.ordinal() > Step.KOREKSI_SEKRETARIS.ordinal()) {
        sop.completeStep(kasus, step);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_LAPKIN_TERKIRIM);
    assertThat(sop.passes(kasus, TASK_PEMBUATAN_DOKUMEN)).isEqualTo(2);
    assertThat(sop.passes(kasus, TASK_KOREKSI_SEKRETARIS)).isEqualTo(2);
    assertThat(sop.passes(kasus, TASK_ANALISIS_DATA)).as("the draft is not redone").isOne();
    assertThat(sop.documentsIssued(kasus)).as("each corrected version is a LAPKIN of its own")
        .containsExactly(LAPKIN, LAPKIN, LAPKIN, SURAT_PENGANTAR);
    assertThat(sop.historyService().createHistoricVariableInstanceQuery().processInstanceId(kasus.getId())
        .variableName(CATATAN_KOREKSI_SEKRETARIS).singleResult().getValue())
        .as("the last correction note stays with the case").isEqualTo("Sesuai, lanjutkan.");
    assertThat(sop.historyService().createHistoricDetailQuery().processInstanceId(kasus.getId()).variableUpdates()
        .list().stream().filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
        .filter(update -> CATATAN_KOREKSI_SEKRETARIS.equals(update.getVariableName()))
        .map(HistoricVariableUpdate::getValue))
        .as("and the history keeps the one that sent it back").contains(catatan);
    sop.assertNothingLeft(kasus);
  }

  @Test
  void unitFormatsTooLongToJoinAreRefusedAndTheUnitsTaskStaysOpen() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENGHIMPUNAN_DATA_UNIT);
    List<Task> tasks = unitTasks(kasus);
    String rows = (capaianUnit("x") + "\n").repeat(40);
    sop.taskService().complete(tasks.get(0).getId(), Map.of(CAPAIAN_KINERJA_UNIT, rows, KENDALA_UNIT, ""));

    assertThatThrownBy(() -> sop.taskService().complete(tasks.get(1).getId(),
        Map.of(CAPAIAN_KINERJA_UNIT, rows, KENDALA_UNIT, "")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("melebihi 4000 karakter");

    assertThat(sop.taskService().createTaskQuery().taskId(tasks.get(1).getId()).count()).isOne();
    assertThat(keptFormats(kasus)).as("nothing half-kept").hasSize(1);
  }

  @Test
  void noUnitsConfiguredStopsAtAnIncidentAfterTheFormatWasDelivered() {
    Mocks.register("lapkinUnitKerja", new LapkinUnitKerja(new LapkinProperties(Map.of())));
    ProcessInstance kasus = start();
    sop.completeStep(kasus, Step.PERINTAH_PENYUSUNAN);
    sop.completeStep(kasus, Step.PEMBUATAN_FORMAT);
    Task penyampaian = sop.currentTask(kasus, TASK_PENYAMPAIAN_FORMAT);
    sop.taskService().complete(penyampaian.getId(), Step.PENYAMPAIAN_FORMAT.formValues());

    Job job = sop.managementService().createJobQuery().processInstanceId(kasus.getId()).messages().singleResult();
    assertThatThrownBy(() -> sop.managementService().executeJob(job.getId()))
        .hasMessageContaining("Unit kerja LAPKIN untuk kantor null belum dikonfigurasi");
    assertThat(kasus).hasPassed(TASK_PENYAMPAIAN_FORMAT);
    assertThat(unitTasks(kasus)).isEmpty();
  }

  // ------------------------------------------------------------------ mutu baku

  /** Langkah 4 is escalated as one step for all units; every other step as usual. */
  @Override
  public void escalateAndCompleteLateStep(ProcessInstance kasus, Step step, StepTimer stepTimer) {
    if (step == Step.PENGHIMPUNAN_DATA_UNIT) {
      escalateUnitFormats(kasus, stepTimer);
      completeUnitFormats(kasus, false);
    } else {
      super.escalateAndCompleteLateStep(kasus, step, stepTimer);
    }
  }

  // ------------------------------------------------------------------ forms, starters, diagram

  @Test
  void capaianKinerjaPatternTakesFiveColumnsPerRowAsTheLapkinReadsThem() throws Exception {
    String pattern = sop.readForm(getClass().getClassLoader()
            .getResourceAsStream("processes/tanah-laut/tanah-laut-lapkin-format-unit.form"))
        .path("components").findValues("pattern").get(0).asText();
    Pattern rows = Pattern.compile(pattern);

    assertThat(rows.matcher(CAPAIAN_KANTOR).find()).isTrue();
    assertThat(rows.matcher(capaianUnit("A") + "\n" + capaianUnit("B") + "\n").find()).isTrue();
    assertThat(rows.matcher("Sasaran | indikator | 85%").find()).as("columns missing").isFalse();
    assertThat(rows.matcher(" | indikator | 85% | 88% | 103%").find()).as("no sasaran").isFalse();
    assertThat(rows.matcher(CAPAIAN_KANTOR + "\n\n" + CAPAIAN_KANTOR).find()).as("an empty row").isFalse();
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_LAPKIN_TERKIRIM; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return KASUBBAG; }
  @Override public Class<?> variablesClass() { return LapkinVariables.class; }
  @Override public String startFormId() { return FORM + "pengajuan"; }

  // ------------------------------------------------------------------ helpers and form values

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, Variables.createVariables().putValue(TAHUN_LAPORAN, "2025")
        .putValue(KETERANGAN_PENGAJUAN, "LAPKIN tahunan untuk Bupati."));
    assertThat(kasus).isStarted().isWaitingAt(TASK_PERINTAH_PENYUSUNAN);
    return kasus;
  }

  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    ProcessInstance kasus = start();
    for (Step step : Step.values()) {
      if (step == target) {
        break;
      }
      complete(kasus, step);
    }
    if (target == Step.PENGHIMPUNAN_DATA_UNIT) {
      assertThat(unitTasks(kasus)).hasSize(units.size());
    } else {
      sop.currentTask(kasus, target.taskKey());
    }
    return kasus;
  }

  @Override
  public void complete(ProcessInstance kasus, Step step) {
    if (step == Step.PENGHIMPUNAN_DATA_UNIT) {
      completeUnitFormats(kasus, true);
    } else {
      sop.completeStep(kasus, step);
    }
  }

  private List<Task> unitTasks(ProcessInstance kasus) {
    return sop.taskService().createTaskQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_PENGHIMPUNAN_DATA_UNIT).initializeFormKeys().list();
  }

  /**
   * Checks each unit's task (kabid, due PT3H, its form; the step's one timer due with them, or fired already) and
   * completes them in the reverse of the configured order with the unit's own rows.
   */
  private void completeUnitFormats(ProcessInstance kasus, boolean timerWaiting) {
    List<Task> tasks = new ArrayList<>(unitTasks(kasus));
    assertThat(tasks).hasSize(units.size());
    Job timer = sop.timer(kasus, TIMER_MUTU_BAKU_PENGHIMPUNAN_DATA_UNIT);
    assertThat(timer != null).as("timer of langkah 4 waiting").isEqualTo(timerWaiting);
    tasks.sort((a, b) -> units.indexOf(unitOf(b)) - units.indexOf(unitOf(a)));
    for (Task task : tasks) {
      sop.assertGroupAndDueDate(task, KABID, "PT3H");
      sop.assertForm(task, FORM + "format-unit");
      if (timerWaiting) {
        assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());
      }
      String unit = unitOf(task);
      sop.taskService().complete(task.getId(), Map.of(CAPAIAN_KINERJA_UNIT, capaianUnit(unit),
          KENDALA_UNIT, "Data SAKIP terlambat dari " + unit));
    }
    sop.runAsynchronousSteps(kasus);
    assertThat(sop.timer(kasus, TIMER_MUTU_BAKU_PENGHIMPUNAN_DATA_UNIT)).isNull();
  }

  /** Langkah 4 late: one escalation for the step as a whole, every unit's task still open. */
  private void escalateUnitFormats(ProcessInstance kasus, StepTimer stepTimer) {
    assertThat(stepTimer.cancelActivity()).isFalse();
    assertThat(stepTimer.taskDueDate()).isEqualTo(stepTimer.duration());
    assertThat(stepTimer.breachRecorded()).isTrue();
    assertThat(stepTimer.escalationFormRef()).isEqualTo(SopProcess.ESCALATION_FORM);
    List<Task> late = unitTasks(kasus);
    Job timer = sop.timer(kasus, stepTimer.timerId());
    assertThat(timer.getDuedate()).isEqualTo(Date.from(late.get(0).getCreateTime().toInstant()
        .plus(Duration.parse(stepTimer.duration()))));

    sop.fire(timer);

    Task escalation = sop.currentTask(kasus, stepTimer.escalationTaskId());
    sop.assertGroupAndDueDate(escalation, KADIS, null);
    sop.assertForm(escalation, SopProcess.ESCALATION_FORM);
    assertThat(unitTasks(kasus)).extracting(Task::getId).as("every unit's task stays open")
        .containsExactlyInAnyOrderElementsOf(late.stream().map(Task::getId).toList());
    assertThat(sop.breaches()).containsExactly(new Breach(stepTimer.escalationTaskId(), TASK_PENGHIMPUNAN_DATA_UNIT,
        "PT3H", Set.of(KADIS)));
    sop.taskService().complete(escalation.getId(),
        Map.of(SopProcess.TINDAK_LANJUT_KETERLAMBATAN, "Kabid diingatkan, format masuk hari ini."));
    assertThat(sop.timer(kasus, stepTimer.timerId())).as("fires once").isNull();
  }

  private String unitOf(Task task) {
    return (String) sop.runtimeService().getVariableLocal(task.getExecutionId(), UNIT_KERJA);
  }

  private Object variable(ProcessInstance kasus, String name) {
    return sop.runtimeService().getVariable(kasus.getId(), name);
  }

  private Map<String, UnitFormat> keptFormats(ProcessInstance kasus) {
    return LapkinUnitFormat.read(sop.runtimeService().getVariableTyped(kasus.getId(), FORMAT_KINERJA_UNIT));
  }

  static String capaianUnit(String unit) {
    return "Sasaran " + unit + " | Persentase layanan tuntas | 90% | 92% | 102,2%";
  }

  static Map<String, Object> lapkin() {
    return Map.of(CAPAIAN_KINERJA, CAPAIAN_KANTOR, IKHTISAR, "Kinerja 2025 tercapai pada sebagian besar sasaran.",
        KENDALA, "", RENCANA_TINDAK_LANJUT, "Percepat pengumpulan data unit.");
  }
}
