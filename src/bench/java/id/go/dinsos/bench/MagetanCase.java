package id.go.dinsos.bench;

import static id.go.dinsos.sop.process.anjalat.AnjalAtVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SOP B (Magetan, anak jalanan to the balai) from report to balai, the path with a referral: who works each step and
 * what their form submits, as in MagetanAnjalAtRestTest.
 */
final class MagetanCase {

  record Step(String role, String taskKey, Map<String, Object> values) {
    String user() {
      return role + "." + Target.OFFICE;
    }
  }

  static final String STARTER_ROLE = "peksos";

  static final List<Step> STEPS = List.of(
      new Step("peksos", TASK_PEMERIKSAAN_BERKAS, Map.of(BERKAS_SURAT_KEPOLISIAN, true, BERKAS_SURAT_KEHILANGAN, true,
          BERKAS_BUKU_REGISTER, true, BERKAS_LIST_KENDALI, true, PETUGAS_PENERIMA_NAMA, "Sri Wahyuni, S.Sos.")),
      new Step("peksos", TASK_REGISTER_KASUS, Map.of(RINGKASAN_KASUS, "Anak jalanan usia sekitar 12 tahun, tanpa identitas.")),
      new Step("kadis", TASK_PENUGASAN_KADIS, Map.of(DISPOSISI_KADIS, "Segera lakukan asesmen lengkap.")),
      new Step("kabid", TASK_PENERUSAN_KABID, Map.of(PENDAMPING_DITUGASKAN, "Siti Rahayu")),
      new Step("pendamping-rehsos", TASK_ASESMEN_KLIEN, Map.of(ASESMEN_KONDISI_FISIK, "Sehat, kurang gizi ringan",
          ASESMEN_KONDISI_PSIKOLOGIS, "Cemas, mau berkomunikasi", ASESMEN_KELUARGA, "Orang tua tidak diketahui",
          ASESMEN_KEBUTUHAN, "Tempat tinggal, sekolah", PERLU_RUJUKAN, "ya")),
      new Step("pendamping-rehsos", TASK_LAPORAN_SOSIAL, Map.of(LAPORAN_SOSIAL, "Klien membutuhkan pengasuhan di balai.",
          TINDAK_LANJUT, "Rujuk ke balai rehabilitasi")),
      new Step("peksos", TASK_KOORDINASI_RUJUKAN, Map.of(
          BALAI_TUJUAN, "UPT Perlindungan dan Pelayanan Sosial Asuhan Anak Magetan",
          REKOMENDASI_PENANGANAN, "Pengasuhan dan pendidikan dasar",
          PERSETUJUAN_RUJUKAN, "WALI", PEMBERI_PERSETUJUAN_NAMA, "Ibu Suparmi")),
      new Step("pendamping-rehsos", TASK_PENGIRIMAN_KLIEN, Map.of(TANGGAL_PENGIRIMAN, "2026-11-23")),
      new Step("panti", TASK_PENERIMAAN_BALAI, Map.of(BALAI_MENERIMA, "ya", PETUGAS_BALAI_NAMA, "Dra. Endang Lestari",
          PETUGAS_BALAI_JABATAN, "Kepala Seksi Layanan UPT")));

  private MagetanCase() {
  }

  /** The start form's report. */
  static Map<String, Object> report() {
    Map<String, Object> values = new HashMap<>();
    values.put(PELAPOR_NAMA, "Bripka Sutrisno");
    values.put(PELAPOR_INSTANSI, "Kepolisian");
    values.put(PELAPOR_TELEPON, "081234567890");
    values.put(ANAK_NAMA, "Andi");
    values.put(ANAK_NIK, "");
    values.put(ANAK_JENIS_KELAMIN, "L");
    values.put(ANAK_TEMPAT_DITEMUKAN, "Terminal Maospati");
    values.put(KATEGORI, "ANJAL");
    values.put(KRONOLOGI, "Ditemukan tidur di terminal tanpa pendamping.");
    return values;
  }
}
