package id.go.dinsos.sop.process.lansiapantijompo;

import static id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables.*;
import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_KLIEN;
import static id.go.dinsos.sop.document.DocumentKind.REKOMENDASI;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_TUGAS;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SOP C (Lamandau, rekomendasi dan pendampingan Pekerja Sosial bagi lansia terlantar ke Panti Jompo
 * Palangka Raya) on an in-memory engine with the delegates mocked: approval by the Kepala Dinas and the lansia sent
 * to the panti, refusal, and each step's mutu baku timer. The coverage extension fails the class below 100% of nodes
 * and flows.
 */
@Deployment(resources = {
    LamandauLansiaPantiJompoProcessTest.BPMN,
    "processes/lamandau/lamandau-lansia-panti-jompo-permohonan.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-penerimaan.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-verifikasi-asesmen.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-persyaratan-administratif.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-telaah-kabid.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-persetujuan-kadis.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-penyerahan-rekomendasi.form",
    "processes/lamandau/lamandau-lansia-panti-jompo-pengiriman.form",
    "processes/common/sla-tindak-lanjut.form"})
class LamandauLansiaPantiJompoProcessTest
    extends SopProcessContract<LamandauLansiaPantiJompoProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/lamandau/lamandau-lansia-panti-jompo.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/LMD/2026";
  private static final String STAF = "staf";
  private static final String PEKSOS = "peksos";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  /** Monday 2 March 2026, 08:00 WIB. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());

  /** The SOP steps that are user tasks, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    PENERIMAAN_PERMOHONAN(untimed(TASK_PENERIMAAN_PERMOHONAN, STAF, FORM + "penerimaan",
        () -> Map.of(NOMOR_AGENDA_SURAT_MASUK, "045/SM/2026", PETUGAS_VERIFIKASI, "Rina Marlina, S.Tr.Sos"))),
    VERIFIKASI_ASESMEN(timed(TASK_VERIFIKASI_ASESMEN, PEKSOS, "PT15M", TIMER_MUTU_BAKU_VERIFIKASI_ASESMEN,
        TASK_TINDAK_LANJUT_VERIFIKASI_ASESMEN, KASI, FORM + "verifikasi-asesmen",
        LamandauLansiaPantiJompoProcessTest::verifikasi)),
    PERSYARATAN_ADMINISTRATIF(timed(TASK_PERSYARATAN_ADMINISTRATIF, KASI, "PT2M", TIMER_MUTU_BAKU_PERSYARATAN_ADMINISTRATIF,
        TASK_TINDAK_LANJUT_PERSYARATAN_ADMINISTRATIF, KABID, FORM + "persyaratan-administratif",
        () -> Map.of(HASIL_PENELAAHAN_MASALAH, "Lansia hidup sendiri, tidak ada keluarga yang dapat merawat."))),
    TELAAH_KABID(timed(TASK_TELAAH_KABID, KABID, "PT5M", TIMER_MUTU_BAKU_TELAAH_KABID,
        TASK_TINDAK_LANJUT_TELAAH_KABID, KADIS, FORM + "telaah-kabid",
        () -> Map.of(HASIL_TELAAH_KABID, "Memenuhi syarat, diparaf."))),
    PERSETUJUAN_KADIS(untimed(TASK_PERSETUJUAN_KADIS, KADIS, FORM + "persetujuan-kadis",
        () -> Map.of(LansiaPantiJompoVariables.PERSETUJUAN_KADIS, DISETUJUI))),
    PENYERAHAN_REKOMENDASI(untimed(TASK_PENYERAHAN_REKOMENDASI, KASI, FORM + "penyerahan-rekomendasi",
        () -> Map.of(TANGGAL_PENYERAHAN_REKOMENDASI, "2026-03-03"))),
    PENGIRIMAN_KLIEN(timed(TASK_PENGIRIMAN_KLIEN, PEKSOS, "PT3M", TIMER_MUTU_BAKU_PENGIRIMAN_KLIEN,
        TASK_TINDAK_LANJUT_PENGIRIMAN_KLIEN, KASI, FORM + "pengiriman",
        () -> Map.of(TANGGAL_PENGIRIMAN, "2026-03-05", PETUGAS_PANTI_PENERIMA, "Yohanes, petugas panti")));

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
  void approvedRequestIsRegisteredReviewedSignedAndTheLansiaSentToThePanti() {
    ProcessInstance kasus = start();

    for (Step step : Step.values()) {
      sop.completeStep(kasus, step);
      if (step == Step.PENERIMAAN_PERMOHONAN) {
        assertThat(sop.runtimeService().getVariable(kasus.getId(), NOMOR_REGISTER)).as("no number before step 3")
            .isNull();
      }
      if (step == Step.VERIFIKASI_ASESMEN) {
        assertThat(kasus).hasPassed(TASK_TERBITKAN_NOMOR_REGISTER).isWaitingAt(TASK_PERSYARATAN_ADMINISTRATIF);
        assertThat(sop.runtimeService().getVariable(kasus.getId(), NOMOR_REGISTER)).isEqualTo(NOMOR_REGISTER_UJI);
        assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId())
            .singleResult().getBusinessKey()).isEqualTo(NOMOR_REGISTER_UJI);
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_LANSIA_DISERAHKAN_KE_PANTI, GATEWAY_DISETUJUI_KADIS)
        .hasNotPassed(EVENT_PERMOHONAN_TIDAK_DISETUJUI);
    assertThat(sop.documentsIssued(kasus)).containsExactly(SURAT_TUGAS, REKOMENDASI, BA_SERAH_TERIMA_KLIEN);
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void kadisRefusingEndsTheCaseWithoutRecommendationAndKeepsTheReason() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PERSETUJUAN_KADIS);

    sop.completeStep(kasus, Step.PERSETUJUAN_KADIS, Map.of(PERSETUJUAN_KADIS, DITOLAK,
        ALASAN_PENOLAKAN, "Lansia masih memiliki anak yang sanggup merawat."));

    assertThat(kasus).isEnded().hasPassed(EVENT_PERMOHONAN_TIDAK_DISETUJUI)
        .hasNotPassed(TASK_PENYERAHAN_REKOMENDASI, TASK_PENGIRIMAN_KLIEN, EVENT_LANSIA_DISERAHKAN_KE_PANTI);
    assertThat(sop.historyService().createHistoricVariableInstanceQuery().processInstanceId(kasus.getId())
        .variableName(ALASAN_PENOLAKAN).singleResult().getValue())
        .isEqualTo("Lansia masih memiliki anak yang sanggup merawat.");
    assertThat(sop.documentsIssued(kasus)).as("only the surat tugas; no rekomendasi").containsExactly(SURAT_TUGAS);
    sop.assertNothingLeft(kasus);
  }

  @Test
  void refusalAlsoEndsAnOpenEscalation() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.TELAAH_KABID);
    sop.fire(sop.timer(kasus, TIMER_MUTU_BAKU_TELAAH_KABID));
    assertThat(sop.currentTask(kasus, TASK_TINDAK_LANJUT_TELAAH_KABID)).isNotNull();
    sop.completeLateStep(kasus, Step.TELAAH_KABID);

    sop.completeStep(kasus, Step.PERSETUJUAN_KADIS, Map.of(PERSETUJUAN_KADIS, DITOLAK));

    assertThat(kasus).isEnded().hasPassed(EVENT_PERMOHONAN_TIDAK_DISETUJUI);
    assertThat(sop.historyService().createHistoricTaskInstanceQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_TINDAK_LANJUT_TELAAH_KABID).singleResult().getDeleteReason())
        .as("the open escalation ends with the case").isNotEqualTo("completed");
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_LANSIA_DISERAHKAN_KE_PANTI; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return STAF; }
  @Override public Class<?> variablesClass() { return LansiaPantiJompoVariables.class; }
  @Override public String startFormId() { return FORM + "permohonan"; }

  // ------------------------------------------------------------------ helpers and form values

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, permohonan());
    assertThat(kasus).isStarted().isWaitingAt(TASK_PENERIMAAN_PERMOHONAN);
    return kasus;
  }

  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    return sop.startAndCompleteUpTo(this::start, target);
  }

  static Map<String, Object> permohonan() {
    return Variables.createVariables()
        .putValue(DESA_KELURAHAN, "Kelurahan Nanga Bulik")
        .putValue(KECAMATAN, "Bulik")
        .putValue(NOMOR_SURAT_PERMOHONAN, "140/27/NB/II/2026")
        .putValue(TANGGAL_SURAT_PERMOHONAN, "2026-02-26")
        .putValue(PETUGAS_DESA_NAMA, "Suryani")
        .putValue(PETUGAS_DESA_TELEPON, "081349001122")
        .putValue(LANSIA_NAMA, "Mbah Sarinah")
        .putValue(LANSIA_NIK, "")
        .putValue(LANSIA_JENIS_KELAMIN, "P")
        .putValue(LANSIA_USIA, 78)
        .putValue(LANSIA_ALAMAT, "RT 03, Kelurahan Nanga Bulik")
        .putValue(ALASAN_PERMOHONAN, "Hidup sendiri tanpa keluarga, sakit-sakitan, rumah tidak layak.");
  }

  static Map<String, Object> verifikasi() {
    return Map.of(TANGGAL_VERIFIKASI, "2026-03-02",
        HASIL_VERIFIKASI_LAPANGAN, "Data sesuai surat permohonan; lansia tinggal sendiri.",
        ASESMEN_KONDISI_FISIK, "Lemah, hipertensi",
        ASESMEN_KONDISI_PSIKOLOGIS, "Kesepian, komunikatif",
        ASESMEN_KELUARGA, "Tidak ada keluarga dekat",
        ASESMEN_KEBUTUHAN, "Perawatan dan tempat tinggal di panti");
  }
}
