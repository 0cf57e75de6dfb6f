package id.go.dinsos.sop.process;

import static id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables;
import id.go.dinsos.sop.process.cohort.Cohort;
import id.go.dinsos.sop.support.EngineRest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SOPs of the Tanah Laut office carried from start to end through the REST API, each step by the demo user of
 * its role ({@code <role>.tanah-laut}, password {@code demo}): SOP G, bantuan uang bagi orang terlantar dan eks
 * narapidana yang kehabisan bekal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TanahLautProcessesRestTest {

  private static final String TENANT = "tanah-laut";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;

  private EngineRest as(String role) {
    return EngineRest.as(rest, role + "." + TENANT).runningDocumentSteps(managementService);
  }

  @Test
  void bantuanOrangTerlantarCaseGoesFromArrivalToTheReportByEachRoleOfTanahLaut() throws IOException {
    EngineRest frontOffice = as("fo-slrt");
    EngineRest kasi = as("kasi");
    String caseId = frontOffice.startCase(PROCESS_ID, TENANT, Map.of(PEMOHON_NAMA, "Slamet Riyadi",
        PEMOHON_NIK, "3510121203850004", PEMOHON_JENIS_KELAMIN, "L", KATEGORI_PEMOHON, "EKS_NARAPIDANA",
        JENIS_SURAT_PENGANTAR, "LAPAS"));
    String registerNumber = (String) as("kadis").get("/process-instance/" + caseId).getBody().get("businessKey");
    assertThat(registerNumber).as("registered on arrival").matches("\\d{4}/REG/TNL/\\d{4}");

    frontOffice.completeTask(caseId, TASK_REGISTRASI_PEMOHON, Map.of(NOMOR_SURAT_PENGANTAR, "W17.PAS.12-PK.01",
        INSTANSI_PENERBIT_SURAT, "Lapas"));
    frontOffice.completeTask(caseId, TASK_PEMERIKSAAN_BERKAS, Map.of(BERKAS_IDENTITAS, true, BERKAS_SKTM, true,
        BERKAS_SURAT_PENGANTAR, true));
    frontOffice.completeTask(caseId, TASK_PENCATATAN_KRONOLOGIS, Map.of(ALAMAT_ASAL, "Banyuwangi",
        DAERAH_TUJUAN, "Banyuwangi", KRONOLOGI_KEJADIAN, "Bebas dari Lapas tanpa bekal pulang."));
    kasi.completeTask(caseId, TASK_ASESMEN_PEMOHON, Map.of(HASIL_ASESMEN, "Benar kehabisan bekal.",
        KEBUTUHAN_PEMOHON, "Ongkos pulang"));

    String beritaAcara = kasi.claimTask(caseId, TASK_PENYIAPAN_BERITA_ACARA);
    ResponseEntity<Map<String, Object>> refused = kasi.post("/task/" + beritaAcara + "/submit-form",
        EngineRest.variables(Map.of(JUMLAH_BANTUAN, 0, PERUNTUKAN_BANTUAN, "Ongkos pulang")));
    assertThat(refused.getStatusCode()).as("no aid of Rp0").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("paling kecil 1");
    assertThat(kasi.get("/task/" + beritaAcara).getStatusCode()).as("the task stays open").isEqualTo(HttpStatus.OK);
    assertThat(kasi.post("/task/" + beritaAcara + "/submit-form", EngineRest.variables(Map.of(
        JUMLAH_BANTUAN, 150_000, PERUNTUKAN_BANTUAN, "Ongkos bus pulang ke Banyuwangi",
        PETUGAS_PENYERAH_NAMA, "Rahmadi", PETUGAS_PENYERAH_JABATAN, "Petugas Front Office SLRT"))).getStatusCode())
        .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    as("kabid").completeTask(caseId, TASK_PERSETUJUAN_KABID, Map.of(PERSETUJUAN_KABID, DISETUJUI));
    frontOffice.completeTask(caseId, TASK_PENYERAHAN_BANTUAN, Map.of(TANGGAL_PENYERAHAN_BANTUAN, "2026-03-02"));
    kasi.completeTask(caseId, TASK_LAPORAN_PERTANGGUNGJAWABAN, Map.of(
        LAPORAN_PERTANGGUNGJAWABAN, "Bantuan Rp150.000 diserahkan."));

    EngineRest kadis = as("kadis");
    Map<String, Object> history = kadis.get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(registerNumber);
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    List<Map<String, Object>> amount = kadis.getList("/history/variable-instance?processInstanceId=" + caseId
        + "&variableName=" + JUMLAH_BANTUAN).getBody();
    assertThat(amount).singleElement().extracting(variable -> ((Number) variable.get("value")).longValue())
        .isEqualTo(150_000L);
    assertThat(pdfText(kasi, kadis.historicValue(caseId, "dokumenBaSerahTerimaUangId")))
        .as("the berita acara states the amount paid, in figures and in words")
        .contains("Rp 150.000").containsIgnoringCase("seratus lima puluh ribu rupiah").contains("Slamet Riyadi");
    assertThat(pdfText(kasi, kadis.historicValue(caseId, "dokumenLaporanPertanggungjawabanId")))
        .as("the report states the amount paid").contains("Rp 150.000");
  }

  @Test
  void anakTerlantarPantiCohortGoesFromOpeningToMonitoringByEachRoleOfTanahLaut() throws IOException {
    EngineRest kasi = as("kasi");
    EngineRest tksk = as("tksk");
    EngineRest kabid = as("kabid");
    EngineRest kadis = as("kadis");
    EngineRest panti = as("panti");
    String caseId = kasi.startCase(AnakTerlantarPantiVariables.PROCESS_ID, TENANT, Map.of(
        AnakTerlantarPantiVariables.PANTI_TUJUAN, "PSBR Budi Satria Banjarbaru",
        AnakTerlantarPantiVariables.NAMA_PELATIHAN, "Pelatihan menjahit angkatan I"));
    assertThat((String) kadis.get("/process-instance/" + caseId).getBody().get("businessKey"))
        .as("the cohort is registered").matches("\\d{4}/REG/TNL/\\d{4}");

    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN, Map.of(
        AnakTerlantarPantiVariables.INFORMASI_PENDAFTARAN, "Kuota 20 anak putus sekolah.",
        AnakTerlantarPantiVariables.BATAS_PENDAFTARAN, "2026-03-31"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_RENCANA_SOSIALISASI, Map.of(
        AnakTerlantarPantiVariables.RENCANA_SOSIALISASI, "Sosialisasi melalui TKSK."));
    tksk.completeTask(caseId, AnakTerlantarPantiVariables.TASK_SOSIALISASI_MASYARAKAT, Map.of(
        AnakTerlantarPantiVariables.HASIL_SOSIALISASI, "Tiga calon PM mendaftar."));
    String pendaftaran = tksk.claimTask(caseId, AnakTerlantarPantiVariables.TASK_PENERIMAAN_PENDAFTARAN);
    ResponseEntity<Map<String, Object>> refused = tksk.post("/task/" + pendaftaran + "/submit-form",
        EngineRest.variables(Map.of(AnakTerlantarPantiVariables.DAFTAR_PENDAFTAR, "Siti Aminah | 1234 | P | 15 | Pelaihari |")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Baris 1: NIK harus 16 angka");
    tksk.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENERIMAAN_PENDAFTARAN, Map.of(
        AnakTerlantarPantiVariables.DAFTAR_PENDAFTAR, """
            Siti Aminah | 6301055203090001 | P | 15 | Desa Ambungan, Pelaihari | Rahmat (ayah)
            Dodi Saputra | - | L | 17 | Desa Tajau Pecah, Batu Ampar | Nenek Salmah
            Yanto | 6301031507080002 | L | 16 | Desa Kintap, Kintap | Ibu Halimah (ibu)
            """));

    anakTerlantarPantiAssessEachRegistrant(kasi, caseId, Map.of("P01", AnakTerlantarPantiVariables.LAYAK,
        "P02", AnakTerlantarPantiVariables.TIDAK_LAYAK, "P03", AnakTerlantarPantiVariables.LAYAK));
    kabid.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENENTUAN_CALON_PM, Map.of(
        AnakTerlantarPantiVariables.NOMOR_PM_TERPILIH, "P01, P03"));
    tksk.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENGISIAN_FORMULIR_PERSYARATAN, Map.of(
        AnakTerlantarPantiVariables.REKAP_PERSYARATAN, "Persyaratan P01 dan P03 lengkap."));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_SELEKSI_PANTI, Map.of(
        AnakTerlantarPantiVariables.KEPUTUSAN_PANTI, AnakTerlantarPantiVariables.DITERIMA,
        AnakTerlantarPantiVariables.HASIL_KOORDINASI_PANTI, "Diterima, berangkat 6 April."));
    kabid.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_PEMBERANGKATAN, Map.of(
        AnakTerlantarPantiVariables.TANGGAL_BERANGKAT, "2026-04-06",
        AnakTerlantarPantiVariables.AKOMODASI_PERJALANAN, "Konsumsi perjalanan."));
    tksk.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_KELUARGA_PM, Map.of(
        AnakTerlantarPantiVariables.KESIAPAN_CALON_PM, "Siap berangkat."));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENYIAPAN_TRANSPORTASI, Map.of(
        AnakTerlantarPantiVariables.PEMILIK_KENDARAAN, "Kepala Bagian Umum Setda Kabupaten Tanah Laut",
        AnakTerlantarPantiVariables.KENDARAAN_DINAS, "Minibus 15 kursi",
        AnakTerlantarPantiVariables.TANGGAL_MULAI_PINJAM, "2026-04-06",
        AnakTerlantarPantiVariables.TANGGAL_SELESAI_PINJAM, "2026-04-07"));
    kadis.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PEMBUATAN_SURAT_TUGAS, Map.of(
        AnakTerlantarPantiVariables.PETUGAS_PENGIRIMAN, "Ahmad Fauzi | 19800101 200501 1 002 | Penata (III/c) | Kasi"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENJEMPUTAN_CALON_PM, Map.of(
        AnakTerlantarPantiVariables.HASIL_PENJEMPUTAN_CALON_PM, "Kedua calon PM siap."));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENGIRIMAN_PM_KE_PANTI, Map.of(
        AnakTerlantarPantiVariables.TANGGAL_TIBA_DI_PANTI, "2026-04-06",
        AnakTerlantarPantiVariables.PETUGAS_PENYERAH_NAMA, "Ahmad Fauzi",
        AnakTerlantarPantiVariables.PETUGAS_PENYERAH_JABATAN, "Kasi Rehabilitasi Sosial"));
    panti.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENYERAHAN_CALON_PM_KE_PANTI, Map.of(
        AnakTerlantarPantiVariables.TANGGAL_PENYERAHAN, "2026-04-06",
        AnakTerlantarPantiVariables.PETUGAS_PANTI_NAMA, "Nurhayati",
        AnakTerlantarPantiVariables.PETUGAS_PANTI_JABATAN, "Kepala Seksi Rehabilitasi"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_LAPORAN_HASIL_PENGIRIMAN, Map.of(
        AnakTerlantarPantiVariables.LAPORAN_PENGIRIMAN, "Dua PM diterima panti."));
    panti.completeTask(caseId, AnakTerlantarPantiVariables.TASK_MASA_PELAYANAN_PANTI, Map.of(
        AnakTerlantarPantiVariables.HASIL_PELAYANAN, "Pelatihan menjahit selesai.",
        AnakTerlantarPantiVariables.TANGGAL_AKHIR_PELAYANAN, "2026-10-06"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_AKHIR_PELAYANAN, Map.of(
        AnakTerlantarPantiVariables.RENCANA_PENJEMPUTAN, "Jemput setelah terminasi.",
        AnakTerlantarPantiVariables.TANGGAL_PENJEMPUTAN, "2026-10-07"));
    kabid.completeTask(caseId, AnakTerlantarPantiVariables.TASK_KOORDINASI_PENJEMPUTAN, Map.of(
        AnakTerlantarPantiVariables.AKOMODASI_PENJEMPUTAN, "Kembali hari yang sama."));
    kadis.completeTask(caseId, AnakTerlantarPantiVariables.TASK_SURAT_TUGAS_PENJEMPUTAN, Map.of(
        AnakTerlantarPantiVariables.PETUGAS_PENJEMPUTAN, "Ahmad Fauzi | 19800101 200501 1 002 | Penata (III/c) | Kasi"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENYIAPAN_KENDARAAN_PENJEMPUTAN, Map.of(
        AnakTerlantarPantiVariables.KENDARAAN_PENJEMPUTAN, "Minibus 15 kursi"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_PENJEMPUTAN_PM, Map.of(
        AnakTerlantarPantiVariables.SERTIFIKAT_PM, "P01 (Siti Aminah) | 045/SERT/PSBR/2026\nP03 (Yanto) | 046/SERT/PSBR/2026",
        AnakTerlantarPantiVariables.TANGGAL_KEMBALI, "2026-10-07",
        AnakTerlantarPantiVariables.PETUGAS_PANTI_PENYERAH_NAMA, "Nurhayati",
        AnakTerlantarPantiVariables.PETUGAS_PANTI_PENYERAH_JABATAN, "Kepala Seksi Rehabilitasi",
        AnakTerlantarPantiVariables.PETUGAS_PENJEMPUT_NAMA, "Ahmad Fauzi",
        AnakTerlantarPantiVariables.PETUGAS_PENJEMPUT_JABATAN, "Kasi Rehabilitasi Sosial"));
    tksk.completeTask(caseId, AnakTerlantarPantiVariables.TASK_SERAH_TERIMA_KELUARGA, Map.of(
        AnakTerlantarPantiVariables.TANGGAL_SERAH_TERIMA_KELUARGA, "2026-10-08",
        AnakTerlantarPantiVariables.TEMPAT_SERAH_TERIMA_KELUARGA, "Kantor Kecamatan Pelaihari",
        AnakTerlantarPantiVariables.PETUGAS_TKSK_NAMA, "Rusdiansyah"));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_LAPORAN_PENJEMPUTAN, Map.of(
        AnakTerlantarPantiVariables.LAPORAN_PENJEMPUTAN, "Dua PM kembali dengan sertifikat."));
    kasi.completeTask(caseId, AnakTerlantarPantiVariables.TASK_MONITORING_EVALUASI, Map.of(
        AnakTerlantarPantiVariables.HASIL_MONITORING, "P01 membuka usaha jahit."));

    Map<String, Object> history = kadis.get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    assertThat((String) kadis.historicValue(caseId, Cohort.variableOf("P01"))).as("each PM's data stays with the case")
        .contains("\"nik\":\"6301055203090001\"", "\"kesimpulan\":\"layak\"", "045/SERT/PSBR/2026");
    assertThat((String) kadis.historicValue(caseId, Cohort.variableOf("P02"))).contains("\"kesimpulan\":\"tidak-layak\"");
    assertThat(pdfText(kasi, kadis.historicValue(caseId,
        AnakTerlantarPantiVariables.DOKUMEN_BA_SERAH_TERIMA_DARI_PANTI + "Id")))
        .as("the berita acara from the panti lists the PM with their certificates")
        .contains("Siti Aminah", "6301055203090001", "045/SERT/PSBR/2026", "Yanto", "046/SERT/PSBR/2026", "Nurhayati")
        .doesNotContain("Dodi Saputra");
  }

  /** Completes the assessment task of each registrant (one task per registrant) as the Kasi Rehabsos. */
  private void anakTerlantarPantiAssessEachRegistrant(EngineRest kasi, String caseId, Map<String, String> kesimpulan) {
    List<Map<String, Object>> tasks = kasi.getList("/task?processInstanceId=" + caseId + "&taskDefinitionKey="
        + AnakTerlantarPantiVariables.TASK_ASESMEN_CALON_PM).getBody();
    assertThat(tasks).as("one assessment task per registrant").hasSize(kesimpulan.size());
    for (Map<String, Object> task : tasks) {
      String taskId = (String) task.get("id");
      String nomor = (String) kasi.get("/task/" + taskId + "/variables/" + AnakTerlantarPantiVariables.PENDAFTAR_NOMOR)
          .getBody().get("value");
      assertThat((String) task.get("name")).contains(nomor);
      assertThat(kasi.post("/task/" + taskId + "/claim", Map.of("userId", kasi.userId())).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(kasi.post("/task/" + taskId + "/submit-form", EngineRest.variables(Map.of(
          AnakTerlantarPantiVariables.KESIMPULAN_ASESMEN, kesimpulan.get(nomor),
          AnakTerlantarPantiVariables.HASIL_ASESMEN, "Asesmen " + nomor))).getStatusCode())
          .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    }
  }

  /** The text of an issued document, as the user downloads it from the archive. */
  private String pdfText(EngineRest user, Object documentId) throws IOException {
    ResponseEntity<byte[]> pdf = rest.withBasicAuth(user.userId(), EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/dokumen/" + documentId + "/pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
