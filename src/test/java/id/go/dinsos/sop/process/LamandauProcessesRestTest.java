package id.go.dinsos.sop.process;

import static id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables.*;
import static id.go.dinsos.sop.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.go.dinsos.sop.casefile.BeneficiaryCategory;
import id.go.dinsos.sop.casefile.BeneficiaryRegistry;
import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.process.anakterlantar.AnakTerlantarVariables;
import id.go.dinsos.sop.support.EngineRest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The SOPs of the Lamandau office carried from start to end through the REST API, each step by the demo user of its
 * role ({@code <role>.lamandau}, password {@code demo}): SOP C, lansia terlantar ke Panti Jompo Palangka Raya; SOP A,
 * a batch of anak terlantar sent to a panti's training.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class LamandauProcessesRestTest {

  private static final String TENANT = "lamandau";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired BeneficiaryRegistry registry;
  @Autowired ReferralConsent consents;

  private EngineRest as(String role) {
    return EngineRest.as(rest, role + "." + TENANT).runningDocumentSteps(managementService);
  }

  public static Map<String, Object> permohonan() {
    Map<String, Object> values = new HashMap<>();
    values.put(DESA_KELURAHAN, "Desa Kujan");
    values.put(KECAMATAN, "Bulik");
    values.put(NOMOR_SURAT_PERMOHONAN, "140/12/KJN/III/2026");
    values.put(TANGGAL_SURAT_PERMOHONAN, "2026-03-02");
    values.put(PETUGAS_DESA_NAMA, "Yulianus");
    values.put(PETUGAS_DESA_TELEPON, "081349001122");
    values.put(LANSIA_NAMA, "Mbah Sarinah");
    values.put(LANSIA_NIK, "");
    values.put(LANSIA_JENIS_KELAMIN, "P");
    values.put(LANSIA_USIA, 78);
    values.put(LANSIA_ALAMAT, "RT 02 Desa Kujan");
    values.put(ALASAN_PERMOHONAN, "Hidup sendiri tanpa keluarga, sakit-sakitan.");
    return values;
  }

  @Test
  void lansiaPantiJompoCaseGoesFromTheVillageLetterToThePantiByEachRoleOfLamandau() {
    assertThat(as("peksos").post(EngineRest.startFormPath(PROCESS_ID, TENANT), variables(permohonan()))
        .getStatusCode()).as("only staf start this SOP").isEqualTo(HttpStatus.FORBIDDEN);
    EngineRest staf = as("staf");
    EngineRest peksos = as("peksos");
    EngineRest kasi = as("kasi");
    String caseId = staf.startCase(PROCESS_ID, TENANT, permohonan());

    staf.completeTask(caseId, TASK_PENERIMAAN_PERMOHONAN, Map.of(NOMOR_AGENDA_SURAT_MASUK, "045/SM/2026",
        PETUGAS_VERIFIKASI, "Rina Marlina"));
    assertThat(staf.getList("/task?processInstanceId=" + caseId).getBody())
        .as("the peksos's task is not offered to staf").isEmpty();
    peksos.completeTask(caseId, TASK_VERIFIKASI_ASESMEN, Map.of(TANGGAL_VERIFIKASI, "2026-03-03",
        HASIL_VERIFIKASI_LAPANGAN, "Data sesuai; lansia tinggal sendiri.", ASESMEN_KONDISI_FISIK, "Lemah",
        ASESMEN_KONDISI_PSIKOLOGIS, "Kesepian", ASESMEN_KELUARGA, "Tidak ada keluarga dekat",
        ASESMEN_KEBUTUHAN, "Perawatan di panti", PERSETUJUAN_RUJUKAN, "KLIEN",
        PEMBERI_PERSETUJUAN_NAMA, "Mbah Sarinah"));
    String registerNumber = (String) as("kadis").get("/process-instance/" + caseId).getBody().get("businessKey");
    assertThat(registerNumber).matches("\\d{4}/REG/LMD/\\d{4}");
    kasi.completeTask(caseId, TASK_PERSYARATAN_ADMINISTRATIF, Map.of(
        HASIL_PENELAAHAN_MASALAH, "Lansia terlantar, memenuhi syarat panti."));
    as("kabid").completeTask(caseId, TASK_TELAAH_KABID, Map.of(HASIL_TELAAH_KABID, "Diparaf."));
    as("kadis").completeTask(caseId, TASK_PERSETUJUAN_KADIS, Map.of(PERSETUJUAN_KADIS, DISETUJUI));
    kasi.completeTask(caseId, TASK_PENYERAHAN_REKOMENDASI, Map.of(TANGGAL_PENYERAHAN_REKOMENDASI, "2026-03-04"));
    peksos.completeTask(caseId, TASK_PENGIRIMAN_KLIEN, Map.of(TANGGAL_PENGIRIMAN, "2026-03-05",
        PETUGAS_PANTI_PENERIMA, "Yohanes"));

    Map<String, Object> history = as("kadis").get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(registerNumber);
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    for (String stem : List.of("dokumenSuratTugas", "dokumenRekomendasi", "dokumenBaSerahTerimaKlien")) {
      assertThat((String) as("kadis").historicValue(caseId, stem + "Nomor")).as("%s numbered", stem).isNotBlank();
    }
  }

  @Test
  void anakTerlantarBatchGoesFromRegistrationToMonitoringByEachRoleOfLamandau() throws IOException {
    EngineRest staf = as("staf");
    EngineRest kasi = as("kasi");
    EngineRest kabid = as("kabid");
    String caseId = staf.startCase(AnakTerlantarVariables.PROCESS_ID, TENANT, Map.of(
        AnakTerlantarVariables.NAMA_PANTI_TUJUAN, "PSBR Rumbai Pekanbaru",
        AnakTerlantarVariables.PROGRAM_PELATIHAN, "Pelatihan menjahit angkatan I 2026"));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN, Map.of(
        AnakTerlantarVariables.INFORMASI_PENDAFTARAN, "Pelatihan menjahit, usia 15-21 tahun.",
        AnakTerlantarVariables.KUOTA_PESERTA, 10, AnakTerlantarVariables.BATAS_PENDAFTARAN, "2026-03-16"));
    kasi.completeTask(caseId, AnakTerlantarVariables.TASK_RENCANA_SOSIALISASI, Map.of(
        AnakTerlantarVariables.RENCANA_SOSIALISASI, "Sosialisasi melalui TKSK di 3 kecamatan."));

    String pendaftaran = staf.claimTask(caseId, AnakTerlantarVariables.TASK_PENERIMAAN_PENDAFTARAN);
    ResponseEntity<Map<String, Object>> refused = staf.post("/task/" + pendaftaran + "/submit-form",
        variables(Map.of(AnakTerlantarVariables.DAFTAR_PENDAFTAR, "Siti Aminah | 12345 | P | 15 | Kujan")));
    assertThat(refused.getStatusCode()).as("a NIK of 5 digits").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Baris 1: NIK harus 16 angka");
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_PENERIMAAN_PENDAFTARAN, Map.of(
        AnakTerlantarVariables.DAFTAR_PENDAFTAR, """
            Siti Aminah | 6209014501100003 | P | 15 | Desa Kujan, Bulik | Ibu Rahmah (ibu)
            Dodi Saputra | - | L | 17 | Nanga Bulik |
            Yanto | 6209012208090001 | L | 16 | Desa Sungai Tuat | Pak Amat (ayah)
            """));
    String registerNumber = (String) as("kadis").get("/process-instance/" + caseId).getBody().get("businessKey");
    assertThat(registerNumber).matches("\\d{4}/REG/LMD/\\d{4}");

    EngineRest peksos = as("peksos");
    List<Map<String, Object>> asesmen = peksos.getList("/task?processInstanceId=" + caseId + "&taskDefinitionKey="
        + AnakTerlantarVariables.TASK_ASESMEN_PENDAFTAR).getBody();
    assertThat(asesmen).as("one assessment task per registrant").hasSize(3)
        .extracting(task -> (String) task.get("name")).anySatisfy(name -> assertThat(name).contains("Dodi Saputra"));
    for (Map<String, Object> task : asesmen) {
      String nomor = (String) peksos.get("/task/" + task.get("id") + "/variables/"
          + AnakTerlantarVariables.PENDAFTAR_NOMOR).getBody().get("value");
      assertThat(peksos.post("/task/" + task.get("id") + "/claim", Map.of("userId", peksos.userId()))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(peksos.post("/task/" + task.get("id") + "/submit-form", variables(Map.of(
          AnakTerlantarVariables.KESIMPULAN_ASESMEN, nomor.equals("P02") ? AnakTerlantarVariables.TIDAK_LAYAK
              : AnakTerlantarVariables.LAYAK,
          AnakTerlantarVariables.HASIL_ASESMEN, "Asesmen " + nomor))).getStatusCode())
          .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    }
    kabid.completeTask(caseId, AnakTerlantarVariables.TASK_PENENTUAN_CALON_PM, Map.of(
        AnakTerlantarVariables.NOMOR_PM_TERPILIH, "P01, P03"));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_PENGISIAN_FORMULIR_PERSYARATAN, Map.of(
        AnakTerlantarVariables.TANGGAL_FORMULIR_LENGKAP, "2026-03-20",
        AnakTerlantarVariables.CATATAN_FORMULIR_PERSYARATAN, "KK, akta kelahiran, surat sehat.",
        AnakTerlantarVariables.PERSETUJUAN_RUJUKAN, ReferralConsent.BY_GUARDIAN,
        AnakTerlantarVariables.PEMBERI_PERSETUJUAN_NAMA, "P01 Ibu Rahmah (ibu); P03 Pak Amat (ayah)"));
    kasi.completeTask(caseId, AnakTerlantarVariables.TASK_KOORDINASI_RENCANA_PENGIRIMAN, Map.of(
        AnakTerlantarVariables.IZIN_BERANGKAT, AnakTerlantarVariables.IZIN_DIBERIKAN,
        AnakTerlantarVariables.HASIL_KOORDINASI_PANTI, "Izin berangkat Nomor 12/PSBR/2026."));
    kabid.completeTask(caseId, AnakTerlantarVariables.TASK_KOORDINASI_PEMBERANGKATAN, Map.of(
        AnakTerlantarVariables.TANGGAL_KEBERANGKATAN, "2026-03-25",
        AnakTerlantarVariables.RENCANA_PEMBERANGKATAN, "Mobil dinas, berangkat pukul 07.00."));
    as("tksk").completeTask(caseId, AnakTerlantarVariables.TASK_KOORDINASI_CALON_PM_KELUARGA, Map.of(
        AnakTerlantarVariables.HASIL_KOORDINASI_KELUARGA, "Keluarga setuju, PM siap berangkat."));
    as("kadis").completeTask(caseId, AnakTerlantarVariables.TASK_PEMBUATAN_SURAT_TUGAS, Map.of(
        AnakTerlantarVariables.PETUGAS_PENDAMPING, "Rina Marlina | 198705122010012003 | Penata (III/c) | Peksos"));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_PENYERAHAN_CALON_PM, Map.of(
        AnakTerlantarVariables.TANGGAL_PENYERAHAN, "2026-03-26",
        AnakTerlantarVariables.PETUGAS_PENYERAH_NAMA, "Rina Marlina",
        AnakTerlantarVariables.PETUGAS_PANTI_PENERIMA_NAMA, "Yohanes",
        AnakTerlantarVariables.PETUGAS_PANTI_PENERIMA_JABATAN, "Pekerja Sosial PSBR Rumbai"));
    as("panti").completeTask(caseId, AnakTerlantarVariables.TASK_MASA_PELAYANAN_PANTI, Map.of(
        AnakTerlantarVariables.TANGGAL_SELESAI_PELAYANAN, "2026-09-25",
        AnakTerlantarVariables.LAPORAN_PELAYANAN_PANTI, "Materi menjahit selesai."));
    kasi.completeTask(caseId, AnakTerlantarVariables.TASK_KOORDINASI_PENJEMPUTAN, Map.of(
        AnakTerlantarVariables.TANGGAL_PENJEMPUTAN, "2026-09-28",
        AnakTerlantarVariables.RENCANA_PENJEMPUTAN, "Dijemput mobil dinas."));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_PENJEMPUTAN_PM, Map.of(
        AnakTerlantarVariables.SERTIFIKAT_PM,
        "P01 (Siti Aminah) | 474/SRT/PSBR/2026\nP03 (Yanto) | 475/SRT/PSBR/2026"));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_SERAH_TERIMA_DARI_PANTI, Map.of(
        AnakTerlantarVariables.TANGGAL_SERAH_TERIMA_KEMBALI, "2026-09-28",
        AnakTerlantarVariables.PETUGAS_PANTI_PENYERAH_NAMA, "Yohanes",
        AnakTerlantarVariables.PETUGAS_PANTI_PENYERAH_JABATAN, "Pekerja Sosial PSBR Rumbai",
        AnakTerlantarVariables.PETUGAS_DINSOS_PENERIMA_NAMA, "Rina Marlina"));
    staf.completeTask(caseId, AnakTerlantarVariables.TASK_PEMBUATAN_LAPORAN, Map.of(
        AnakTerlantarVariables.URAIAN_KEGIATAN, "Pengiriman dan penjemputan dua PM.",
        AnakTerlantarVariables.HASIL_KEGIATAN, "Dua PM bersertifikat menjahit."));
    peksos.completeTask(caseId, AnakTerlantarVariables.TASK_MONITORING_EVALUASI, Map.of(
        AnakTerlantarVariables.HASIL_MONITORING, "Kedua PM membuka usaha jahit."));

    EngineRest kadis = as("kadis");
    Map<String, Object> history = kadis.get("/history/process-instance/" + caseId).getBody();
    assertThat(history.get("state")).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey")).isEqualTo(registerNumber);
    assertThat(history.get("tenantId")).isEqualTo(TENANT);
    assertThat((String) kadis.historicValue(caseId, "pendaftarP01")).as("the PM's own data stays with the case")
        .contains("\"nik\":\"6209014501100003\"", "\"keluarga\":\"Ibu Rahmah (ibu)\"",
            "\"kesimpulan\":\"layak\"", "\"pm\":true", "\"sertifikat\":\"474/SRT/PSBR/2026\"");
    for (String stem : List.of("dokumenSuratTugas", "dokumenSuratPengantar",
        AnakTerlantarVariables.DOKUMEN_BA_PENYERAHAN,
        AnakTerlantarVariables.DOKUMEN_BA_SERAH_TERIMA_KEMBALI, "dokumenLaporanKegiatan")) {
      assertThat((String) kadis.historicValue(caseId, stem + "Nomor")).as("%s numbered", stem).isNotBlank();
    }
    String baSerahTerimaKembali = (String) kadis.historicValue(caseId,
        AnakTerlantarVariables.DOKUMEN_BA_SERAH_TERIMA_KEMBALI + "Id");
    assertThat(staf.documentText(baSerahTerimaKembali))
        .as("the berita acara lists the PM with their certificates, not the registrant left out")
        .contains("Siti Aminah", "6209014501100003", "Yanto", "474/SRT/PSBR/2026").doesNotContain("Dodi");

    assertThat(registry.peopleOfCase(caseId)).as("the case file links every registrant of the batch")
        .extracting(person -> person.details().name(), person -> person.details().nik(),
            person -> person.details().familyOrGuardian(), person -> person.details().category())
        .containsExactlyInAnyOrder(
            tuple("Siti Aminah", "6209014501100003", "Ibu Rahmah (ibu)", BeneficiaryCategory.ANAK_TERLANTAR),
            tuple("Dodi Saputra", null, null, BeneficiaryCategory.ANAK_TERLANTAR),
            tuple("Yanto", "6209012208090001", "Pak Amat (ayah)", BeneficiaryCategory.ANAK_TERLANTAR));
    assertThat(consents.ofCase(caseId)).singleElement().satisfies(consent -> {
      assertThat(consent.activityId()).isEqualTo(AnakTerlantarVariables.TASK_PENGISIAN_FORMULIR_PERSYARATAN);
      assertThat(consent.givenBy()).isEqualTo(ReferralConsent.BY_GUARDIAN);
      assertThat(consent.giverName()).isEqualTo("P01 Ibu Rahmah (ibu); P03 Pak Amat (ayah)");
    });
  }
}
