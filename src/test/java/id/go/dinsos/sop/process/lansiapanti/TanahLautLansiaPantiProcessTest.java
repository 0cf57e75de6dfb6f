package id.go.dinsos.sop.process.lansiapanti;

import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_KLIEN;
import static id.go.dinsos.sop.document.DocumentKind.REKOMENDASI;
import static id.go.dinsos.sop.process.lansiapanti.LansiaPantiVariables.*;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static id.go.dinsos.sop.support.DefinedStep.Definition.untimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcessContract;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SOP F (Tanah Laut, pelayanan rehabilitasi sosial lanjut usia terlantar dalam panti) on an in-memory
 * engine with the delegates mocked: the lansia received by the panti; incomplete files sent back to the applicant
 * (completed, or the case closed); the case ending, with its reason kept, when the home visit finds the lansia does
 * not qualify, when the panti finds the lansia not eligible or its quota full, and when the Kepala Dinas does not sign;
 * and each step's mutu baku timer. The coverage extension fails the class below 100% of nodes and flows.
 */
@Deployment(resources = {
    TanahLautLansiaPantiProcessTest.BPMN,
    "processes/tanah-laut/tanah-laut-lansia-panti-permohonan.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-registrasi.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-pemeriksaan-berkas.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-menunggu-berkas.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-home-visit.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-laporan-home-visit.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-koordinasi-panti.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-penyiapan-rekomendasi.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-telaah-kabid.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-persetujuan-kadis.form",
    "processes/tanah-laut/tanah-laut-lansia-panti-serah-terima-panti.form",
    "processes/common/sla-tindak-lanjut.form"})
class TanahLautLansiaPantiProcessTest extends SopProcessContract<TanahLautLansiaPantiProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/tanah-laut/tanah-laut-lansia-panti.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/TNL/2026";
  private static final String FO_SLRT = "fo-slrt";
  private static final String FASILITATOR_SLRT = "fasilitator-slrt";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final String PANTI = "panti";
  private static final String LANSIA_NIK_UJI = "6301054107450002";
  /** Monday 2 March 2026, 08:00 WITA. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

  /** The SOP steps that are user tasks, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    REGISTRASI_PEMOHON(untimed(TASK_REGISTRASI_PEMOHON, FO_SLRT, FORM + "registrasi",
        () -> Map.of(CARA_PERMOHONAN, "PERMOHONAN_MASYARAKAT",
            INFORMASI_CALON_PM, "Lansia tinggal sendiri di pondok kebun, tidak ada yang merawat."))),
    PEMERIKSAAN_BERKAS(timed(TASK_PEMERIKSAAN_BERKAS, FO_SLRT, "PT20M", TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS,
        TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS, KASI, FORM + "pemeriksaan-berkas",
        TanahLautLansiaPantiProcessTest::berkasLengkap)),
    HOME_VISIT(timed(TASK_HOME_VISIT, FASILITATOR_SLRT, "PT6H", TIMER_MUTU_BAKU_HOME_VISIT,
        TASK_TINDAK_LANJUT_HOME_VISIT, KASI, FORM + "home-visit",
        () -> Map.of(TANGGAL_HOME_VISIT, "2026-03-02", KONDISI_LANSIA, "Lemah, sulit berjalan, makan tidak teratur.",
            KONDISI_KELUARGA, "Tidak ada keluarga di Tanah Laut; tetangga sesekali mengantar makanan."))),
    LAPORAN_HOME_VISIT(timed(TASK_LAPORAN_HOME_VISIT, FASILITATOR_SLRT, "PT15M", TIMER_MUTU_BAKU_LAPORAN_HOME_VISIT,
        TASK_TINDAK_LANJUT_LAPORAN_HOME_VISIT, KASI, FORM + "laporan-home-visit",
        () -> Map.of(MEMENUHI_SYARAT, MEMENUHI, KESIMPULAN_HOME_VISIT, "Terlantar, tanpa keluarga yang merawat."))),
    KOORDINASI_PANTI(untimed(TASK_KOORDINASI_PANTI, KASI, FORM + "koordinasi-panti",
        () -> koordinasi(LAYAK, "Panti menerima, satu tempat tersedia bulan ini."))),
    PENYIAPAN_REKOMENDASI(untimed(TASK_PENYIAPAN_REKOMENDASI, KASI, FORM + "penyiapan-rekomendasi",
        () -> Map.of(ISI_REKOMENDASI, "Lansia terlantar tanpa keluarga yang merawat, memenuhi syarat pelayanan panti.",
            PETUGAS_PENGANTAR_NAMA, "Rahmadi", PETUGAS_PENGANTAR_JABATAN, "Fasilitator SLRT"))),
    TELAAH_KABID(untimed(TASK_TELAAH_KABID, KABID, FORM + "telaah-kabid",
        () -> Map.of(HASIL_TELAAH_KABID, "Berkas dan rekomendasi lengkap, diparaf."))),
    PERSETUJUAN_KADIS(untimed(TASK_PERSETUJUAN_KADIS, KADIS, FORM + "persetujuan-kadis",
        () -> Map.of(LansiaPantiVariables.PERSETUJUAN_KADIS, DISETUJUI, PERTIMBANGAN_KADIS, "Setuju."))),
    SERAH_TERIMA_PANTI(untimed(TASK_SERAH_TERIMA_PANTI, PANTI, FORM + "serah-terima-panti",
        () -> Map.of(TANGGAL_SERAH_TERIMA_PANTI, "2026-03-05", PETUGAS_PANTI_NAMA, "Siti Aminah",
            PETUGAS_PANTI_JABATAN, "Pekerja Sosial Panti")));

    private final Definition definition;
    Step(Definition definition) { this.definition = definition; }
    @Override public Definition definition() { return definition; }
  }

  @Override
  protected SopProcess openSop() {
    return SopProcess.on(extension, NOW, NOMOR_REGISTER_UJI);
  }

  // ------------------------------------------------------------------ paths

  @Test
  void qualifiedLansiaWithSignedRecommendationIsReceivedByThePanti() {
    ProcessInstance kasus = start();
    assertThat(kasus).hasPassed(TASK_TERBITKAN_NOMOR_REGISTER);
    assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).singleResult()
        .getBusinessKey()).as("registered on arrival (langkah 1)").isEqualTo(NOMOR_REGISTER_UJI);

    for (Step step : Step.values()) {
      sop.completeStep(kasus, step);
      if (step == Step.PERSETUJUAN_KADIS) {
        assertThat(sop.documentsIssued(kasus)).as("signed, so the recommendation is issued").containsExactly(REKOMENDASI);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_LANSIA_DILAYANI_DI_PANTI, GATEWAY_BERKAS_LENGKAP,
            GATEWAY_MEMENUHI_SYARAT, GATEWAY_HASIL_KOORDINASI, GATEWAY_DISETUJUI_KADIS)
        .hasNotPassed(TASK_MENUNGGU_KELENGKAPAN_BERKAS, EVENT_KASUS_DITUTUP, EVENT_TIDAK_MEMENUHI_SYARAT,
            EVENT_PANTI_TIDAK_LAYAK, EVENT_KUOTA_PANTI_PENUH, EVENT_REKOMENDASI_TIDAK_DISETUJUI);
    assertThat(sop.documentsIssued(kasus)).containsExactly(REKOMENDASI, BA_SERAH_TERIMA_KLIEN);
    assertThat(sop.historicValue(kasus, LANSIA_NIK)).as("the lansia's identity stays with the case")
        .isEqualTo(LANSIA_NIK_UJI);
    assertThat(sop.historicValue(kasus, NAMA_PANTI)).isEqualTo("UPTD Panti Sosial Tresna Werdha Budi Sejahtera");
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void incompleteFilesGoBackToTheApplicantAndLoopToTheCheckOnceCompleted() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PEMERIKSAAN_BERKAS);
    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS, berkasTanpaJaminanKesehatan());

    Task menunggu = sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS);
    sop.assertGroupAndDueDate(menunggu, FO_SLRT, null);
    sop.assertForm(menunggu, FORM + "menunggu-berkas");
    assertThat(sop.managementService().createJobQuery().processInstanceId(kasus.getId()).count())
        .as("no mutu baku while the applicant completes the files").isZero();

    sop.taskService().complete(menunggu.getId(), Map.of(TINDAK_LANJUT_BERKAS, DILENGKAPI));

    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS);
    assertThat(kasus).isWaitingAt(TASK_HOME_VISIT);
    assertThat(sop.passes(kasus, TASK_PEMERIKSAAN_BERKAS)).isEqualTo(2);
    assertThat(sop.passes(kasus, TASK_REGISTRASI_PEMOHON)).as("registered once").isOne();
  }

  @Test
  void incompleteFilesThatAreNeverCompletedCloseTheCaseWithItsReasonAndEndItsOpenEscalation() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PEMERIKSAAN_BERKAS);
    sop.fire(sop.timer(kasus, TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS));
    assertThat(sop.currentTask(kasus, TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS)).isNotNull();
    sop.taskService().complete(sop.currentTask(kasus, TASK_PEMERIKSAAN_BERKAS).getId(),
        berkasTanpaJaminanKesehatan());

    sop.taskService().complete(sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS).getId(), Map.of(
        TINDAK_LANJUT_BERKAS, DIBATALKAN, ALASAN_PENUTUPAN, "Keluarga tidak dapat mengurus kartu BPJS."));

    assertThat(kasus).isEnded().hasPassed(EVENT_KASUS_DITUTUP)
        .hasNotPassed(TASK_HOME_VISIT, EVENT_LANSIA_DILAYANI_DI_PANTI);
    assertThat(sop.historicValue(kasus, BERKAS_JAMINAN_KESEHATAN)).as("which file was missing").isEqualTo(false);
    assertThat(sop.historicValue(kasus, ALASAN_PENUTUPAN)).isEqualTo("Keluarga tidak dapat mengurus kartu BPJS.");
    assertThat(sop.historyService().createHistoricTaskInstanceQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS).singleResult().getDeleteReason())
        .as("the open escalation ends with the case").isNotEqualTo("completed");
    assertEndedWithoutDocuments(kasus);
  }

  @Test
  void homeVisitFindingTheLansiaDoesNotQualifyEndsTheCaseWithTheReasonKept() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.LAPORAN_HOME_VISIT);

    sop.completeStep(kasus, Step.LAPORAN_HOME_VISIT, Map.of(MEMENUHI_SYARAT, TIDAK_MEMENUHI,
        KESIMPULAN_HOME_VISIT, "Lansia masih dirawat anaknya yang tinggal serumah."));

    assertThat(kasus).isEnded().hasPassed(EVENT_TIDAK_MEMENUHI_SYARAT).hasNotPassed(TASK_KOORDINASI_PANTI);
    assertThat(sop.historicValue(kasus, MEMENUHI_SYARAT)).isEqualTo(TIDAK_MEMENUHI);
    assertThat(sop.historicValue(kasus, KESIMPULAN_HOME_VISIT)).as("the reason is kept")
        .isEqualTo("Lansia masih dirawat anaknya yang tinggal serumah.");
    assertEndedWithoutDocuments(kasus);
  }

  @Test
  void pantiFindingTheLansiaNotEligibleEndsTheCaseWithTheReasonKept() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.KOORDINASI_PANTI);

    sop.completeStep(kasus, Step.KOORDINASI_PANTI, koordinasi(TIDAK_LAYAK, "Menderita penyakit menular aktif."));

    assertThat(kasus).isEnded().hasPassed(EVENT_PANTI_TIDAK_LAYAK)
        .hasNotPassed(EVENT_KUOTA_PANTI_PENUH, TASK_PENYIAPAN_REKOMENDASI);
    assertThat(sop.historicValue(kasus, HASIL_KOORDINASI_PANTI)).isEqualTo(TIDAK_LAYAK);
    assertThat(sop.historicValue(kasus, KETERANGAN_KOORDINASI_PANTI)).as("the panti's reason is kept")
        .isEqualTo("Menderita penyakit menular aktif.");
    assertEndedWithoutDocuments(kasus);
  }

  @Test
  void pantiWithItsQuotaFullEndsTheCaseWithTheReasonKept() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.KOORDINASI_PANTI);

    sop.completeStep(kasus, Step.KOORDINASI_PANTI, koordinasi(KUOTA_PENUH, "Kuota 2026 penuh, 12 orang menunggu."));

    assertThat(kasus).isEnded().hasPassed(EVENT_KUOTA_PANTI_PENUH)
        .hasNotPassed(EVENT_PANTI_TIDAK_LAYAK, TASK_PENYIAPAN_REKOMENDASI);
    assertThat(sop.historicValue(kasus, HASIL_KOORDINASI_PANTI)).isEqualTo(KUOTA_PENUH);
    assertThat(sop.historicValue(kasus, KETERANGAN_KOORDINASI_PANTI)).as("the panti's reason is kept")
        .isEqualTo("Kuota 2026 penuh, 12 orang menunggu.");
    assertEndedWithoutDocuments(kasus);
  }

  @Test
  void kadisRefusingToSignEndsTheCaseWithTheReasonKeptAndNoRecommendation() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PERSETUJUAN_KADIS);

    sop.completeStep(kasus, Step.PERSETUJUAN_KADIS, Map.of(LansiaPantiVariables.PERSETUJUAN_KADIS, DITOLAK,
        PERTIMBANGAN_KADIS, "Keluarga di Banjarmasin sanggup merawat; rujuk ke keluarga."));

    assertThat(kasus).isEnded().hasPassed(TASK_TELAAH_KABID, EVENT_REKOMENDASI_TIDAK_DISETUJUI)
        .hasNotPassed(TASK_BUAT_REKOMENDASI, TASK_SERAH_TERIMA_PANTI);
    assertThat(sop.historicValue(kasus, PERTIMBANGAN_KADIS)).as("the reason is kept")
        .isEqualTo("Keluarga di Banjarmasin sanggup merawat; rujuk ke keluarga.");
    assertEndedWithoutDocuments(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_LANSIA_DILAYANI_DI_PANTI; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return FO_SLRT; }
  @Override public Class<?> variablesClass() { return LansiaPantiVariables.class; }
  @Override public String startFormId() { return FORM + "permohonan"; }
  @Override public Set<String> otherFormIds() { return Set.of(FORM + "menunggu-berkas"); }

  // ------------------------------------------------------------------ helpers and form values

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, permohonan());
    assertThat(kasus).isStarted().isWaitingAt(TASK_REGISTRASI_PEMOHON);
    return kasus;
  }

  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    return sop.startAndCompleteUpTo(this::start, target);
  }

  /** An early end: nothing issued, the register keeps the case, nothing left open. */
  private void assertEndedWithoutDocuments(ProcessInstance kasus) {
    assertThat(sop.documentsIssued(kasus)).as("no recommendation, no berita acara").isEmpty();
    assertThat(sop.historicValue(kasus, NOMOR_REGISTER)).as("the register keeps the case").isEqualTo(NOMOR_REGISTER_UJI);
    assertThat(sop.historicValue(kasus, LANSIA_NIK)).isEqualTo(LANSIA_NIK_UJI);
    sop.assertNothingLeft(kasus);
  }

  static Map<String, Object> permohonan() {
    return Variables.createVariables()
        .putValue(PEMOHON_NAMA, "Haji Mursidi")
        .putValue(HUBUNGAN_PEMOHON, "APARAT")
        .putValue(PEMOHON_TELEPON, "")
        .putValue(LANSIA_NAMA, "Siti Rahmah")
        .putValue(LANSIA_NIK, LANSIA_NIK_UJI)
        .putValue(LANSIA_JENIS_KELAMIN, "P")
        .putValue(LANSIA_TEMPAT_LAHIR, "Pelaihari")
        .putValue(LANSIA_TANGGAL_LAHIR, "1945-07-01")
        .putValue(LANSIA_ALAMAT, "RT 03, Desa Panggung, Kecamatan Pelaihari")
        .putValue(KELUARGA_LANSIA, "");
  }

  static Map<String, Object> berkasLengkap() {
    return Map.of(BERKAS_IDENTITAS, true, BERKAS_SKTM, true, BERKAS_SURAT_PENGANTAR, true,
        BERKAS_JAMINAN_KESEHATAN, true);
  }

  static Map<String, Object> berkasTanpaJaminanKesehatan() {
    return Map.of(BERKAS_IDENTITAS, true, BERKAS_SKTM, true, BERKAS_SURAT_PENGANTAR, true,
        BERKAS_JAMINAN_KESEHATAN, false, CATATAN_PEMERIKSAAN, "Kartu BPJS belum ada.");
  }

  static Map<String, Object> koordinasi(String hasil, String keterangan) {
    return Map.of(NAMA_PANTI, "UPTD Panti Sosial Tresna Werdha Budi Sejahtera", HASIL_KOORDINASI_PANTI, hasil,
        KETERANGAN_KOORDINASI_PANTI, keterangan);
  }
}
