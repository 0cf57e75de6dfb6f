package id.go.dinsos.sop.process;

import static id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.support.EngineRest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
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
