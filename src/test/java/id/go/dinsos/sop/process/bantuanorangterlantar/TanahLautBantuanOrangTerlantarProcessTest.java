package id.go.dinsos.sop.process.bantuanorangterlantar;

import static id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables.*;
import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_UANG;
import static id.go.dinsos.sop.document.DocumentKind.LAPORAN_PERTANGGUNGJAWABAN;
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
 * Every path of SOP G (Tanah Laut, bantuan sosial uang bagi orang terlantar dan eks narapidana yang kehabisan bekal)
 * on an in-memory engine with the delegates mocked: complete files and the cash paid, incomplete files sent back to
 * the applicant (completed, or the case closed), the berita acara sent back by the Kepala Bidang for correction, and
 * each step's mutu baku timer. The coverage extension fails the class below 100% of nodes and flows.
 */
@Deployment(resources = {
    TanahLautBantuanOrangTerlantarProcessTest.BPMN,
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-permohonan.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-registrasi.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-pemeriksaan-berkas.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-menunggu-berkas.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-identitas-kronologis.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-asesmen.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-berita-acara.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-persetujuan-kabid.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-penyerahan-bantuan.form",
    "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar-laporan.form",
    "processes/common/sla-tindak-lanjut.form"})
class TanahLautBantuanOrangTerlantarProcessTest
    extends SopProcessContract<TanahLautBantuanOrangTerlantarProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/tanah-laut/tanah-laut-bantuan-orang-terlantar.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/TNL/2026";
  private static final String FO_SLRT = "fo-slrt";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final long JUMLAH_BANTUAN_UJI = 150_000L;
  /** Monday 2 March 2026, 08:00 WITA. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

  /** The SOP steps that are user tasks, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    REGISTRASI_PEMOHON(timed(TASK_REGISTRASI_PEMOHON, FO_SLRT, "PT15M", TIMER_MUTU_BAKU_REGISTRASI_PEMOHON,
        TASK_TINDAK_LANJUT_REGISTRASI_PEMOHON, KASI, FORM + "registrasi",
        () -> Map.of(NOMOR_SURAT_PENGANTAR, "B/112/III/2026/Sek Pelaihari", INSTANSI_PENERBIT_SURAT, "Polsek"))),
    PEMERIKSAAN_BERKAS(timed(TASK_PEMERIKSAAN_BERKAS, FO_SLRT, "PT5M", TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS,
        TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS, KASI, FORM + "pemeriksaan-berkas",
        TanahLautBantuanOrangTerlantarProcessTest::berkasLengkap)),
    PENCATATAN_KRONOLOGIS(timed(TASK_PENCATATAN_KRONOLOGIS, FO_SLRT, "PT5M", TIMER_MUTU_BAKU_PENCATATAN_KRONOLOGIS,
        TASK_TINDAK_LANJUT_PENCATATAN_KRONOLOGIS, KASI, FORM + "identitas-kronologis",
        () -> Map.of(ALAMAT_ASAL, "Desa Sumber Rejo, Kabupaten Banyuwangi", DAERAH_TUJUAN, "Banyuwangi",
            KRONOLOGI_KEJADIAN, "Dompet hilang di terminal, tidak ada ongkos pulang."))),
    ASESMEN_PEMOHON(untimed(TASK_ASESMEN_PEMOHON, KASI, FORM + "asesmen",
        () -> Map.of(HASIL_ASESMEN, "Benar kehabisan bekal, tidak ada kerabat di Tanah Laut.",
            KEBUTUHAN_PEMOHON, "Ongkos bus ke Banyuwangi dan makan di perjalanan."))),
    PENYIAPAN_BERITA_ACARA(timed(TASK_PENYIAPAN_BERITA_ACARA, KASI, "PT15M", TIMER_MUTU_BAKU_PENYIAPAN_BERITA_ACARA,
        TASK_TINDAK_LANJUT_PENYIAPAN_BERITA_ACARA, KABID, FORM + "berita-acara",
        () -> beritaAcara(JUMLAH_BANTUAN_UJI))),
    PERSETUJUAN_KABID(timed(TASK_PERSETUJUAN_KABID, KABID, "PT15M", TIMER_MUTU_BAKU_PERSETUJUAN_KABID,
        TASK_TINDAK_LANJUT_PERSETUJUAN_KABID, KADIS, FORM + "persetujuan-kabid",
        () -> Map.of(BantuanOrangTerlantarVariables.PERSETUJUAN_KABID, DISETUJUI))),
    PENYERAHAN_BANTUAN(untimed(TASK_PENYERAHAN_BANTUAN, FO_SLRT, FORM + "penyerahan-bantuan",
        () -> Map.of(TANGGAL_PENYERAHAN_BANTUAN, "2026-03-02"))),
    LAPORAN_PERTANGGUNGJAWABAN(timed(TASK_LAPORAN_PERTANGGUNGJAWABAN, KASI, "PT1H",
        TIMER_MUTU_BAKU_LAPORAN_PERTANGGUNGJAWABAN, TASK_TINDAK_LANJUT_LAPORAN_PERTANGGUNGJAWABAN, KABID,
        FORM + "laporan",
        () -> Map.of(BantuanOrangTerlantarVariables.LAPORAN_PERTANGGUNGJAWABAN,
            "Bantuan Rp150.000 diserahkan untuk ongkos pulang ke Banyuwangi.")));

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
  void completeFilesApprovedBeritaAcaraCashPaidAndReported() {
    ProcessInstance kasus = start();
    assertThat(kasus).hasPassed(TASK_TERBITKAN_NOMOR_REGISTER);
    assertThat(sop.runtimeService().getVariable(kasus.getId(), NOMOR_REGISTER)).isEqualTo(NOMOR_REGISTER_UJI);
    assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).singleResult()
        .getBusinessKey()).as("registered on arrival (langkah 1)").isEqualTo(NOMOR_REGISTER_UJI);

    for (Step step : Step.values()) {
      sop.completeStep(kasus, step);
      if (step == Step.PENYIAPAN_BERITA_ACARA) {
        assertThat(sop.runtimeService().getVariable(kasus.getId(), JUMLAH_BANTUAN)).isEqualTo(JUMLAH_BANTUAN_UJI);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_BANTUAN_DIBERIKAN, GATEWAY_BERKAS_LENGKAP,
            GATEWAY_BERITA_ACARA_DISETUJUI)
        .hasNotPassed(TASK_MENUNGGU_KELENGKAPAN_BERKAS, EVENT_KASUS_DITUTUP);
    assertThat(historicValue(kasus, JUMLAH_BANTUAN)).as("amount paid stays with the case")
        .isEqualTo(JUMLAH_BANTUAN_UJI);
    assertThat(sop.documentsIssued(kasus)).containsExactly(BA_SERAH_TERIMA_UANG, LAPORAN_PERTANGGUNGJAWABAN);
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void incompleteFilesGoBackToTheApplicantAndLoopToTheCheckOnceCompleted() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PEMERIKSAAN_BERKAS);
    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS, berkasTanpaSktm());

    Task menunggu = sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS);
    sop.assertGroupAndDueDate(menunggu, FO_SLRT, null);
    sop.assertForm(menunggu, FORM + "menunggu-berkas");
    assertThat(sop.managementService().createJobQuery().processInstanceId(kasus.getId()).count())
        .as("no mutu baku while the applicant completes the files").isZero();

    sop.taskService().complete(menunggu.getId(), Map.of(TINDAK_LANJUT_BERKAS, DILENGKAPI));

    sop.completeStep(kasus, Step.PEMERIKSAAN_BERKAS);
    assertThat(kasus).isWaitingAt(TASK_PENCATATAN_KRONOLOGIS);
    assertThat(sop.passes(kasus, TASK_PEMERIKSAAN_BERKAS)).isEqualTo(2);
    assertThat(sop.passes(kasus, TASK_REGISTRASI_PEMOHON)).as("registered once").isOne();
  }

  @Test
  void incompleteFilesThatAreNeverCompletedCloseTheCaseAndEndItsOpenEscalation() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PEMERIKSAAN_BERKAS);
    sop.fire(sop.timer(kasus, TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS));
    assertThat(sop.currentTask(kasus, TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS)).isNotNull();
    Task check = sop.currentTask(kasus, TASK_PEMERIKSAAN_BERKAS);
    sop.taskService().complete(check.getId(), berkasTanpaSktm());

    sop.taskService().complete(sop.currentTask(kasus, TASK_MENUNGGU_KELENGKAPAN_BERKAS).getId(), Map.of(
        TINDAK_LANJUT_BERKAS, DIBATALKAN, ALASAN_PENUTUPAN, "Pemohon tidak kembali membawa SKTM."));

    assertThat(kasus).isEnded().hasPassed(EVENT_KASUS_DITUTUP)
        .hasNotPassed(TASK_PENCATATAN_KRONOLOGIS, EVENT_BANTUAN_DIBERIKAN);
    assertThat(sop.documentsIssued(kasus)).as("nothing paid, nothing issued").isEmpty();
    assertThat(sop.historyService().createHistoricTaskInstanceQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS).singleResult().getDeleteReason())
        .as("the open escalation ends with the case").isNotEqualTo("completed");
    assertThat(historicValue(kasus, NOMOR_REGISTER)).as("the register keeps the visit")
        .isEqualTo(NOMOR_REGISTER_UJI);
    sop.assertNothingLeft(kasus);
  }

  @Test
  void kabidSendsTheBeritaAcaraBackForCorrectionThenApprovesTheCorrectedAmount() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PERSETUJUAN_KABID);

    sop.completeStep(kasus, Step.PERSETUJUAN_KABID, Map.of(BantuanOrangTerlantarVariables.PERSETUJUAN_KABID,
        DIPERBAIKI, CATATAN_PERBAIKAN_KABID, "Ongkos bus ke Banyuwangi Rp200.000."));

    assertThat(kasus).isWaitingAt(TASK_PENYIAPAN_BERITA_ACARA);
    assertThat(sop.runtimeService().getVariable(kasus.getId(), CATATAN_PERBAIKAN_KABID))
        .as("the Kasi sees the note").isEqualTo("Ongkos bus ke Banyuwangi Rp200.000.");
    sop.completeStep(kasus, Step.PENYIAPAN_BERITA_ACARA, beritaAcara(200_000L));
    sop.completeStep(kasus, Step.PERSETUJUAN_KABID);
    sop.completeStep(kasus, Step.PENYERAHAN_BANTUAN);
    sop.completeStep(kasus, Step.LAPORAN_PERTANGGUNGJAWABAN);

    assertThat(kasus).isEnded().hasPassed(EVENT_BANTUAN_DIBERIKAN);
    assertThat(sop.passes(kasus, TASK_PENYIAPAN_BERITA_ACARA)).isEqualTo(2);
    assertThat(sop.passes(kasus, TASK_PERSETUJUAN_KABID)).isEqualTo(2);
    assertThat(historicValue(kasus, JUMLAH_BANTUAN)).isEqualTo(200_000L);
    assertThat(sop.documentsIssued(kasus)).as("one berita acara, for the approved amount")
        .containsExactly(BA_SERAH_TERIMA_UANG, LAPORAN_PERTANGGUNGJAWABAN);
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_BANTUAN_DIBERIKAN; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return FO_SLRT; }
  @Override public Class<?> variablesClass() { return BantuanOrangTerlantarVariables.class; }
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

  static Map<String, Object> permohonan() {
    return Variables.createVariables()
        .putValue(PEMOHON_NAMA, "Slamet Riyadi")
        .putValue(PEMOHON_NIK, "3510121203850004")
        .putValue(PEMOHON_JENIS_KELAMIN, "L")
        .putValue(PEMOHON_TELEPON, "")
        .putValue(KATEGORI_PEMOHON, "ORANG_TERLANTAR")
        .putValue(JENIS_SURAT_PENGANTAR, "KEPOLISIAN");
  }

  static Map<String, Object> berkasLengkap() {
    return Map.of(BERKAS_IDENTITAS, true, BERKAS_SKTM, true, BERKAS_SURAT_PENGANTAR, true);
  }

  static Map<String, Object> berkasTanpaSktm() {
    return Map.of(BERKAS_IDENTITAS, true, BERKAS_SKTM, false, BERKAS_SURAT_PENGANTAR, true,
        CATATAN_PEMERIKSAAN, "SKTM belum ada.");
  }

  static Map<String, Object> beritaAcara(long jumlah) {
    return Map.of(JUMLAH_BANTUAN, jumlah, PERUNTUKAN_BANTUAN, "Ongkos bus pulang ke Banyuwangi dan makan.",
        PETUGAS_PENYERAH_NAMA, "Rahmadi", PETUGAS_PENYERAH_JABATAN, "Petugas Front Office SLRT");
  }
}
