package id.go.dinsos.sop.process;

import static id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables;
import id.go.dinsos.sop.process.cohort.Cohort;
import id.go.dinsos.sop.process.lansiapanti.LansiaPantiVariables;
import id.go.dinsos.sop.process.lapkin.LapkinVariables;
import id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.support.AsyncSteps;
import id.go.dinsos.sop.support.EngineRest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

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
  void lansiaPantiCaseGoesFromTheApplicationToThePantiByEachRoleOfTanahLaut() throws IOException {
    EngineRest frontOffice = as("fo-slrt");
    EngineRest fasilitator = as("fasilitator-slrt");
    EngineRest kasi = as("kasi");
    EngineRest kadis = as("kadis");
    Map<String, Object> lansia = Map.of(LansiaPantiVariables.PEMOHON_NAMA, "Haji Mursidi",
        LansiaPantiVariables.HUBUNGAN_PEMOHON, "APARAT", LansiaPantiVariables.LANSIA_NAMA, "Siti Rahmah",
        LansiaPantiVariables.LANSIA_NIK, "6301054107450002", LansiaPantiVariables.LANSIA_JENIS_KELAMIN, "P",
        LansiaPantiVariables.LANSIA_TEMPAT_LAHIR, "Pelaihari", LansiaPantiVariables.LANSIA_TANGGAL_LAHIR, "1945-07-01",
        LansiaPantiVariables.LANSIA_ALAMAT, "RT 03, Desa Panggung, Kecamatan Pelaihari");
    Map<String, Object> shortNik = new HashMap<>(lansia);
    shortNik.put(LansiaPantiVariables.LANSIA_NIK, "630105410745");
    ResponseEntity<Map<String, Object>> noCase = frontOffice.post(
        EngineRest.startFormPath(LansiaPantiVariables.PROCESS_ID, TENANT), EngineRest.variables(shortNik));
    assertThat(noCase.getStatusCode()).as("a NIK of 12 digits").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noCase.getBody().get("message")).contains("Isi kolom 'NIK lansia' tidak sesuai format");
    String caseId = frontOffice.startCase(LansiaPantiVariables.PROCESS_ID, TENANT, lansia);
    String registerNumber = (String) kadis.get("/process-instance/" + caseId).getBody().get("businessKey");
    assertThat(registerNumber).as("registered on arrival").matches("\\d{4}/REG/TNL/\\d{4}");

    frontOffice.completeTask(caseId, LansiaPantiVariables.TASK_REGISTRASI_PEMOHON, Map.of(
        LansiaPantiVariables.CARA_PERMOHONAN, "PERMOHONAN_MASYARAKAT",
        LansiaPantiVariables.INFORMASI_CALON_PM, "Tinggal sendiri di pondok kebun, tidak ada yang merawat."));
    frontOffice.completeTask(caseId, LansiaPantiVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        LansiaPantiVariables.BERKAS_IDENTITAS, true, LansiaPantiVariables.BERKAS_SKTM, true,
        LansiaPantiVariables.BERKAS_SURAT_PENGANTAR, true, LansiaPantiVariables.BERKAS_JAMINAN_KESEHATAN, true));
    fasilitator.completeTask(caseId, LansiaPantiVariables.TASK_HOME_VISIT, Map.of(
        LansiaPantiVariables.TANGGAL_HOME_VISIT, "2026-03-02",
        LansiaPantiVariables.KONDISI_LANSIA, "Lemah, sulit berjalan, makan tidak teratur.",
        LansiaPantiVariables.KONDISI_KELUARGA, "Tidak ada keluarga di Tanah Laut.",
        LansiaPantiVariables.PERSETUJUAN_RUJUKAN, ReferralConsent.BY_CLIENT,
        LansiaPantiVariables.PEMBERI_PERSETUJUAN_NAMA, "Mbah sendiri"));
    fasilitator.completeTask(caseId, LansiaPantiVariables.TASK_LAPORAN_HOME_VISIT, Map.of(
        LansiaPantiVariables.MEMENUHI_SYARAT, LansiaPantiVariables.MEMENUHI,
        LansiaPantiVariables.KESIMPULAN_HOME_VISIT, "Terlantar, tanpa keluarga yang merawat."));

    String koordinasi = kasi.claimTask(caseId, LansiaPantiVariables.TASK_KOORDINASI_PANTI);
    ResponseEntity<Map<String, Object>> refused = kasi.post("/task/" + koordinasi + "/submit-form",
        EngineRest.variables(Map.of(LansiaPantiVariables.NAMA_PANTI, "UPTD PSTW Budi Sejahtera",
            LansiaPantiVariables.HASIL_KOORDINASI_PANTI, "MENUNGGU")));
    assertThat(refused.getStatusCode()).as("no answer the gateway does not know").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Pilihan untuk kolom 'Hasil koordinasi' tidak dikenal")
        .contains("Kolom 'Keterangan dari panti' wajib diisi");
    assertThat(kasi.get("/task/" + koordinasi).getStatusCode()).as("the task stays open").isEqualTo(HttpStatus.OK);
    assertThat(kadis.historicValue(caseId, LansiaPantiVariables.NAMA_PANTI)).as("nothing of it saved").isNull();
    assertThat(kasi.post("/task/" + koordinasi + "/submit-form", EngineRest.variables(Map.of(
        LansiaPantiVariables.NAMA_PANTI, "UPTD PSTW Budi Sejahtera",
        LansiaPantiVariables.HASIL_KOORDINASI_PANTI, LansiaPantiVariables.LAYAK,
        LansiaPantiVariables.KETERANGAN_KOORDINASI_PANTI, "Satu tempat tersedia bulan ini."))).getStatusCode())
        .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    kasi.completeTask(caseId, LansiaPantiVariables.TASK_PENYIAPAN_REKOMENDASI, Map.of(
        LansiaPantiVariables.ISI_REKOMENDASI, "Lansia terlantar tanpa keluarga yang merawat.",
        LansiaPantiVariables.PETUGAS_PENGANTAR_NAMA, "Rahmadi",
        LansiaPantiVariables.PETUGAS_PENGANTAR_JABATAN, "Fasilitator SLRT"));
    as("kabid").completeTask(caseId, LansiaPantiVariables.TASK_TELAAH_KABID, Map.of(
        LansiaPantiVariables.HASIL_TELAAH_KABID, "Lengkap, diparaf."));
    kadis.completeTask(caseId, LansiaPantiVariables.TASK_PERSETUJUAN_KADIS, Map.of(
        LansiaPantiVariables.PERSETUJUAN_KADIS, LansiaPantiVariables.DISETUJUI,
        LansiaPantiVariables.PERTIMBANGAN_KADIS, "Setuju."));
    as("panti").completeTask(caseId, LansiaPantiVariables.TASK_SERAH_TERIMA_PANTI, Map.of(
        LansiaPantiVariables.TANGGAL_SERAH_TERIMA_PANTI, "2026-03-05",
        LansiaPantiVariables.PETUGAS_PANTI_NAMA, "Siti Aminah",
        LansiaPantiVariables.PETUGAS_PANTI_JABATAN, "Pekerja Sosial Panti"));

    Map<String, Object> history = kadis.get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(registerNumber);
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    assertThat(kadis.getList("/history/activity-instance?processInstanceId=" + caseId + "&activityId="
        + LansiaPantiVariables.EVENT_LANSIA_DILAYANI_DI_PANTI).getBody()).as("the lansia is served in the panti")
        .hasSize(1);
    assertThat(pdfText(kasi, kadis.historicValue(caseId, "dokumenRekomendasiId")))
        .as("the recommendation signed by the Kepala Dinas names the lansia and the panti")
        .contains("Siti Rahmah").contains("6301054107450002").contains("UPTD PSTW Budi Sejahtera")
        .contains("NOR HIDAYAT");
    assertThat(pdfText(kasi, kadis.historicValue(caseId, "dokumenBaSerahTerimaKlienId")))
        .as("the berita acara hands the lansia over to the panti's officer")
        .contains("Siti Rahmah").contains("Rahmadi").contains("Siti Aminah");
  }

  @Test
  void lapkinGoesFromProposalThroughEachUnitsFormatAndARevisionToTheArchiveByEachRoleOfTanahLaut()
      throws IOException {
    EngineRest kasubbag = as("kasubbag");
    EngineRest sekretaris = as("sekretaris");
    EngineRest kadis = as("kadis");
    EngineRest staf = as("staf");
    String tahun = String.valueOf(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Asia/Makassar")).getYear());
    String caseId = kasubbag.startCase(LapkinVariables.PROCESS_ID, TENANT, Map.of(LapkinVariables.TAHUN_LAPORAN, tahun,
        LapkinVariables.KETERANGAN_PENGAJUAN, "LAPKIN tahunan"));

    kadis.completeTask(caseId, LapkinVariables.TASK_PERINTAH_PENYUSUNAN, Map.of(LapkinVariables.DISPOSISI_KADIS,
        "Segera susun LAPKIN bersama seluruh unit."));
    kasubbag.completeTask(caseId, LapkinVariables.TASK_PEMBUATAN_FORMAT, Map.of(
        LapkinVariables.FORMAT_PENGUMPULAN_DATA, "Sasaran, indikator, target, realisasi dan capaian tiap unit.",
        LapkinVariables.BATAS_PENGUMPULAN_FORMAT, tahun + "-12-15"));
    staf.completeTask(caseId, LapkinVariables.TASK_PENYAMPAIAN_FORMAT, Map.of(
        LapkinVariables.TANGGAL_PENYAMPAIAN_FORMAT, tahun + "-12-01"));

    List<String> units = lapkinFillEachUnitsFormat(as("kabid"), caseId);
    assertThat(units).as("one task per configured unit").hasSize(3).contains("Sekretariat",
        "Bidang Rehabilitasi dan Perlindungan Jaminan Sosial");

    String analisis = kasubbag.claimTask(caseId, LapkinVariables.TASK_ANALISIS_DATA);
    Map<String, Object> prefilled = kasubbag.get("/task/" + analisis + "/form-variables").getBody();
    String capaian = (String) ((Map<?, ?>) prefilled.get(LapkinVariables.CAPAIAN_KINERJA)).get("value");
    assertThat(capaian.split("\n")).as("the units' rows, in the configured order").hasSize(3)
        .satisfies(rows -> assertThat(rows[0]).startsWith("Sasaran Sekretariat |"));
    String layanan = (String) ((Map<?, ?>) prefilled.get(LapkinVariables.LAYANAN)).get("value");
    assertThat(layanan).as("the annex, from the SLA report of %s", tahun)
        .containsPattern("(?m)^Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah \\(LAPKIN\\) \\| \\d+ \\| \\d+ \\| \\d+$");
    Map<String, Object> lapkin = Map.of(LapkinVariables.CAPAIAN_KINERJA, capaian, LapkinVariables.IKHTISAR,
        "Sebagian besar sasaran tercapai.", LapkinVariables.RENCANA_TINDAK_LANJUT, "Percepat pengumpulan data.");
    lapkinSubmit(kasubbag, caseId, analisis, lapkin);
    kasubbag.completeTask(caseId, LapkinVariables.TASK_PEMBUATAN_DOKUMEN, lapkin);
    sekretaris.completeTask(caseId, LapkinVariables.TASK_KOREKSI_SEKRETARIS, Map.of(
        LapkinVariables.HASIL_KOREKSI_SEKRETARIS, LapkinVariables.DIPERBAIKI,
        LapkinVariables.CATATAN_KOREKSI_SEKRETARIS, "Lengkapi kendala."));
    kasubbag.completeTask(caseId, LapkinVariables.TASK_PEMBUATAN_DOKUMEN, Map.of(LapkinVariables.CAPAIAN_KINERJA,
        capaian, LapkinVariables.IKHTISAR, "Sebagian besar sasaran tercapai.", LapkinVariables.KENDALA,
        "Data unit terlambat masuk."));
    sekretaris.completeTask(caseId, LapkinVariables.TASK_KOREKSI_SEKRETARIS, Map.of(
        LapkinVariables.HASIL_KOREKSI_SEKRETARIS, LapkinVariables.DISETUJUI,
        LapkinVariables.CATATAN_KOREKSI_SEKRETARIS, "Sesuai."));
    sekretaris.completeTask(caseId, LapkinVariables.TASK_PENYAMPAIAN_KADIS, Map.of(
        LapkinVariables.TANGGAL_PENYAMPAIAN_KADIS, tahun + "-12-20"));
    kadis.completeTask(caseId, LapkinVariables.TASK_PENANDATANGANAN_KADIS, Map.of(
        LapkinVariables.DISPOSISI_PERSETUJUAN_KADIS, "Disetujui, kirim kepada Bupati."));
    kasubbag.completeTask(caseId, LapkinVariables.TASK_PEMBUATAN_SURAT_PENGANTAR, Map.of(
        LapkinVariables.TUJUAN_SURAT, "Bupati Tanah Laut", LapkinVariables.ALAMAT_TUJUAN, "Pelaihari",
        LapkinVariables.JUMLAH_EKSEMPLAR, "3"));
    staf.completeTask(caseId, LapkinVariables.TASK_PENGIRIMAN_ARSIP, Map.of(LapkinVariables.TANGGAL_PENGIRIMAN,
        tahun + "-12-21", LapkinVariables.LOKASI_ARSIP, "Lemari arsip Subbag Perencanaan dan Keuangan"));

    Map<String, Object> history = kadis.get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    assertThat(pdfText(kasubbag, kadis.historicValue(caseId, LapkinVariables.DOKUMEN_LAPKIN_ID)))
        .as("the revised LAPKIN with the units' rows and the performance annex")
        .contains("TAHUN " + tahun).contains("Sasaran Sekretariat").contains("Data unit terlambat masuk.")
        .contains("Layanan Menurut SOP dan Mutu Baku").contains("Melewati mutu baku").contains("Penyusunan");
    assertThat(kadis.historicValue(caseId, LapkinVariables.DOKUMEN_DRAFT_LAPKIN_ID)).as("the draft archived too")
        .isNotNull().isNotEqualTo(kadis.historicValue(caseId, LapkinVariables.DOKUMEN_LAPKIN_ID));
    assertThat(pdfText(kasubbag, kadis.historicValue(caseId, LapkinVariables.DOKUMEN_SURAT_PENGANTAR_ID)))
        .contains("Bupati Tanah Laut").contains("Tahun " + tahun).contains("3 eksemplar");
  }

  /**
   * Langkah 4 as the Kepala Bidang: each unit's task, named after its unit, filled with that unit's rows (a row
   * without its five columns is refused first, and the task stays open); returns the units.
   */
  private List<String> lapkinFillEachUnitsFormat(EngineRest kabid, String caseId) {
    List<Map<String, Object>> tasks = kabid.getList("/task?processInstanceId=" + caseId + "&taskDefinitionKey="
        + LapkinVariables.TASK_PENGHIMPUNAN_DATA_UNIT).getBody();
    String prefix = "Menghimpun data dan informasi kinerja unit kerja: ";
    List<String> units = tasks.stream().map(task -> (String) task.get("name"))
        .peek(name -> assertThat(name).startsWith(prefix)).map(name -> name.substring(prefix.length())).toList();
    for (Map<String, Object> task : tasks) {
      String taskId = (String) task.get("id");
      String unit = ((String) task.get("name")).substring(prefix.length());
      assertThat(kabid.post("/task/" + taskId + "/claim", Map.of("userId", kabid.userId())).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      ResponseEntity<Map<String, Object>> refused = kabid.post("/task/" + taskId + "/submit-form",
          EngineRest.variables(Map.of(LapkinVariables.CAPAIAN_KINERJA_UNIT, "Pelayanan baik")));
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).contains("tidak sesuai format");
      lapkinSubmit(kabid, caseId, taskId, Map.of(LapkinVariables.CAPAIAN_KINERJA_UNIT,
          "Sasaran " + unit + " | Persentase layanan tuntas | 90% | 92% | 102,2%", LapkinVariables.KENDALA_UNIT, ""));
    }
    return units;
  }

  /** Submits the claimed task's form and runs the document steps that follow, as the job executor would. */
  private void lapkinSubmit(EngineRest user, String caseId, String taskId, Map<String, Object> values) {
    assertThat(user.post("/task/" + taskId + "/submit-form", EngineRest.variables(values)).getStatusCode())
        .as("%s submits %s", user.userId(), values.keySet()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    AsyncSteps.run(managementService, caseId);
  }

  @Test
  void logistikBencanaStockIsCountedReplenishedAndHandedOutToDisasterVictimsByEachRoleOfTanahLaut(
      @Autowired StockLedger ledger, @Autowired JdbcTemplate jdbc) throws IOException {
    EngineRest staf = as("staf");
    EngineRest kasi = as("kasi");
    EngineRest kabid = as("kabid");
    EngineRest kadis = as("kadis");
    String today = LocalDate.now(Office.TANAH_LAUT.zone()).toString();
    String masaBerlaku = LocalDate.now(Office.TANAH_LAUT.zone()).plusYears(1).toString();

    // langkah 1-4: the count sets the stock, the goods fetched from Bulog and the Provinsi raise it
    String persediaan = staf.startCase(LogistikBencanaVariables.PROCESS_ID, TENANT,
        Map.of(LogistikBencanaVariables.BAGIAN_KEGIATAN, LogistikBencanaVariables.PERSEDIAAN));
    Map<String, Object> opname = new HashMap<>(Map.of(LogistikBencanaVariables.TANGGAL_OPNAME, today,
        LogistikBencanaVariables.LOKASI_GUDANG, "Gudang logistik Dinas Sosial, Pelaihari",
        LogistikBencanaVariables.PETUGAS_OPNAME, "Rahmat", LogistikBencanaVariables.PERLU_PENGISIAN,
        LogistikBencanaVariables.YA, LogistikBencanaVariables.HASIL_OPNAME, "Beras | tiga ratus | kg | " + masaBerlaku));
    String opnameTask = staf.claimTask(persediaan, LogistikBencanaVariables.TASK_STOCK_OPNAME);
    ResponseEntity<Map<String, Object>> unreadable = staf.post("/task/" + opnameTask + "/submit-form",
        EngineRest.variables(opname));
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unreadable.getBody().get("message")).contains("baris 1", "bukan bilangan bulat");
    opname.put(LogistikBencanaVariables.HASIL_OPNAME, "Beras | 300 | kg | " + masaBerlaku + "\nSelimut | 50 | lembar | -");
    staf.completeTask(persediaan, LogistikBencanaVariables.TASK_STOCK_OPNAME, opname);
    assertThat(logistikBencanaStock(ledger)).as("the count is the stock").containsExactly(300L, 50L);
    assertThat(pdfText(kasi, kadis.historicValue(persediaan, "dokumenStockOpnameId")))
        .as("the stock opname report is printed from the stock table").contains("Beras", "300", "Selimut", "50");

    staf.completeTask(persediaan, LogistikBencanaVariables.TASK_SURAT_PERMOHONAN_PROVINSI, Map.of(
        LogistikBencanaVariables.DAFTAR_PERMOHONAN_PROVINSI, "Selimut | 150 | lembar | stok menipis",
        LogistikBencanaVariables.ALASAN_PERMOHONAN_PROVINSI, "Persiapan musim hujan."));
    kadis.completeTask(persediaan, LogistikBencanaVariables.TASK_TANDA_TANGAN_PERMOHONAN_PROVINSI, Map.of(
        LogistikBencanaVariables.KEPUTUSAN_PERMOHONAN_PROVINSI, LogistikBencanaVariables.DITANDATANGANI));
    kasi.completeTask(persediaan, LogistikBencanaVariables.TASK_PERMOHONAN_BERAS_KASI, Map.of(
        LogistikBencanaVariables.JUMLAH_BERAS_CBP, 2000, LogistikBencanaVariables.ALASAN_PERMOHONAN_BERAS,
        "Cadangan beras untuk musim hujan."));
    kabid.completeTask(persediaan, LogistikBencanaVariables.TASK_PARAF_PERMOHONAN_BERAS_KABID, Map.of(
        LogistikBencanaVariables.CATATAN_PARAF_KABID, "Diparaf."));
    kadis.completeTask(persediaan, LogistikBencanaVariables.TASK_TANDA_TANGAN_PERMOHONAN_BERAS_KADIS, Map.of(
        LogistikBencanaVariables.DISPOSISI_KADIS_BERAS, "Ajukan ke Bupati melalui Sekda."));
    staf.completeTask(persediaan, LogistikBencanaVariables.TASK_CATAT_PENERUSAN_SEKDA, Map.of(
        LogistikBencanaVariables.TANGGAL_DITERUSKAN_SEKDA, today));
    staf.completeTask(persediaan, LogistikBencanaVariables.TASK_CATAT_REKOMENDASI_BUPATI, Map.of(
        LogistikBencanaVariables.REKOMENDASI_BUPATI, LogistikBencanaVariables.DIBERIKAN,
        LogistikBencanaVariables.NOMOR_REKOMENDASI_BUPATI, "500/112/Ekon/2026",
        LogistikBencanaVariables.TANGGAL_REKOMENDASI_BUPATI, today));
    staf.completeTask(persediaan, LogistikBencanaVariables.TASK_PENGAMBILAN_BARANG, Map.of(
        LogistikBencanaVariables.TANGGAL_PENGAMBILAN, today, LogistikBencanaVariables.KENDARAAN_ANGKUT, "Truk DA 8123 KT",
        LogistikBencanaVariables.BARANG_DARI_BULOG, "Beras | 2000 | kg | " + masaBerlaku,
        LogistikBencanaVariables.BARANG_DARI_PROVINSI, "Selimut | 150 | lembar | -"));
    assertThat(kadis.get("/history/process-instance/" + persediaan).getBody().get("state")).isEqualTo("COMPLETED");
    assertThat(logistikBencanaStock(ledger)).as("receipts raised it").containsExactly(2300L, 200L);
    assertThat(pdfText(kasi, kadis.historicValue(persediaan, "dokumenSuratPermohonanBulogId")))
        .as("the letter to Bulog cites the Bupati's recommendation").contains("500/112/Ekon/2026", "Bulog");

    // langkah 5-9: one disaster report, a handover the stock cannot cover is refused, the one it can lowers it
    String bencana = staf.startCase(LogistikBencanaVariables.PROCESS_ID, TENANT,
        Map.of(LogistikBencanaVariables.BAGIAN_KEGIATAN, LogistikBencanaVariables.LAPORAN_BENCANA));
    staf.completeTask(bencana, LogistikBencanaVariables.TASK_PENERIMAAN_LAPORAN_BENCANA, Map.of(
        LogistikBencanaVariables.SUMBER_LAPORAN, "TAGANA", LogistikBencanaVariables.PELAPOR_NAMA, "Budi (Tagana)",
        LogistikBencanaVariables.JENIS_BENCANA, "BANJIR", LogistikBencanaVariables.LOKASI_KEJADIAN,
        "Desa Tambak Sarinah, Kecamatan Kurau", LogistikBencanaVariables.TANGGAL_KEJADIAN, today,
        LogistikBencanaVariables.URAIAN_KEJADIAN, "35 rumah terendam.", LogistikBencanaVariables.JUMLAH_KORBAN, 120));
    assertThat((String) kadis.get("/process-instance/" + bencana).getBody().get("businessKey"))
        .matches("\\d{4}/REG/TNL/\\d{4}");
    kasi.completeTask(bencana, LogistikBencanaVariables.TASK_KOORDINASI_BPBD, Map.of(
        LogistikBencanaVariables.INSTANSI_TERKAIT, "BPBD Tanah Laut", LogistikBencanaVariables.HASIL_KOORDINASI,
        "Dinsos menyalurkan logistik ke posko.", LogistikBencanaVariables.PENYALURAN_DIPERLUKAN,
        LogistikBencanaVariables.YA));
    staf.completeTask(bencana, LogistikBencanaVariables.TASK_PENYALURAN_BANTUAN, Map.of(
        LogistikBencanaVariables.TANGGAL_PENYALURAN, today, LogistikBencanaVariables.KENDARAAN_OPERASIONAL,
        "Pick-up DA 8456 KT", LogistikBencanaVariables.PETUGAS_PENYALURAN, "Rahmat"));
    Map<String, Object> penyerahan = new HashMap<>(Map.of(LogistikBencanaVariables.TANGGAL_SERAH_TERIMA, today,
        LogistikBencanaVariables.TEMPAT_SERAH_TERIMA, "Posko Desa Tambak Sarinah",
        LogistikBencanaVariables.PIHAK_PERTAMA_NAMA, "Rahmat", LogistikBencanaVariables.PIHAK_PERTAMA_JABATAN,
        "Staf Seksi PSKB", LogistikBencanaVariables.PIHAK_KEDUA_NAMA, "H. Abdul Kadir",
        LogistikBencanaVariables.PIHAK_KEDUA_JABATAN, "Kepala Desa Tambak Sarinah",
        LogistikBencanaVariables.BARANG_DISERAHKAN, "Beras | 5000 | kg | dapur umum\nSelimut | 40 | lembar |"));
    String penyerahanTask = staf.claimTask(bencana, LogistikBencanaVariables.TASK_PENYERAHAN_BANTUAN);
    ResponseEntity<Map<String, Object>> shortfall = staf.post("/task/" + penyerahanTask + "/submit-form",
        EngineRest.variables(penyerahan));
    assertThat(shortfall.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) shortfall.getBody().get("message"))
        .contains("Persediaan gudang tidak mencukupi: Beras (kg): diminta 5000, tersedia 2300");
    assertThat(staf.get("/task/" + penyerahanTask).getStatusCode()).as("the task stays open").isEqualTo(HttpStatus.OK);
    assertThat(logistikBencanaStock(ledger)).as("nothing taken").containsExactly(2300L, 200L);
    penyerahan.put(LogistikBencanaVariables.BARANG_DISERAHKAN, "Beras | 500 | kg | dapur umum\nSelimut | 40 | lembar |");
    staf.completeTask(bencana, LogistikBencanaVariables.TASK_PENYERAHAN_BANTUAN, penyerahan);
    assertThat(logistikBencanaStock(ledger)).as("the handover lowered it").containsExactly(1800L, 160L);

    staf.completeTask(bencana, LogistikBencanaVariables.TASK_LAPORAN_PERTANGGUNGJAWABAN, Map.of(
        LogistikBencanaVariables.URAIAN_PENYALURAN, "Bantuan diserahkan di posko.",
        LogistikBencanaVariables.PENERIMA_BANTUAN, "35 KK korban banjir"));
    kasi.completeTask(bencana, LogistikBencanaVariables.TASK_PEMERIKSAAN_LAPORAN_KASI, Map.of(
        LogistikBencanaVariables.CATATAN_PEMERIKSAAN_KASI, "Sesuai berita acara."));
    kabid.completeTask(bencana, LogistikBencanaVariables.TASK_PERSETUJUAN_LAPORAN_KABID, Map.of(
        LogistikBencanaVariables.PERSETUJUAN_LAPORAN, LogistikBencanaVariables.DISETUJUI));

    assertThat(kadis.get("/history/process-instance/" + bencana).getBody().get("state")).isEqualTo("COMPLETED");
    assertThat(pdfText(kasi, kadis.historicValue(bencana, "dokumenBaSerahTerimaBarangId")))
        .as("the berita acara lists what left the warehouse")
        .contains("Beras", "500", "Selimut", "40", "H. Abdul Kadir");
    assertThat(pdfText(kasi, kadis.historicValue(bencana, "dokumenLaporanPertanggungjawabanId"))).contains("Beras");
    assertThat(jdbc.queryForList("select recorded_by, document_number from stock_movement where process_instance_id = ?"
        + " and movement_type = 'DISTRIBUTION'", bencana)).as("the ledger names who handed out what, under which BA")
        .hasSize(2).allSatisfy(movement -> assertThat(movement).containsEntry("recorded_by", "staf.tanah-laut")
            .containsEntry("document_number", kadis.historicValue(bencana,
                LogistikBencanaVariables.DOKUMEN_BA_SERAH_TERIMA_BARANG_NOMOR)));
  }

  /** SOP D: the usable stock of rice (kg) and blankets (lembar) of the Tanah Laut warehouse. */
  private static List<Long> logistikBencanaStock(StockLedger ledger) {
    LocalDate today = LocalDate.now(Office.TANAH_LAUT.zone());
    return List.of(ledger.available(TENANT, "Beras", "kg", today), ledger.available(TENANT, "Selimut", "lembar", today));
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
        AnakTerlantarPantiVariables.REKAP_PERSYARATAN, "Persyaratan P01 dan P03 lengkap.",
        AnakTerlantarPantiVariables.PERSETUJUAN_RUJUKAN, ReferralConsent.BY_GUARDIAN,
        AnakTerlantarPantiVariables.PEMBERI_PERSETUJUAN_NAMA, "P01 ibu kandung; P03 ayah kandung"));
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
