package id.go.dinsos.sop.process.anakterlantarpanti;

import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_KLIEN;
import static id.go.dinsos.sop.document.DocumentKind.LAPORAN_KEGIATAN;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_PENGANTAR;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_PINJAM_PAKAI;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_TUGAS;
import static id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables.*;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static id.go.dinsos.sop.support.DefinedStep.Definition.untimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.go.dinsos.sop.process.cohort.Cohort;
import id.go.dinsos.sop.process.cohort.CohortSteps;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.process.cohort.Registrant;
import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.RecordingDocumentGenerator.Issued;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcess.Breach;
import id.go.dinsos.sop.support.SopProcessContract;
import id.go.dinsos.sop.support.StepTimers.StepTimer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every path of SOP E (Tanah Laut, pengiriman anak terlantar / putus sekolah ke panti sosial) on an in-memory engine
 * with the real cohort mechanism and the other delegates mocked: a cohort of three registrants, each assessed in a
 * task of their own, two chosen as PM who travel, stay and come back together with their certificates; nobody chosen;
 * the panti refusing; the report of the sending before the end of the service period; refused input; and each step's
 * mutu baku timer. The coverage extension fails the class below 100% of nodes and flows.
 */
@Deployment(resources = {
    TanahLautAnakTerlantarPantiProcessTest.BPMN,
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-angkatan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-koordinasi-pendaftaran.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-rencana-sosialisasi.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-sosialisasi.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-pendaftaran.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-asesmen.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-penentuan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-persyaratan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-seleksi-panti.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-pemberangkatan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-kesiapan-keluarga.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-transportasi.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-surat-tugas.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-penjemputan-calon-pm.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-pengiriman.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-penyerahan-panti.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-masa-pelayanan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-laporan-pengiriman.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-koordinasi-akhir.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-koordinasi-penjemputan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-surat-tugas-penjemputan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-kendaraan-penjemputan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-penjemputan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-serah-terima-keluarga.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-laporan-penjemputan.form",
    "processes/tanah-laut/tanah-laut-anak-terlantar-panti-monitoring.form",
    "processes/common/sla-tindak-lanjut.form"})
class TanahLautAnakTerlantarPantiProcessTest
    extends SopProcessContract<TanahLautAnakTerlantarPantiProcessTest.Step> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/tanah-laut/tanah-laut-anak-terlantar-panti.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/TNL/2026";
  private static final String TKSK = "tksk";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final String PANTI = "panti";
  /** Monday 2 March 2026, 08:00 WITA. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

  /** Three registrants: P01 and P03 have a NIK, P02 has none. */
  static final String PENDAFTAR = """
      Siti Aminah | 6301055203090001 | P | 15 | Desa Ambungan, Pelaihari | Rahmat (ayah), 081234567890
      Dodi Saputra | - | L | 17 | Desa Tajau Pecah, Batu Ampar | Nenek Salmah
      Yanto | 6301031507080002 | L | 16 | Desa Kintap, Kintap | Ibu Halimah (ibu)
      """;
  /** The assessment of the main path: P01 and P03 qualify, P02 does not. */
  static final Map<String, String> KESIMPULAN = Map.of("P01", LAYAK, "P02", TIDAK_LAYAK, "P03", LAYAK);

  /** The SOP steps that are user tasks, in the order of the main path, with what each form submits. */
  enum Step implements DefinedStep {
    KOORDINASI_PEMBUKAAN_PENDAFTARAN(TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN, KASI, "P1D", KABID,
        "koordinasi-pendaftaran", () -> Map.of(INFORMASI_PENDAFTARAN, "Kuota 20 anak usia 15-18 tahun, putus sekolah.",
            BATAS_PENDAFTARAN, "2026-03-31")),
    RENCANA_SOSIALISASI(TASK_RENCANA_SOSIALISASI, KASI, "PT60M", KABID, "rencana-sosialisasi",
        () -> Map.of(AnakTerlantarPantiVariables.RENCANA_SOSIALISASI, "Sosialisasi di 11 kecamatan melalui TKSK.")),
    SOSIALISASI_MASYARAKAT(TASK_SOSIALISASI_MASYARAKAT, TKSK, "P2W", KASI, "sosialisasi",
        () -> Map.of(HASIL_SOSIALISASI, "Leaflet dibagikan; 3 calon PM mendaftar.")),
    PENERIMAAN_PENDAFTARAN(TASK_PENERIMAAN_PENDAFTARAN, TKSK, "P2W", KASI, "pendaftaran",
        () -> Map.of(DAFTAR_PENDAFTAR, PENDAFTAR)),
    ASESMEN_CALON_PM(TASK_ASESMEN_CALON_PM, KASI, "P2D", KABID, "asesmen", Map::of),
    PENENTUAN_CALON_PM(TASK_PENENTUAN_CALON_PM, KABID, "PT2H", KADIS, "penentuan",
        () -> Map.of(NOMOR_PM_TERPILIH, "P01, P03", CATATAN_PENENTUAN, "Sesuai hasil asesmen.")),
    PENGISIAN_FORMULIR_PERSYARATAN(TASK_PENGISIAN_FORMULIR_PERSYARATAN, TKSK, "P1D", KASI, "persyaratan",
        () -> Map.of(REKAP_PERSYARATAN, "Formulir dan surat persetujuan orang tua lengkap untuk P01 dan P03.")),
    KOORDINASI_SELEKSI_PANTI(TASK_KOORDINASI_SELEKSI_PANTI, KASI, "PT30M", KABID, "seleksi-panti",
        () -> Map.of(KEPUTUSAN_PANTI, DITERIMA, HASIL_KOORDINASI_PANTI, "Diterima; pengiriman 6 April 2026.")),
    KOORDINASI_PEMBERANGKATAN(TASK_KOORDINASI_PEMBERANGKATAN, KABID, "PT30M", KADIS, "pemberangkatan",
        () -> Map.of(TANGGAL_BERANGKAT, "2026-04-06", AKOMODASI_PERJALANAN, "Konsumsi dan penginapan 1 malam.")),
    KOORDINASI_KELUARGA_PM(TASK_KOORDINASI_KELUARGA_PM, TKSK, "P1D", KASI, "kesiapan-keluarga",
        () -> Map.of(KESIAPAN_CALON_PM, "Kedua calon PM dan orang tuanya siap.")),
    PENYIAPAN_TRANSPORTASI(TASK_PENYIAPAN_TRANSPORTASI, KASI, "P1D", KABID, "transportasi",
        () -> Map.of(PEMILIK_KENDARAAN, "Kepala Bagian Umum Setda Kabupaten Tanah Laut",
            KENDARAAN_DINAS, "Minibus 15 kursi", NOMOR_POLISI, "DA 1234 T",
            TANGGAL_MULAI_PINJAM, "2026-04-06", TANGGAL_SELESAI_PINJAM, "2026-04-07")),
    PEMBUATAN_SURAT_TUGAS(TASK_PEMBUATAN_SURAT_TUGAS, KADIS, null, null, "surat-tugas",
        () -> Map.of(PETUGAS_PENGIRIMAN, "Ahmad Fauzi | 19800101 200501 1 002 | Penata (III/c) | Kasi Rehabsos")),
    PENJEMPUTAN_CALON_PM(TASK_PENJEMPUTAN_CALON_PM, KASI, "PT6H", KABID, "penjemputan-calon-pm",
        () -> Map.of(HASIL_PENJEMPUTAN_CALON_PM, "Kedua calon PM dijemput dan siap.")),
    PENGIRIMAN_PM_KE_PANTI(TASK_PENGIRIMAN_PM_KE_PANTI, KASI, "P1D", KABID, "pengiriman",
        () -> Map.of(TANGGAL_TIBA_DI_PANTI, "2026-04-06", PETUGAS_PENYERAH_NAMA, "Ahmad Fauzi",
            PETUGAS_PENYERAH_JABATAN, "Kasi Rehabilitasi Sosial")),
    PENYERAHAN_CALON_PM_KE_PANTI(TASK_PENYERAHAN_CALON_PM_KE_PANTI, PANTI, "PT3H", KASI, "penyerahan-panti",
        () -> Map.of(TANGGAL_PENYERAHAN, "2026-04-06", PETUGAS_PANTI_NAMA, "Nurhayati",
            PETUGAS_PANTI_JABATAN, "Kepala Seksi Rehabilitasi PSBR")),
    MASA_PELAYANAN_PANTI(TASK_MASA_PELAYANAN_PANTI, PANTI, "P6M", KASI, "masa-pelayanan",
        () -> Map.of(HASIL_PELAYANAN, "Pelatihan menjahit dan tata boga selesai.",
            TANGGAL_AKHIR_PELAYANAN, "2026-10-06")),
    LAPORAN_HASIL_PENGIRIMAN(TASK_LAPORAN_HASIL_PENGIRIMAN, KASI, "PT2H", KABID, "laporan-pengiriman",
        () -> Map.of(LAPORAN_PENGIRIMAN, "Dua PM diterima panti.")),
    KOORDINASI_AKHIR_PELAYANAN(TASK_KOORDINASI_AKHIR_PELAYANAN, KASI, "PT1H", KABID, "koordinasi-akhir",
        () -> Map.of(RENCANA_PENJEMPUTAN, "Hadiri terminasi, jemput 7 Oktober.", TANGGAL_PENJEMPUTAN, "2026-10-07")),
    KOORDINASI_PENJEMPUTAN(TASK_KOORDINASI_PENJEMPUTAN, KABID, "PT1H", KADIS, "koordinasi-penjemputan",
        () -> Map.of(AKOMODASI_PENJEMPUTAN, "Berangkat pagi, kembali hari yang sama.")),
    SURAT_TUGAS_PENJEMPUTAN(TASK_SURAT_TUGAS_PENJEMPUTAN, KADIS, "PT1H", KADIS, "surat-tugas-penjemputan",
        () -> Map.of(PETUGAS_PENJEMPUTAN, "Ahmad Fauzi | 19800101 200501 1 002 | Penata (III/c) | Kasi Rehabsos")),
    PENYIAPAN_KENDARAAN_PENJEMPUTAN(TASK_PENYIAPAN_KENDARAAN_PENJEMPUTAN, KASI, "P1D", KABID,
        "kendaraan-penjemputan", () -> Map.of(KENDARAAN_PENJEMPUTAN, "Minibus 15 kursi DA 1234 T")),
    PENJEMPUTAN_PM(TASK_PENJEMPUTAN_PM, KASI, "P1D", KABID, "penjemputan",
        () -> Map.of(SERTIFIKAT_PM, "P01 (Siti Aminah) | 045/SERT/PSBR/2026\nP03 (Yanto) | 046/SERT/PSBR/2026",
            TANGGAL_KEMBALI, "2026-10-07", PETUGAS_PANTI_PENYERAH_NAMA, "Nurhayati",
            PETUGAS_PANTI_PENYERAH_JABATAN, "Kepala Seksi Rehabilitasi PSBR", PETUGAS_PENJEMPUT_NAMA, "Ahmad Fauzi",
            PETUGAS_PENJEMPUT_JABATAN, "Kasi Rehabilitasi Sosial")),
    SERAH_TERIMA_KELUARGA(TASK_SERAH_TERIMA_KELUARGA, TKSK, "P1D", KASI, "serah-terima-keluarga",
        () -> Map.of(TANGGAL_SERAH_TERIMA_KELUARGA, "2026-10-08", TEMPAT_SERAH_TERIMA_KELUARGA,
            "Kantor Kecamatan Pelaihari", PETUGAS_TKSK_NAMA, "Rusdiansyah")),
    LAPORAN_PENJEMPUTAN(TASK_LAPORAN_PENJEMPUTAN, KASI, "PT2H", KABID, "laporan-penjemputan",
        () -> Map.of(AnakTerlantarPantiVariables.LAPORAN_PENJEMPUTAN, "Dua PM kembali dengan sertifikat.")),
    MONITORING_EVALUASI(TASK_MONITORING_EVALUASI, KASI, "P3D", KABID, "monitoring",
        () -> Map.of(HASIL_MONITORING, "P01 membuka usaha jahit; P03 bekerja di rumah makan."));

    private final Definition definition;

    Step(String taskKey, String group, String mutuBaku, String supervisorGroup, String form,
        Supplier<Map<String, Object>> values) {
      definition = mutuBaku == null ? untimed(taskKey, group, FORM + form, values) : timed(taskKey, group, mutuBaku,
          "MutuBaku" + taskKey, "TindakLanjut" + taskKey, supervisorGroup, FORM + form, values);
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
  void threeRegistrantsAssessedEachTwoChosenTravelTogetherAndComeBackWithTheirCertificates() {
    ProcessInstance kasus = start();
    assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).singleResult()
        .getBusinessKey()).as("the cohort's register number").isEqualTo(NOMOR_REGISTER_UJI);

    for (Step step : Step.values()) {
      complete(kasus, step);
      if (step == Step.PENERIMAAN_PENDAFTARAN) {
        assertThat(cohort(kasus).registrants()).extracting(Registrant::nomor, Registrant::nik)
            .containsExactly(tuple("P01", "6301055203090001"), tuple("P02", null), tuple("P03", "6301031507080002"));
      }
    }

    assertThat(kasus).isEnded().hasPassed(EVENT_PM_KEMBALI_DAN_DIPANTAU, GATEWAY_ADA_PM_TERPILIH,
        GATEWAY_DITERIMA_PANTI, GATEWAY_MASA_PELAYANAN_MULAI, GATEWAY_MASA_PELAYANAN_SELESAI)
        .hasNotPassed(EVENT_TIDAK_ADA_PM_TERPILIH, EVENT_TIDAK_DITERIMA_PANTI);
    assertThat(sop.passes(kasus, TASK_ASESMEN_CALON_PM)).as("one assessment task per registrant").isEqualTo(3);
    Cohort cohort = Cohort.read(variable -> historicValue(kasus, variable));
    assertThat(cohort.registrants()).as("each registrant keeps their own assessment")
        .extracting(registrant -> registrant.asesmen().kesimpulan())
        .containsExactly(LAYAK, TIDAK_LAYAK, LAYAK);
    assertThat(cohort.registrant("P02").asesmen().hasil()).isEqualTo("Asesmen P02: tidak layak");
    assertThat(cohort.pm()).as("the PM travelled together and came back with their certificates")
        .extracting(Registrant::nomor, Registrant::nama, Registrant::keluarga, Registrant::sertifikat)
        .containsExactly(
            tuple("P01", "Siti Aminah", "Rahmat (ayah), 081234567890", "045/SERT/PSBR/2026"),
            tuple("P03", "Yanto", "Ibu Halimah (ibu)", "046/SERT/PSBR/2026"));
    assertThat(historicValue(kasus, JUMLAH_PM)).isEqualTo(2);
    assertThat(sop.documentsIssued(kasus)).containsExactly(SURAT_PINJAM_PAKAI, SURAT_TUGAS, SURAT_PENGANTAR,
        BA_SERAH_TERIMA_KLIEN, LAPORAN_KEGIATAN, SURAT_TUGAS, BA_SERAH_TERIMA_KLIEN, BA_SERAH_TERIMA_KLIEN,
        LAPORAN_KEGIATAN);
    assertThat(sop.documentGenerator().issued()).extracting(Issued::stem).containsExactly(DOKUMEN_SURAT_PINJAM_PAKAI,
        DOKUMEN_SURAT_TUGAS_PENGIRIMAN, DOKUMEN_SURAT_PENGANTAR, DOKUMEN_BA_PENYERAHAN_PM, DOKUMEN_LAPORAN_PENGIRIMAN,
        DOKUMEN_SURAT_TUGAS_PENJEMPUTAN, DOKUMEN_BA_SERAH_TERIMA_DARI_PANTI, DOKUMEN_BA_SERAH_TERIMA_KELUARGA,
        DOKUMEN_LAPORAN_PENJEMPUTAN);
    sop.assertNothingLeft(kasus);
    verify(sop.slaBreachRecorder(), never()).notify(any());
  }

  @Test
  void laterStepsShowExactlyThePmWithTheirGuardians() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENYERAHAN_CALON_PM_KE_PANTI);
    Task penyerahan = sop.currentTask(kasus, TASK_PENYERAHAN_CALON_PM_KE_PANTI);

    String daftarPm = (String) sop.taskService().getVariable(penyerahan.getId(), DAFTAR_PM);
    assertThat(daftarPm.lines()).hasSize(2);
    assertThat(daftarPm).contains("P01 Siti Aminah", "Rahmat (ayah)", "P03 Yanto", "Ibu Halimah (ibu)")
        .doesNotContain("Dodi");
    assertThat(sop.runtimeService().getVariable(kasus.getId(), DAFTAR_PM)).as("shown, not stored on the case")
        .isNull();
  }

  @Test
  void nobodyChosenClosesTheCohortWithTheReasonKept() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENENTUAN_CALON_PM);

    sop.completeStep(kasus, Step.PENENTUAN_CALON_PM, Map.of(NOMOR_PM_TERPILIH, "",
        CATATAN_PENENTUAN, "Kuota panti dialihkan ke angkatan berikutnya."));

    assertThat(kasus).isEnded().hasPassed(EVENT_TIDAK_ADA_PM_TERPILIH)
        .hasNotPassed(TASK_PENGISIAN_FORMULIR_PERSYARATAN, EVENT_PM_KEMBALI_DAN_DIPANTAU);
    assertThat(historicValue(kasus, CATATAN_PENENTUAN)).isEqualTo("Kuota panti dialihkan ke angkatan berikutnya.");
    assertThat(historicValue(kasus, JUMLAH_PM)).isEqualTo(0);
    assertThat(Cohort.read(variable -> historicValue(kasus, variable)).registrants())
        .as("the registrants and their assessments stay with the case").hasSize(3)
        .allSatisfy(registrant -> assertThat(registrant.asesmen()).isNotNull());
    assertThat(sop.documentsIssued(kasus)).isEmpty();
    sop.assertNothingLeft(kasus);
  }

  @Test
  void pantiRefusingTheCohortClosesItWithThePantisReasonKept() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.KOORDINASI_SELEKSI_PANTI);

    sop.completeStep(kasus, Step.KOORDINASI_SELEKSI_PANTI, Map.of(KEPUTUSAN_PANTI, TIDAK_DITERIMA,
        HASIL_KOORDINASI_PANTI, "Kuota pelatihan tahun ini sudah penuh."));

    assertThat(kasus).isEnded().hasPassed(EVENT_TIDAK_DITERIMA_PANTI)
        .hasNotPassed(TASK_KOORDINASI_PEMBERANGKATAN, EVENT_PM_KEMBALI_DAN_DIPANTAU);
    assertThat(historicValue(kasus, HASIL_KOORDINASI_PANTI)).isEqualTo("Kuota pelatihan tahun ini sudah penuh.");
    assertThat(sop.documentsIssued(kasus)).isEmpty();
    sop.assertNothingLeft(kasus);
  }

  @Test
  void theReportOfTheSendingComesDuringTheServicePeriodAndThePickUpWaitsForBoth() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.MASA_PELAYANAN_PANTI);
    assertThat(kasus).isWaitingAt(TASK_MASA_PELAYANAN_PANTI, TASK_LAPORAN_HASIL_PENGIRIMAN);

    sop.completeStep(kasus, Step.LAPORAN_HASIL_PENGIRIMAN);
    assertThat(kasus).isWaitingAt(TASK_MASA_PELAYANAN_PANTI).hasNotPassed(TASK_KOORDINASI_AKHIR_PELAYANAN);
    assertThat(sop.documentsIssued(kasus)).endsWith(BA_SERAH_TERIMA_KLIEN, LAPORAN_KEGIATAN);

    sop.completeStep(kasus, Step.MASA_PELAYANAN_PANTI);
    assertThat(kasus).isWaitingAt(TASK_KOORDINASI_AKHIR_PELAYANAN);
  }

  @Test
  void aBadRegistrantListIsRefusedLineByLineAndNothingIsRegistered() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENERIMAAN_PENDAFTARAN);
    Task pendaftaran = sop.currentTask(kasus, TASK_PENERIMAAN_PENDAFTARAN);

    assertThatThrownBy(() -> sop.taskService().complete(pendaftaran.getId(), Map.of(DAFTAR_PENDAFTAR,
        "Siti Aminah | 63010552 | P | 15 | Pelaihari | Rahmat\nDodi | - | X | 17 | Batu Ampar |")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Baris 1: NIK harus 16 angka").hasMessageContaining("Baris 2: jenis kelamin");

    assertThat(sop.taskService().createTaskQuery().taskId(pendaftaran.getId()).count()).as("task stays open")
        .isOne();
    assertThat(sop.runtimeService().getVariable(kasus.getId(), DAFTAR_NOMOR_PENDAFTAR)).as("nobody registered")
        .isNull();
    assertThat(sop.runtimeService().getVariable(kasus.getId(), DAFTAR_PENDAFTAR)).as("nothing saved").isNull();
  }

  @Test
  void choosingARegistrantAssessedNotLayakIsRefusedAndTheSelectionStaysOpen() {
    ProcessInstance kasus = startAndCompleteUpTo(Step.PENENTUAN_CALON_PM);
    Task penentuan = sop.currentTask(kasus, TASK_PENENTUAN_CALON_PM);
    assertThat(sop.taskService().getVariable(penentuan.getId(), NOMOR_PM_TERPILIH))
        .as("prefilled with those assessed layak").isEqualTo("P01, P03");

    assertThatThrownBy(() -> sop.taskService().complete(penentuan.getId(), Map.of(NOMOR_PM_TERPILIH, "P01, P02")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("P02 Dodi Saputra tidak dinyatakan layak");

    assertThat(kasus).isWaitingAt(TASK_PENENTUAN_CALON_PM);
    assertThat(sop.runtimeService().getVariable(kasus.getId(), JUMLAH_PM)).isNull();
  }

  // ------------------------------------------------------------------ mutu baku

  /** The assessment is escalated as one step for the whole cohort; every other step as usual. */
  @Override
  public void escalateAndCompleteLateStep(ProcessInstance kasus, Step step, StepTimer stepTimer) {
    if (step == Step.ASESMEN_CALON_PM) {
      escalateTheAssessmentsOfTheWholeCohort(kasus, stepTimer);
    } else {
      super.escalateAndCompleteLateStep(kasus, step, stepTimer);
    }
  }

  /**
   * The assessment's timer sits on the multi-instance as a whole: it fires once for the cohort, one escalation for
   * the Kabid, and every registrant's assessment task stays open.
   */
  private void escalateTheAssessmentsOfTheWholeCohort(ProcessInstance kasus, StepTimer stepTimer) {
    List<Task> assessments = assessmentTasks(kasus);
    assertThat(assessments).hasSize(3);
    Job timer = sop.timer(kasus, stepTimer.timerId());
    assertThat(timer.getDuedate()).isEqualTo(SopProcess.after(assessments.get(0).getCreateTime(), stepTimer.duration()));

    sop.fire(timer);

    Task escalation = sop.currentTask(kasus, stepTimer.escalationTaskId());
    sop.assertGroupAndDueDate(escalation, KABID, null);
    sop.assertForm(escalation, SopProcess.ESCALATION_FORM);
    assertThat(sop.breaches()).containsExactly(new Breach(stepTimer.escalationTaskId(), TASK_ASESMEN_CALON_PM,
        stepTimer.duration(), Set.of(KABID)));
    assertThat(assessmentTasks(kasus)).extracting(Task::getId).as("every assessment stays open")
        .containsExactlyElementsOf(assessments.stream().map(Task::getId).toList());
    assertThat(sop.timer(kasus, stepTimer.timerId())).as("fires once").isNull();

    sop.taskService().complete(escalation.getId(),
        Map.of(SopProcess.TINDAK_LANJUT_KETERLAMBATAN, "Asesmen diselesaikan hari ini."));
    assessEveryRegistrant(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public List<Step> steps() { return List.of(Step.values()); }
  @Override public String mainPathEnd(Step step) { return EVENT_PM_KEMBALI_DAN_DIPANTAU; }
  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return KASI; }
  @Override public Class<?> variablesClass() { return AnakTerlantarPantiVariables.class; }
  @Override public String startFormId() { return FORM + "angkatan"; }

  // ------------------------------------------------------------------ helpers and form values

  @Override
  public ProcessInstance start() {
    ProcessInstance kasus = sop.start(PROCESS_ID, angkatan());
    assertThat(kasus).isStarted().isWaitingAt(TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN);
    return kasus;
  }

  /** Starts a cohort and completes every step before {@code target} with its main values. */
  @Override
  public ProcessInstance startAndCompleteUpTo(Step target) {
    ProcessInstance kasus = start();
    for (Step step : Step.values()) {
      if (step == target) {
        break;
      }
      complete(kasus, step);
    }
    return kasus;
  }

  @Override
  public void complete(ProcessInstance kasus, Step step) {
    if (step == Step.ASESMEN_CALON_PM) {
      assessEveryRegistrant(kasus);
    } else {
      sop.completeStep(kasus, step);
    }
  }

  /**
   * Completes the open assessment task of every registrant with {@link #KESIMPULAN}, checking each: named after and
   * showing its own registrant, offered to the Kasi, due after the mutu baku, with the assessment form.
   */
  private void assessEveryRegistrant(ProcessInstance kasus) {
    List<Task> assessments = assessmentTasks(kasus);
    assertThat(assessments).as("one open assessment per registrant not yet assessed").isNotEmpty();
    Map<String, String> seen = new LinkedHashMap<>();
    for (Task task : assessments) {
      String nomor = (String) sop.taskService().getVariable(task.getId(), PENDAFTAR_NOMOR);
      String identitas = (String) sop.taskService().getVariable(task.getId(), PENDAFTAR_IDENTITAS);
      assertThat(task.getName()).isEqualTo("Asesmen calon PM: " + identitas).contains(nomor);
      assertThat((String) sop.taskService().getVariable(task.getId(), PENDAFTAR_DATA))
          .contains("Nomor pendaftar: " + nomor);
      sop.assertGroupAndDueDate(task, KASI, Step.ASESMEN_CALON_PM.mutuBaku());
      sop.assertForm(task, Step.ASESMEN_CALON_PM.formId());
      seen.put(nomor, identitas);
      sop.taskService().complete(task.getId(), Map.of(KESIMPULAN_ASESMEN, KESIMPULAN.get(nomor),
          HASIL_ASESMEN, "Asesmen " + nomor + ": " + KESIMPULAN.get(nomor).replace('-', ' ')));
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder("P01", "P02", "P03");
    assertThat(assessmentTasks(kasus)).isEmpty();
    assertThat(sop.runtimeService().getVariable(kasus.getId(), HASIL_ASESMEN))
        .as("each answer stayed with its own task").isNull();
  }

  private List<Task> assessmentTasks(ProcessInstance kasus) {
    return sop.taskService().createTaskQuery().processInstanceId(kasus.getId())
        .taskDefinitionKey(TASK_ASESMEN_CALON_PM).initializeFormKeys().list();
  }

  private Cohort cohort(ProcessInstance kasus) {
    return Cohort.read(variable -> sop.runtimeService().getVariable(kasus.getId(), variable));
  }

  static Map<String, Object> angkatan() {
    return Variables.createVariables()
        .putValue(PANTI_TUJUAN, "PSBR Budi Satria Banjarbaru")
        .putValue(ALAMAT_PANTI, "Jl. A. Yani Km 36, Banjarbaru")
        .putValue(NAMA_PELATIHAN, "Pelatihan keterampilan menjahit dan tata boga angkatan I");
  }
}
