package id.go.dinsos.sop.process.anjalat;

import static id.go.dinsos.sop.process.anjalat.AnjalAtVariables.*;
import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_KLIEN;
import static id.go.dinsos.sop.document.DocumentKind.LAPORAN_SOSIAL;
import static id.go.dinsos.sop.document.DocumentKind.REKOMENDASI;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_TUGAS;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.RecordingDocumentGenerator.Issued;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcess.Breach;
import id.go.dinsos.sop.support.SopProcessContract;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SOP B (Magetan, pengiriman Anjal dan AT ke balai rehabilitasi) on an in-memory engine with the
 * delegates mocked: complete and incomplete files, referral or not, balai refusing, each step's mutu baku timer
 * and the whole-service standard. The coverage extension fails the class below 100% of nodes and flows.
 */
@Deployment(resources = {
    "processes/magetan/magetan-anjal-at.bpmn",
    "processes/magetan/magetan-anjal-at-laporan.form",
    "processes/magetan/magetan-anjal-at-pemeriksaan-berkas.form",
    "processes/magetan/magetan-anjal-at-menunggu-berkas.form",
    "processes/magetan/magetan-anjal-at-register.form",
    "processes/magetan/magetan-anjal-at-penugasan-kadis.form",
    "processes/magetan/magetan-anjal-at-penerusan-kabid.form",
    "processes/magetan/magetan-anjal-at-asesmen.form",
    "processes/magetan/magetan-anjal-at-laporan-sosial.form",
    "processes/magetan/magetan-anjal-at-koordinasi-rujukan.form",
    "processes/magetan/magetan-anjal-at-pengiriman.form",
    "processes/magetan/magetan-anjal-at-penerimaan-balai.form",
    "processes/common/sla-tindak-lanjut.form"})
class MagetanAnjalAtProcessTest extends SopProcessContract<MagetanAnjalAtProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  private static final String NOMOR_REGISTER_UJI = "0001/REG/MGT/2026";
  private static final String ESCALATION_FORM = SopProcess.ESCALATION_FORM;
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final String SERVICE_STANDARD = "P2D";
  /** Monday 2 March 2026, 08:00 WIB: no holiday, no DST anywhere near. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());

  /** The SOP steps that are user tasks with a mutu baku, in order, with what the step's form submits. */
  enum Step implements DefinedStep {
    PEMERIKSAAN_BERKAS(timed(TASK_PEMERIKSAAN_BERKAS, "peksos", "PT15M", TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS,
        TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS, KABID, "magetan-anjal-at-pemeriksaan-berkas",
        MagetanAnjalAtProcessTest::berkasLengkap)),
    REGISTER_KASUS(timed(TASK_REGISTER_KASUS, "peksos", "P1D", TIMER_MUTU_BAKU_REGISTER_KASUS,
        TASK_TINDAK_LANJUT_REGISTER_KASUS, KABID, "magetan-anjal-at-register",
        () -> Map.of(RINGKASAN_KASUS, "Anak jalanan usia sekitar 12 tahun, tanpa identitas."))),
    PENUGASAN_KADIS(timed(TASK_PENUGASAN_KADIS, "kadis", "PT15M", TIMER_MUTU_BAKU_PENUGASAN_KADIS,
        TASK_TINDAK_LANJUT_PENUGASAN_KADIS, KADIS, "magetan-anjal-at-penugasan-kadis",
        () -> Map.of(DISPOSISI_KADIS, "Segera lakukan asesmen lengkap."))),
    PENERUSAN_KABID(timed(TASK_PENERUSAN_KABID, "kabid", "PT15M", TIMER_MUTU_BAKU_PENERUSAN_KABID,
        TASK_TINDAK_LANJUT_PENERUSAN_KABID, KADIS, "magetan-anjal-at-penerusan-kabid",
        () -> Map.of(PENDAMPING_DITUGASKAN, "Siti Rahayu"))),
    ASESMEN_KLIEN(timed(TASK_ASESMEN_KLIEN, "pendamping-rehsos", "PT1H", TIMER_MUTU_BAKU_ASESMEN_KLIEN,
        TASK_TINDAK_LANJUT_ASESMEN_KLIEN, KABID, "magetan-anjal-at-asesmen",
        () -> asesmen("ya"))),
    LAPORAN_SOSIAL(timed(TASK_LAPORAN_SOSIAL, "pendamping-rehsos", "PT1H", TIMER_MUTU_BAKU_LAPORAN_SOSIAL,
        TASK_TINDAK_LANJUT_LAPORAN_SOSIAL, KABID, "magetan-anjal-at-laporan-sosial",
        () -> Map.of(AnjalAtVariables.LAPORAN_SOSIAL, "Klien membutuhkan pengasuhan di balai.",
            TINDAK_LANJUT, "Rujuk ke balai rehabilitasi"))),
    KOORDINASI_RUJUKAN(timed(TASK_KOORDINASI_RUJUKAN, "peksos", "P1D", TIMER_MUTU_BAKU_KOORDINASI_RUJUKAN,
        TASK_TINDAK_LANJUT_KOORDINASI_RUJUKAN, KABID, "magetan-anjal-at-koordinasi-rujukan",
        () -> Map.of(BALAI_TUJUAN, "UPT Perlindungan dan Pelayanan Sosial Asuhan Anak",
            REKOMENDASI_PENANGANAN, "Pengasuhan dan pendidikan dasar"))),
    PENGIRIMAN_KLIEN(timed(TASK_PENGIRIMAN_KLIEN, "pendamping-rehsos", "P1D", TIMER_MUTU_BAKU_PENGIRIMAN_KLIEN,
        TASK_TINDAK_LANJUT_PENGIRIMAN_KLIEN, KABID, "magetan-anjal-at-pengiriman",
        () -> Map.of(TANGGAL_PENGIRIMAN, "2026-03-03"))),
    PENERIMAAN_BALAI(timed(TASK_PENERIMAAN_BALAI, "panti", "P1D", TIMER_MUTU_BAKU_PENERIMAAN_BALAI,
        TASK_TINDAK_LANJUT_PENERIMAAN_BALAI, KABID, "magetan-anjal-at-penerimaan-balai",
        () -> Map.of(BALAI_MENERIMA, "ya", PETUGAS_BALAI_NAMA, "Dra. Endang Lestari",
            PETUGAS_BALAI_JABATAN, "Kepala Seksi Layanan UPT")));

    private final Definition definition;
    Step(Definition definition) { this.definition = definition; }
    @Override public Definition definition() { return definition; }
  }

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private HistoryService historyService;

  @Override
  protected SopProcess openSop() {
    return SopProcess.on(extension, NOW, NOMOR_REGISTER_UJI);
  }

  @BeforeEach
  void setUp() {
    runtimeService = sop.runtimeService();
    taskService = sop.taskService();
    managementService = sop.managementService();
    historyService = sop.historyService();
  }

  // ------------------------------------------------------------------ paths

  @Test
  void completeFilesReferralAndBalaiAcceptsEndsTheCase() {
    ProcessInstance kasus = start();

    for (Step step : Step.values()) {
      sop.completeStep(kasus, step);
      if (step == Step.PEMERIKSAAN_BERKAS) {
        assertThat(runtimeService.getVariable(kasus.getId(), NOMOR_REGISTER)).isEqualTo(NOMOR_REGISTER_UJI);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(kasus.getId()).singleResult()
            .getBusinessKey()).isEqualTo(NOMOR_REGISTER_UJI);
        assertThat(kasus).hasPassed(TASK_TERBITKAN_NOMOR_REGISTER)
            .isWaitingAt(TASK_REGISTER_KASUS, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_KLIEN_DITERIMA_BALAI)
        .hasNotPassed(EVENT_SELESAI_TANPA_RUJUKAN, EVENT_KASUS_DITUTUP, TASK_MENUNGGU_KELENGKAPAN_BERKAS,
            TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN);
    assertThat(sop.documentsIssued(kasus)).containsExactly(BA_SERAH_TERIMA_KLIEN, SURAT_TUGAS, LAPORAN_SOSIAL,
        REKOMENDASI, BA_SERAH_TERIMA_KLIEN);
    assertThat(sop.documentGenerator().issued()).extracting(Issued::activityId, Issued::stem).containsExactly(
        tuple(TASK_BUAT_BA_SERAH_TERIMA_KLIEN, "dokumenBaSerahTerimaKlien"),
        tuple(TASK_BUAT_SURAT_TUGAS_ASESMEN, "dokumenSuratTugas"),
        tuple(TASK_BUAT_LAPORAN_SOSIAL, "dokumenLaporanSosial"),
        tuple(TASK_BUAT_REKOMENDASI_RUJUKAN, "dokumenRekomendasi"),
        tuple(TASK_BUAT_BA_PENERIMAAN_BALAI, DOKUMEN_BA_PENERIMAAN_BALAI));
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void incompleteFilesWaitForTheReporterAndLoopBackToTheCheckOnceCompleted() {
    ProcessInstance kasus = start();
    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS, berkasTanpaListKendali());

    Task menunggu = sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS);
    sop.assertGroupAndDueDate(menunggu, "peksos", null);
    sop.assertForm(menunggu, "magetan-anjal-at-menunggu-berkas");
    assertThat(managementService.createJobQuery().processInstanceId(kasus.getId()).count())
        .as("no mutu baku while the reporter completes the files, no service clock before complete files")
        .isZero();
    assertThat(runtimeService.getVariable(kasus.getId(), NOMOR_REGISTER)).isNull();

    taskService.complete(menunggu.getId(), Map.of(TINDAK_LANJUT_BERKAS, "DILENGKAPI"));

    Task again = sop.currentTask(kasus, TASK_PEMERIKSAAN_BERKAS);
    sop.assertGroupAndDueDate(again, "peksos", "PT15M");
    assertThat(sop.timer(kasus, TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS)).isNotNull();
    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS);

    assertThat(kasus).isWaitingAt(TASK_REGISTER_KASUS, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI);
    assertThat(sop.passes(kasus, TASK_PEMERIKSAAN_BERKAS)).isEqualTo(2);
    assertThat(runtimeService.getVariable(kasus.getId(), NOMOR_REGISTER)).isEqualTo(NOMOR_REGISTER_UJI);
  }

  @Test
  void incompleteFilesThatAreNeverCompletedCloseTheCase() {
    ProcessInstance kasus = start();
    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS, berkasTanpaListKendali());

    taskService.complete(sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS).getId(), Map.of(
        TINDAK_LANJUT_BERKAS, "DIBATALKAN", ALASAN_PENUTUPAN, "Pelapor tidak kembali membawa surat kepolisian."));

    assertThat(kasus).isEnded().hasPassed(EVENT_KASUS_DITUTUP)
        .hasNotPassed(TASK_TERBITKAN_NOMOR_REGISTER, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI);
    assertThat(sop.documentsIssued(kasus)).as("no handover without complete files").isEmpty();
    sop.assertNothingLeft(kasus);
  }

  @Test
  void noReferralEndsAfterTheSocialReportAndStopsTheServiceClock() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.ASESMEN_KLIEN);
    sop.completeStep(kasus, Step.ASESMEN_KLIEN, asesmen("tidak"));
    assertThat(sop.timer(kasus, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI)).as("service clock still running").isNotNull();

    sop.completeStep(kasus, Step.LAPORAN_SOSIAL);

    assertThat(kasus).isEnded().hasPassed(EVENT_SELESAI_TANPA_RUJUKAN)
        .hasNotPassed(TASK_KOORDINASI_RUJUKAN, EVENT_KLIEN_DITERIMA_BALAI);
    assertThat(sop.documentsIssued(kasus)).containsExactly(BA_SERAH_TERIMA_KLIEN, SURAT_TUGAS, LAPORAN_SOSIAL);
    sop.assertNothingLeft(kasus);
  }

  @Test
  void balaiRefusingSendsTheCaseBackToCoordinationUntilItAccepts() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_BALAI);
    sop.completeStep(kasus, Step.PENERIMAAN_BALAI, Map.of(BALAI_MENERIMA, "tidak",
        CATATAN_BALAI, "Surat keterangan kesehatan belum ada."));

    assertThat(kasus).isNotEnded();
    sop.completeStep(kasus, Step.KOORDINASI_RUJUKAN);
    sop.completeStep(kasus, Step.PENGIRIMAN_KLIEN);
    sop.completeStep(kasus, Step.PENERIMAAN_BALAI);

    assertThat(kasus).isEnded().hasPassed(EVENT_KLIEN_DITERIMA_BALAI);
    assertThat(sop.passes(kasus, TASK_KOORDINASI_RUJUKAN)).isEqualTo(2);
    assertThat(sop.documentsIssued(kasus)).as("a new rekomendasi for the second try, one BA penerimaan")
        .containsExactly(BA_SERAH_TERIMA_KLIEN, SURAT_TUGAS, LAPORAN_SOSIAL, REKOMENDASI, REKOMENDASI,
            BA_SERAH_TERIMA_KLIEN);
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ mutu baku and service standard

  @Test
  void wholeServiceStandardOfTwoWorkingDaysIsEscalatedToKabid() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.REGISTER_KASUS);
    Date filesComplete = ClockUtil.getCurrentTime();
    Job serviceClock = sop.timer(kasus, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI);
    assertThat(serviceClock.getDuedate())
        .isEqualTo(Date.from(filesComplete.toInstant().plus(Duration.parse(SERVICE_STANDARD))));

    sop.fire(serviceClock);

    Task escalation = sop.currentTask(kasus, TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN);
    sop.assertGroupAndDueDate(escalation, KABID, null);
    sop.assertForm(escalation, ESCALATION_FORM);
    assertThat(sop.breaches()).containsExactly(new Breach(TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN,
        EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI, SERVICE_STANDARD, Set.of(KABID)));

    taskService.complete(escalation.getId(), Map.of(TINDAK_LANJUT_KETERLAMBATAN, "Kasus diprioritaskan."));

    assertThat(kasus).isNotEnded().hasPassed(TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN)
        .isWaitingAt(TASK_REGISTER_KASUS);
    assertThat(sop.timer(kasus, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI)).isNull();
    for (Step step : Step.values()) {
      if (step.ordinal() >= Step.REGISTER_KASUS.ordinal()) {
        sop.completeStep(kasus, step);
      }
    }
    assertThat(kasus).isEnded().hasPassed(EVENT_KLIEN_DITERIMA_BALAI);
  }

  @Test
  void endingTheCaseCancelsTheServiceClockAndOpenEscalations() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.ASESMEN_KLIEN);
    sop.completeStep(kasus, Step.ASESMEN_KLIEN, asesmen("tidak"));
    managementService.executeJob(sop.timer(kasus, TIMER_MUTU_BAKU_LAPORAN_SOSIAL).getId());
    assertThat(sop.currentTask(kasus, TASK_TINDAK_LANJUT_LAPORAN_SOSIAL)).isNotNull();
    assertThat(sop.timer(kasus, EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI)).isNotNull();

    taskService.complete(sop.currentTask(kasus, TASK_LAPORAN_SOSIAL).getId(), Step.LAPORAN_SOSIAL.formValues());
    sop.runAsynchronousSteps(kasus);

    assertThat(kasus).isEnded().hasPassed(EVENT_SELESAI_TANPA_RUJUKAN)
        .hasNotPassed(TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_TINDAK_LANJUT_LAPORAN_SOSIAL).singleResult().getDeleteReason())
        .as("the open escalation ends with the case").isNotEqualTo("completed");
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_KLIEN_DITERIMA_BALAI; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return "peksos"; }
  @Override public Class<?> variablesClass() { return AnjalAtVariables.class; }
  @Override public String startFormId() { return "magetan-anjal-at-laporan"; }
  @Override public Set<String> otherFormIds() { return Set.of("magetan-anjal-at-menunggu-berkas"); }

  // ------------------------------------------------------------------ helpers

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, laporan());
    assertThat(kasus).isStarted().isWaitingAt(TASK_PEMERIKSAAN_BERKAS);
    return kasus;
  }

  /** Starts a case and completes every step before the given one with its default values. */
  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    return sop.startAndCompleteUpTo(this::start, target);
  }

  // ------------------------------------------------------------------ form values

  static Map<String, Object> laporan() {
    return MagetanAnjalAtCase.laporan();
  }

  static Map<String, Object> berkasLengkap() {
    return MagetanAnjalAtCase.values(TASK_PEMERIKSAAN_BERKAS);
  }

  static Map<String, Object> berkasTanpaListKendali() {
    return Map.of(BERKAS_SURAT_KEPOLISIAN, true, BERKAS_SURAT_KEHILANGAN, true,
        BERKAS_BUKU_REGISTER, true, BERKAS_LIST_KENDALI, false,
        CATATAN_PEMERIKSAAN, "Lembar verifikasi belum ditandatangani.", PETUGAS_PENERIMA_NAMA, "Sri Wahyuni, S.Sos.");
  }

  static Map<String, Object> asesmen(String perluRujukan) {
    return Map.of(ASESMEN_KONDISI_FISIK, "Sehat, kurang gizi ringan",
        ASESMEN_KONDISI_PSIKOLOGIS, "Cemas, mau berkomunikasi",
        ASESMEN_KELUARGA, "Orang tua tidak diketahui",
        ASESMEN_KEBUTUHAN, "Tempat tinggal, sekolah",
        PERLU_RUJUKAN, perluRujukan);
  }
}
