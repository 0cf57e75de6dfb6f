package id.go.dinsos.sop.process;

import static id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables.*;
import static id.go.dinsos.sop.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.support.EngineRest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The SOPs of the Lamandau office carried from start to end through the REST API, each step by the demo user of its
 * role ({@code <role>.lamandau}, password {@code demo}): SOP C, lansia terlantar ke Panti Jompo Palangka Raya.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LamandauProcessesRestTest {

  private static final String TENANT = "lamandau";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;

  private EngineRest as(String role) {
    return EngineRest.as(rest, role + "." + TENANT).runningDocumentSteps(managementService);
  }

  static Map<String, Object> permohonan() {
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
}
