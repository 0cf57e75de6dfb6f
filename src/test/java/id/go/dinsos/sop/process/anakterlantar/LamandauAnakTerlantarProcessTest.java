package id.go.dinsos.sop.process.anakterlantar;

import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_KLIEN;
import static id.go.dinsos.sop.document.DocumentKind.LAPORAN_KEGIATAN;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_PENGANTAR;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_TUGAS;
import static id.go.dinsos.sop.process.anakterlantar.AnakTerlantarVariables.*;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.go.dinsos.sop.process.cohort.CohortSteps;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcessContract;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
 * Every path of SOP A (Lamandau, anak terlantar, jalan, cacat dan nakal: one batch of beneficiaries sent to a panti's
 * training) on an in-memory engine with the document and register delegates mocked and the real cohort mechanism
 * ({@code ${cohort}}): a batch of three registrants assessed one task each, two chosen, sent, served, brought back
 * with their certificates, reported and monitored; nobody chosen; the panti refusing; bad input refused; each step's
 * mutu baku timer. The coverage extension fails the class below 100% of nodes and flows.
 */
@Deployment(resources = {
    LamandauAnakTerlantarProcessTest.BPMN,
    "processes/lamandau/lamandau-anak-terlantar-pembukaan.form",
    "processes/lamandau/lamandau-anak-terlantar-koordinasi-pendaftaran.form",
    "processes/lamandau/lamandau-anak-terlantar-rencana-sosialisasi.form",
    "processes/lamandau/lamandau-anak-terlantar-pendaftaran.form",
    "processes/lamandau/lamandau-anak-terlantar-asesmen.form",
    "processes/lamandau/lamandau-anak-terlantar-penentuan.form",
    "processes/lamandau/lamandau-anak-terlantar-formulir-persyaratan.form",
    "processes/lamandau/lamandau-anak-terlantar-koordinasi-pengiriman.form",
    "processes/lamandau/lamandau-anak-terlantar-koordinasi-pemberangkatan.form",
    "processes/lamandau/lamandau-anak-terlantar-koordinasi-keluarga.form",
    "processes/lamandau/lamandau-anak-terlantar-surat-tugas.form",
    "processes/lamandau/lamandau-anak-terlantar-penyerahan.form",
    "processes/lamandau/lamandau-anak-terlantar-masa-pelayanan.form",
    "processes/lamandau/lamandau-anak-terlantar-koordinasi-penjemputan.form",
    "processes/lamandau/lamandau-anak-terlantar-penjemputan.form",
    "processes/lamandau/lamandau-anak-terlantar-serah-terima-kembali.form",
    "processes/lamandau/lamandau-anak-terlantar-laporan.form",
    "processes/lamandau/lamandau-anak-terlantar-monitoring.form",
    "processes/common/sla-tindak-lanjut.form"})
class LamandauAnakTerlantarProcessTest extends SopProcessContract<LamandauAnakTerlantarProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/lamandau/lamandau-anak-terlantar.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/LMD/2026";
  private static final String STAF = "staf";
  private static final String PEKSOS = "peksos";
  private static final String TKSK = "tksk";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final String PANTI = "panti";
  /** Monday 2 March 2026, 08:00 WIB. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());

  /** Three registrants: P01 and P03 qualify, P02 (no NIK) does not. */
  static final String TIGA_PENDAFTAR = """
      Siti Aminah | 6209014501100003 | P | 15 | Desa Kujan, Bulik | Ibu Rahmah (ibu), 081349001122
      Dodi Saputra | - | L | 17 | Nanga Bulik |
      Yanto | 6209012208090001 | L | 16 | Desa Sungai Tuat | Pak Amat (ayah)
      """;
  static final String SATU_PENDAFTAR = "Siti Aminah | 6209014501100003 | P | 15 | Desa Kujan, Bulik | Ibu Rahmah";

  /** The SOP steps, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    KOORDINASI_PENDAFTARAN(TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN, STAF, "PT30M", KASI, "koordinasi-pendaftaran",
        () -> Map.of(INFORMASI_PENDAFTARAN, "Pelatihan menjahit 3 bulan, usia 15-21 tahun.", KUOTA_PESERTA, 10,
            BATAS_PENDAFTARAN, "2026-03-16")),
    RENCANA_SOSIALISASI(TASK_RENCANA_SOSIALISASI, KASI, "PT2H", KABID, "rencana-sosialisasi",
        () -> Map.of(AnakTerlantarVariables.RENCANA_SOSIALISASI, "Sosialisasi di 3 kecamatan melalui TKSK.")),
    PENERIMAAN_PENDAFTARAN(TASK_PENERIMAAN_PENDAFTARAN, STAF, "P2W", KASI, "pendaftaran",
        () -> Map.of(DAFTAR_PENDAFTAR, SATU_PENDAFTAR)),
    ASESMEN(TASK_ASESMEN_PENDAFTAR, PEKSOS, "P2D", KASI, "asesmen",
        () -> Map.of(KESIMPULAN_ASESMEN, LAYAK, HASIL_ASESMEN, "Putus sekolah, berminat menjahit.")),
    PENENTUAN(TASK_PENENTUAN_CALON_PM, KABID, "PT2H", KADIS, "penentuan",
        () -> Map.of(CATATAN_PENENTUAN, "Sesuai hasil asesmen.")),
    FORMULIR_PERSYARATAN(TASK_PENGISIAN_FORMULIR_PERSYARATAN, STAF, "P1D", KASI, "formulir-persyaratan",
        () -> Map.of(TANGGAL_FORMULIR_LENGKAP, "2026-03-20", CATATAN_FORMULIR_PERSYARATAN, "KK, akta, surat sehat.")),
    KOORDINASI_PENGIRIMAN(TASK_KOORDINASI_RENCANA_PENGIRIMAN, KASI, "PT30M", KABID, "koordinasi-pengiriman",
        () -> Map.of(IZIN_BERANGKAT, IZIN_DIBERIKAN, HASIL_KOORDINASI_PANTI, "Izin berangkat Nomor 12/PSBR/2026.")),
    KOORDINASI_PEMBERANGKATAN(TASK_KOORDINASI_PEMBERANGKATAN, KABID, "PT30M", KADIS, "koordinasi-pemberangkatan",
        () -> Map.of(TANGGAL_KEBERANGKATAN, "2026-03-25", RENCANA_PEMBERANGKATAN, "Mobil dinas, berangkat 07.00.")),
    KOORDINASI_KELUARGA(TASK_KOORDINASI_CALON_PM_KELUARGA, TKSK, "P1D", KASI, "koordinasi-keluarga",
        () -> Map.of(HASIL_KOORDINASI_KELUARGA, "Keluarga setuju, PM siap berangkat.")),
    SURAT_TUGAS_PENGANTAR(TASK_PEMBUATAN_SURAT_TUGAS, KADIS, "PT2H", KADIS, "surat-tugas",
        () -> Map.of(PETUGAS_PENDAMPING, "Rina Marlina | 198705122010012003 | Penata (III/c) | Pekerja Sosial")),
    PENYERAHAN(TASK_PENYERAHAN_CALON_PM, STAF, "PT2H", KASI, "penyerahan",
        LamandauAnakTerlantarProcessTest::penyerahan),
    MASA_PELAYANAN(TASK_MASA_PELAYANAN_PANTI, PANTI, "P6M", KASI, "masa-pelayanan",
        () -> Map.of(TANGGAL_SELESAI_PELAYANAN, "2026-09-25", LAPORAN_PELAYANAN_PANTI, "Materi menjahit selesai.")),
    KOORDINASI_PENJEMPUTAN(TASK_KOORDINASI_PENJEMPUTAN, KASI, "PT30M", KABID, "koordinasi-penjemputan",
        () -> Map.of(TANGGAL_PENJEMPUTAN, "2026-09-28", RENCANA_PENJEMPUTAN, "Dijemput mobil dinas.")),
    PENJEMPUTAN(TASK_PENJEMPUTAN_PM, STAF, "P1D", KASI, "penjemputan", Map::of),
    SERAH_TERIMA_KEMBALI(TASK_SERAH_TERIMA_DARI_PANTI, STAF, "PT2H", KASI, "serah-terima-kembali",
        LamandauAnakTerlantarProcessTest::serahTerimaKembali),
    LAPORAN(TASK_PEMBUATAN_LAPORAN, STAF, "PT2H", KASI, "laporan",
        () -> Map.of(URAIAN_KEGIATAN, "Pengiriman dan penjemputan PM.", HASIL_KEGIATAN, "PM bersertifikat.")),
    MONITORING(TASK_MONITORING_EVALUASI, PEKSOS, "P2D", KASI, "monitoring",
        () -> Map.of(HASIL_MONITORING, "PM membuka usaha jahit."));

    private final Definition definition;

    Step(String taskKey, String group, String mutuBaku, String supervisorGroup, String form,
        Supplier<Map<String, Object>> values) {
      definition = timed(taskKey, group, mutuBaku, TIMER_PREFIX + taskKey, ESCALATION_PREFIX + taskKey,
          supervisorGroup, FORM + form, values);
    }

    @Override public Definition definition() { return definition; }
  }

  @Override
  protected SopProcess openSop() {
    return SopProcess.on(extension, NOW, NOMOR_REGISTER_UJI);
  }

  @BeforeEach
  void setUp() {
    Mocks.register(CohortVariables.BEAN, new CohortSteps());
  }

  // ------------------------------------------------------------------ paths

  @Test
  void batchOfThreeIsAssessedOneByOneTwoChosenAndTheyGoTogetherToThePantiAndBackWithTheirCertificates() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    assertThat(variable(kasus, NOMOR_REGISTER)).as("no number before the registrants").isNull();

    sop.completeStep(kasus, Step.PENERIMAAN_PENDAFTARAN, Map.of(DAFTAR_PENDAFTAR, TIGA_PENDAFTAR));

    assertThat(kasus).hasPassed(TASK_TERBITKAN_NOMOR_REGISTER);
    assertThat(variable(kasus, NOMOR_REGISTER)).isEqualTo(NOMOR_REGISTER_UJI);
    assertThat(variable(kasus, JUMLAH_PENDAFTAR)).isEqualTo(3);
    assertThat(variable(kasus, DAFTAR_NOMOR_PENDAFTAR)).isEqualTo("P01,P02,P03");
    assertThat((String) variable(kasus, "pendaftarP02")).contains("\"nama\":\"Dodi Saputra\"", "\"nik\":null");
    List<Task> asesmen = assessmentTasks(kasus);
    assertThat(asesmen).extracting(Task::getName).containsExactlyInAnyOrder(
        "Asesmen pendaftar: P01 Siti Aminah (NIK 620901**********, P, 15 tahun)",
        "Asesmen pendaftar: P02 Dodi Saputra (tanpa NIK, L, 17 tahun)",
        "Asesmen pendaftar: P03 Yanto (NIK 620901**********, L, 16 tahun)");
    assertThat(sop.taskService().getVariable(taskOf(kasus, "P02").getId(), PENDAFTAR_DATA))
        .asString().contains("NIK: tidak ada", "Orang tua/wali: -");

    assess(kasus, Map.of("P01", LAYAK, "P02", TIDAK_LAYAK, "P03", LAYAK));

    assertThat((String) variable(kasus, "pendaftarP02")).contains("\"kesimpulan\":\"tidak-layak\"",
        "\"hasil\":\"Hasil asesmen P02\"");
    Task penentuan = sop.currentTask(kasus, TASK_PENENTUAN_CALON_PM);
    assertThat(sop.taskService().getVariable(penentuan.getId(), NOMOR_PM_TERPILIH)).as("prefilled with the layak")
        .isEqualTo("P01, P03");
    assertThat(sop.taskService().getVariable(penentuan.getId(), RINGKASAN_ASESMEN)).asString()
        .contains("P02 Dodi Saputra (tanpa NIK, L, 17 tahun): TIDAK LAYAK — Hasil asesmen P02");
    sop.completeStep(kasus, Step.PENENTUAN);
    assertThat(variable(kasus, JUMLAH_PM)).isEqualTo(2);
    assertThat((String) variable(kasus, "pendaftarP03")).contains("\"pm\":true");
    assertThat((String) variable(kasus, "pendaftarP02")).contains("\"pm\":false");

    completeFrom(kasus, Step.FORMULIR_PERSYARATAN, Step.PENJEMPUTAN);
    Task penjemputan = sop.currentTask(kasus, TASK_PENJEMPUTAN_PM);
    assertThat(sop.taskService().getVariable(penjemputan.getId(), DAFTAR_PM)).asString()
        .contains("P01 Siti Aminah", "P03 Yanto").doesNotContain("Dodi");
    assertThat(sop.taskService().getVariable(penjemputan.getId(), SERTIFIKAT_PM))
        .isEqualTo("P01 (Siti Aminah) | \nP03 (Yanto) | ");
    sop.completeStep(kasus, Step.PENJEMPUTAN, Map.of(SERTIFIKAT_PM, "P01 (Siti Aminah) | 474/SRT/PSBR/2026\nP03 | "));
    assertThat((String) variable(kasus, "pendaftarP01")).contains("\"sertifikat\":\"474/SRT/PSBR/2026\"");
    completeFrom(kasus, Step.SERAH_TERIMA_KEMBALI, null);

    assertThat(kasus).isEnded().hasPassed(EVENT_ANGKATAN_SELESAI, GATEWAY_ADA_CALON_PM, GATEWAY_IZIN_BERANGKAT)
        .hasNotPassed(EVENT_TIDAK_ADA_CALON_PM, EVENT_PENGIRIMAN_TIDAK_DIIZINKAN);
    assertThat(sop.passes(kasus, TASK_ASESMEN_PENDAFTAR)).as("one assessment per registrant")
        .isEqualTo(3);
    assertThat(sop.documentsIssued(kasus)).containsExactly(SURAT_TUGAS, SURAT_PENGANTAR, BA_SERAH_TERIMA_KLIEN,
        BA_SERAH_TERIMA_KLIEN, LAPORAN_KEGIATAN);
    assertThat(sop.documentGenerator().issued()).extracting(issued -> issued.stem()).contains(
        DOKUMEN_BA_PENYERAHAN, DOKUMEN_BA_SERAH_TERIMA_KEMBALI);
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void nobodyChosenEndsTheBatchWithoutSendingAndKeepsTheReason() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    sop.completeStep(kasus, Step.PENERIMAAN_PENDAFTARAN, Map.of(DAFTAR_PENDAFTAR, TIGA_PENDAFTAR));
    assess(kasus, Map.of("P01", TIDAK_LAYAK, "P02", TIDAK_LAYAK, "P03", LAYAK));

    sop.completeStep(kasus, Step.PENENTUAN, Map.of(NOMOR_PM_TERPILIH, "",
        CATATAN_PENENTUAN, "Kuota panti untuk angkatan ini dibatalkan."));

    assertThat(kasus).isEnded().hasPassed(EVENT_TIDAK_ADA_CALON_PM)
        .hasNotPassed(TASK_PENGISIAN_FORMULIR_PERSYARATAN, EVENT_ANGKATAN_SELESAI);
    assertThat(historicValue(kasus, CATATAN_PENENTUAN)).isEqualTo("Kuota panti untuk angkatan ini dibatalkan.");
    assertThat(historicValue(kasus, JUMLAH_PM)).isEqualTo(0);
    assertThat(sop.documentsIssued(kasus)).isEmpty();
    sop.assertNothingLeft(kasus);
  }

  @Test
  void pantiGivingNoPermissionEndsTheBatchWithTheReasonAndItsOpenEscalation() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.KOORDINASI_PENGIRIMAN);
    sop.fire(sop.timer(kasus, Step.KOORDINASI_PENGIRIMAN.timerId()));
    assertThat(sop.currentTask(kasus, Step.KOORDINASI_PENGIRIMAN.escalationKey())).isNotNull();

    sop.taskService().complete(sop.currentTask(kasus, TASK_KOORDINASI_RENCANA_PENGIRIMAN).getId(), Map.of(
        IZIN_BERANGKAT, IZIN_TIDAK_DIBERIKAN, HASIL_KOORDINASI_PANTI, "Asrama panti sedang direnovasi."));

    assertThat(kasus).isEnded().hasPassed(EVENT_PENGIRIMAN_TIDAK_DIIZINKAN)
        .hasNotPassed(TASK_KOORDINASI_PEMBERANGKATAN);
    assertThat(historicValue(kasus, HASIL_KOORDINASI_PANTI)).isEqualTo("Asrama panti sedang direnovasi.");
    assertThat(sop.historyService().createHistoricTaskInstanceQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(Step.KOORDINASI_PENGIRIMAN.escalationKey()).singleResult().getDeleteReason())
        .as("the open escalation ends with the batch").isNotEqualTo("completed");
    assertThat(sop.documentsIssued(kasus)).isEmpty();
    sop.assertNothingLeft(kasus);
  }

  @Test
  void aRegistrationListWithBadLinesIsRefusedLineByLineAndNothingIsRegistered() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    Task pendaftaran = sop.currentTask(kasus, TASK_PENERIMAAN_PENDAFTARAN);

    assertThatThrownBy(() -> sop.taskService().complete(pendaftaran.getId(), Map.of(DAFTAR_PENDAFTAR, """
        Siti Aminah | 6209014501100003 | P | 15 | Kujan
        Dodi | 62090145 | L | 17 | Bulik
        Yanto | 6209014501100003 | L | 16 | Tuat
        """))).hasRootCauseInstanceOf(FormFieldValidationException.class).rootCause().hasMessage(
        "Data belum dapat disimpan: Baris 2: NIK harus 16 angka (tertulis '62090145'); kosongkan atau tulis '-' "
            + "bila tidak punya NIK. Baris 3: NIK 6209014501100003 sudah tercantum di baris 1.");

    assertThat(sop.currentTask(kasus, TASK_PENERIMAAN_PENDAFTARAN).getId()).isEqualTo(pendaftaran.getId());
    assertThat(variable(kasus, DAFTAR_NOMOR_PENDAFTAR)).isNull();
    assertThat(variable(kasus, DAFTAR_PENDAFTAR)).as("the refused list is not kept either").isNull();
    assertThat(variable(kasus, NOMOR_REGISTER)).isNull();
  }

  @Test
  void theSelectionRefusesUnqualifiedOrUnknownRegistrantsAndNobodyWithoutAReason() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    sop.completeStep(kasus, Step.PENERIMAAN_PENDAFTARAN, Map.of(DAFTAR_PENDAFTAR, TIGA_PENDAFTAR));
    assess(kasus, Map.of("P01", LAYAK, "P02", TIDAK_LAYAK, "P03", LAYAK));
    String penentuan = sop.currentTask(kasus, TASK_PENENTUAN_CALON_PM).getId();

    assertThatThrownBy(() -> sop.taskService().complete(penentuan, Map.of(NOMOR_PM_TERPILIH, "P01, P02, P09")))
        .rootCause().isInstanceOf(FormFieldValidationException.class).hasMessageContaining(
            "P02 Dodi Saputra tidak dinyatakan layak pada asesmen").hasMessageContaining("'P09' tidak ada");
    assertThatThrownBy(() -> sop.taskService().complete(penentuan, Map.of(NOMOR_PM_TERPILIH, " ")))
        .rootCause().hasMessageContaining("tuliskan alasannya");
    assertThat(variable(kasus, JUMLAH_PM)).isNull();

    sop.completeStep(kasus, Step.PENENTUAN, Map.of(NOMOR_PM_TERPILIH, "p3"));
    assertThat(variable(kasus, JUMLAH_PM)).isEqualTo(1);
    assertThat(kasus).isWaitingAt(TASK_PENGISIAN_FORMULIR_PERSYARATAN);
  }

  // ------------------------------------------------------------------ mutu baku

  @Test
  void lateAssessmentsOfABatchAreEscalatedOnceWhileEveryAssessmentStaysOpen() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    sop.completeStep(kasus, Step.PENERIMAAN_PENDAFTARAN, Map.of(DAFTAR_PENDAFTAR, TIGA_PENDAFTAR));
    assess(kasus, Map.of("P02", TIDAK_LAYAK));
    Job timer = sop.timer(kasus, Step.ASESMEN.timerId());
    assertThat(timer.getDuedate()).as("the timer of the whole assessment").isEqualTo(
        assessmentTasks(kasus).get(0).getDueDate());

    sop.fire(timer);

    Task escalation = sop.currentTask(kasus, Step.ASESMEN.escalationKey());
    sop.assertGroupAndDueDate(escalation, KASI, null);
    assertThat(assessmentTasks(kasus)).as("the two open assessments stay open").hasSize(2);
    assertThat(sop.breaches()).singleElement().satisfies(breach ->
        assertThat(breach.breachedElement()).isEqualTo(TASK_ASESMEN_PENDAFTAR));
    sop.taskService().complete(escalation.getId(), Map.of(TINDAK_LANJUT_KETERLAMBATAN, "Ditambah satu peksos."));
    assess(kasus, Map.of("P01", LAYAK, "P03", LAYAK));
    assertThat(kasus).isWaitingAt(TASK_PENENTUAN_CALON_PM);
    assertThat(sop.timer(kasus, Step.ASESMEN.timerId())).isNull();
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_ANGKATAN_SELESAI; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return STAF; }
  @Override public Class<?> variablesClass() { return AnakTerlantarVariables.class; }
  @Override public String startFormId() { return FORM + "pembukaan"; }

  // ------------------------------------------------------------------ helpers and form values

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, Variables.createVariables()
        .putValue(NAMA_PANTI_TUJUAN, "PSBR Rumbai Pekanbaru")
        .putValue(ALAMAT_PANTI, "Jl. Khayangan No. 160, Pekanbaru")
        .putValue(PROGRAM_PELATIHAN, "Pelatihan menjahit angkatan I 2026"));
    assertThat(kasus).isStarted().isWaitingAt(TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN);
    return kasus;
  }

  /** A batch of one registrant (the main values of each step) carried up to {@code target}. */
  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    return sop.startAndCompleteUpTo(this::start, target);
  }

  /** Completes the steps from {@code first} up to, not including, {@code stop} (null: to the end). */
  private void completeFrom(ProcessInstance kasus, Step first, Step stop) {
    for (Step step : Step.values()) {
      if (step == stop) {
        return;
      }
      if (step.ordinal() >= first.ordinal()) {
        sop.completeStep(kasus, step);
      }
    }
  }

  private List<Task> assessmentTasks(ProcessInstance kasus) {
    return sop.taskService().createTaskQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_ASESMEN_PENDAFTAR).initializeFormKeys().list();
  }

  private Task taskOf(ProcessInstance kasus, String nomor) {
    return assessmentTasks(kasus).stream()
        .filter(task -> nomor.equals(sop.taskService().getVariable(task.getId(), PENDAFTAR_NOMOR)))
        .findFirst().orElseThrow(() -> new AssertionError("no assessment task for " + nomor));
  }

  /** Completes the assessment task of each registrant named, with that conclusion, checking each task as a step. */
  private void assess(ProcessInstance kasus, Map<String, String> kesimpulan) {
    kesimpulan.forEach((nomor, result) -> {
      Task task = taskOf(kasus, nomor);
      sop.assertGroupAndDueDate(task, PEKSOS, Step.ASESMEN.mutuBaku());
      sop.assertForm(task, Step.ASESMEN.formId());
      assertThat(sop.taskService().getVariable(task.getId(), PENDAFTAR_IDENTITAS)).asString().startsWith(nomor);
      sop.taskService().complete(task.getId(),
          Map.of(KESIMPULAN_ASESMEN, result, HASIL_ASESMEN, "Hasil asesmen " + nomor));
    });
    sop.runAsynchronousSteps(kasus);
  }

  private Object variable(ProcessInstance kasus, String name) {
    return sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).count() == 0 ? null
        : sop.runtimeService().getVariable(kasus.getId(), name);
  }

  static Map<String, Object> penyerahan() {
    Map<String, Object> values = new HashMap<>();
    values.put(TANGGAL_PENYERAHAN, "2026-03-26");
    values.put(PETUGAS_PENYERAH_NAMA, "Rina Marlina");
    values.put(PETUGAS_PANTI_PENERIMA_NAMA, "Yohanes");
    values.put(PETUGAS_PANTI_PENERIMA_JABATAN, "Pekerja Sosial PSBR Rumbai");
    return values;
  }

  static Map<String, Object> serahTerimaKembali() {
    return Map.of(TANGGAL_SERAH_TERIMA_KEMBALI, "2026-09-28", PETUGAS_PANTI_PENYERAH_NAMA, "Yohanes",
        PETUGAS_PANTI_PENYERAH_JABATAN, "Pekerja Sosial PSBR Rumbai", PETUGAS_DINSOS_PENERIMA_NAMA, "Rina Marlina");
  }
}
