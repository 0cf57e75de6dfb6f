package id.go.dinsos.sop.process.anjalat;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/magetan/magetan-anjal-at.bpmn} (SOP Magetan 188/.../Kept./403.107/2023,
 * pengiriman Anjal dan AT ke balai rehabilitasi) and its Camunda Forms: one constant per process variable
 * (the form field keys), the process id and the ids of its tasks and events. Java code and tests use these
 * instead of string literals, so a renamed field or step shows up as a compile error.
 */
public final class AnjalAtVariables {

  private AnjalAtVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "magetan-anjal-at";

  // ------------------------------------------------------------------ start form (magetan-anjal-at-laporan)

  /** Nama pelapor (text, required, max 100). */
  public static final String PELAPOR_NAMA = "pelaporNama";
  /** Instansi pelapor: Kepolisian, Satpol PP, Masyarakat or Lainnya. */
  public static final String PELAPOR_INSTANSI = "pelaporInstansi";
  /** Nomor telepon pelapor, {@code ^(\+62|0)[0-9]{8,13}$}. */
  public static final String PELAPOR_TELEPON = "pelaporTelepon";
  /** Nama anak (text, required, max 100). */
  public static final String ANAK_NAMA = "anakNama";
  /** NIK anak, 16 digits; empty when the child has no identity document. */
  public static final String ANAK_NIK = "anakNik";
  /** Jenis kelamin anak: {@code L} or {@code P}. */
  public static final String ANAK_JENIS_KELAMIN = "anakJenisKelamin";
  /** Tanggal lahir anak (ISO date string, optional). */
  public static final String ANAK_TANGGAL_LAHIR = "anakTanggalLahir";
  /** Tempat anak ditemukan (text, required). */
  public static final String ANAK_TEMPAT_DITEMUKAN = "anakTempatDitemukan";
  /** Kategori: {@code ANJAL} (anak jalanan) or {@code AT} (anak terlantar). */
  public static final String KATEGORI = "kategori";
  /** Kronologi penyerahan (text, required, max 2000). */
  public static final String KRONOLOGI = "kronologi";

  // ------------------------------------------------------------------ PemeriksaanBerkas

  /** Berkas: surat keterangan kepolisian tentang orang terlantar diterima (boolean). */
  public static final String BERKAS_SURAT_KEPOLISIAN = "berkasSuratKepolisian";
  /** Berkas: surat keterangan kehilangan identitas diterima (boolean). */
  public static final String BERKAS_SURAT_KEHILANGAN = "berkasSuratKehilangan";
  /** Berkas: buku register diterima (boolean). */
  public static final String BERKAS_BUKU_REGISTER = "berkasBukuRegister";
  /** Berkas: list kendali / lembar verifikasi diterima (boolean). */
  public static final String BERKAS_LIST_KENDALI = "berkasListKendali";
  /** Catatan pemeriksaan berkas (text, optional). */
  public static final String CATATAN_PEMERIKSAAN = "catatanPemeriksaan";
  /** Nama petugas penerima klien (text, required): pihak kedua of the berita acara serah terima klien. */
  public static final String PETUGAS_PENERIMA_NAMA = "petugasPenerimaNama";
  /** NIP petugas penerima (18 digits, spaces allowed, optional). */
  public static final String PETUGAS_PENERIMA_NIP = "petugasPenerimaNip";

  // ------------------------------------------------------------------ MenungguKelengkapanBerkas

  /** Tindak lanjut berkas tidak lengkap: {@code DILENGKAPI} (loop back) or {@code DIBATALKAN} (case closed). */
  public static final String TINDAK_LANJUT_BERKAS = "tindakLanjutBerkas";
  /** Alasan penutupan kasus (text, optional). */
  public static final String ALASAN_PENUTUPAN = "alasanPenutupan";

  // ------------------------------------------------------------------ register and assignment

  /** Nomor register kasus, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;
  /** Ringkasan kasus (text, required, max 2000). */
  public static final String RINGKASAN_KASUS = "ringkasanKasus";
  /** Disposisi Kepala Dinas (text, required, max 1000). */
  public static final String DISPOSISI_KADIS = "disposisiKadis";
  /** Pendamping yang ditugaskan Kabid (text, required, max 100). */
  public static final String PENDAMPING_DITUGASKAN = "pendampingDitugaskan";
  /** Catatan Kepala Bidang (text, optional). */
  public static final String CATATAN_KABID = "catatanKabid";

  // ------------------------------------------------------------------ AsesmenKlien and LaporanSosial

  /** Asesmen: kondisi fisik dan kesehatan (text, required). */
  public static final String ASESMEN_KONDISI_FISIK = "asesmenKondisiFisik";
  /** Asesmen: kondisi psikologis (text, required). */
  public static final String ASESMEN_KONDISI_PSIKOLOGIS = "asesmenKondisiPsikologis";
  /** Asesmen: keluarga dan lingkungan sosial (text, required). */
  public static final String ASESMEN_KELUARGA = "asesmenKeluarga";
  /** Asesmen: kebutuhan klien (text, required). */
  public static final String ASESMEN_KEBUTUHAN = "asesmenKebutuhan";
  /** Perlu rujukan ke balai: {@code ya} or {@code tidak}; decides gateway "Perlu rujukan?". */
  public static final String PERLU_RUJUKAN = "perluRujukan";
  /** Laporan sosial (text, required, max 4000). */
  public static final String LAPORAN_SOSIAL = "laporanSosial";
  /** Rencana tindak lanjut dari laporan sosial (text, required, max 1000). */
  public static final String TINDAK_LANJUT = "tindakLanjut";

  // ------------------------------------------------------------------ referral, delivery, reception

  /** Balai rehabilitasi tujuan (text, required, max 200). */
  public static final String BALAI_TUJUAN = "balaiTujuan";
  /** Rekomendasi penanganan (text, required, max 2000). */
  public static final String REKOMENDASI_PENANGANAN = "rekomendasiPenanganan";
  /** Who consented to the referral: {@code KLIEN} or {@code WALI} (required; recorded in the case file). */
  public static final String PERSETUJUAN_RUJUKAN = ReferralConsent.GIVEN_BY_FIELD;
  /** Name of the client or guardian who consented to the referral (text, required, max 100). */
  public static final String PEMBERI_PERSETUJUAN_NAMA = ReferralConsent.GIVER_NAME_FIELD;
  /** Tanggal pengiriman klien (ISO date string, required). */
  public static final String TANGGAL_PENGIRIMAN = "tanggalPengiriman";
  /** Catatan pengiriman (text, optional). */
  public static final String CATATAN_PENGIRIMAN = "catatanPengiriman";
  /** Balai menerima klien: {@code ya} (case ends) or {@code tidak} (back to KoordinasiRujukan). */
  public static final String BALAI_MENERIMA = "balaiMenerima";
  /** Catatan balai (text, optional). */
  public static final String CATATAN_BALAI = "catatanBalai";
  /** Nama petugas balai (text, required): pihak kedua of the berita acara penerimaan. */
  public static final String PETUGAS_BALAI_NAMA = "petugasBalaiNama";
  /** Jabatan petugas balai (text, required). */
  public static final String PETUGAS_BALAI_JABATAN = "petugasBalaiJabatan";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 1: berita acara serah terima klien, after the register number (variables {@code dokumenBaSerahTerimaKlien*}). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_KLIEN = "BuatBaSerahTerimaKlien";
  /** Langkah 3: surat tugas for the pendamping (variables {@code dokumenSuratTugas*}). */
  public static final String TASK_BUAT_SURAT_TUGAS_ASESMEN = "BuatSuratTugasAsesmen";
  /** Langkah 5: laporan sosial (variables {@code dokumenLaporanSosial*}). */
  public static final String TASK_BUAT_LAPORAN_SOSIAL = "BuatLaporanSosial";
  /** Langkah 6: rekomendasi rujukan, once per balai tried (variables {@code dokumenRekomendasi*}). */
  public static final String TASK_BUAT_REKOMENDASI_RUJUKAN = "BuatRekomendasiRujukan";
  /** Langkah 8: berita acara penerimaan by the balai. */
  public static final String TASK_BUAT_BA_PENERIMAAN_BALAI = "BuatBaPenerimaanBalai";
  /** Stem of the variables of the berita acara penerimaan (a second BA_SERAH_TERIMA_KLIEN of the case). */
  public static final String DOKUMEN_BA_PENERIMAAN_BALAI = "dokumenBaPenerimaanBalai";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events

  /** Start event: pelapor menyerahkan anak ke Dinas Sosial. */
  public static final String EVENT_LAPORAN_DITERIMA = "LaporanDiterima";
  /** Terminate end event: kasus ditutup karena berkas tidak lengkap. */
  public static final String EVENT_KASUS_DITUTUP = "KasusDitutup";
  /** Terminate end event: penanganan selesai tanpa rujukan. */
  public static final String EVENT_SELESAI_TANPA_RUJUKAN = "SelesaiTanpaRujukan";
  /** Terminate end event: klien diterima balai rehabilitasi. */
  public static final String EVENT_KLIEN_DITERIMA_BALAI = "KlienDiterimaBalai";
  /** Intermediate timer (P2D): jangka waktu layanan 2 hari kerja terlampaui. */
  public static final String EVENT_JANGKA_WAKTU_LAYANAN_TERLAMPAUI = "JangkaWaktuLayananTerlampaui";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1: serah terima klien dan pemeriksaan berkas (peksos, PT15M). */
  public static final String TASK_PEMERIKSAAN_BERKAS = "PemeriksaanBerkas";
  /** Langkah 1: menunggu kelengkapan berkas dari pelapor (peksos, no mutu baku). */
  public static final String TASK_MENUNGGU_KELENGKAPAN_BERKAS = "MenungguKelengkapanBerkas";
  /** Langkah 2: service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 2: menerima laporan dan register kasus (peksos, P1D). */
  public static final String TASK_REGISTER_KASUS = "RegisterKasus";
  /** Langkah 3: Kepala Dinas menugaskan Kabid (kadis, PT15M). */
  public static final String TASK_PENUGASAN_KADIS = "PenugasanKadis";
  /** Langkah 3: Kabid meneruskan penugasan ke pendamping (kabid, PT15M). */
  public static final String TASK_PENERUSAN_KABID = "PenerusanKabid";
  /** Langkah 4: asesmen dan pendampingan klien (pendamping-rehsos, PT1H). */
  public static final String TASK_ASESMEN_KLIEN = "AsesmenKlien";
  /** Langkah 5: laporan sosial (pendamping-rehsos, PT1H). */
  public static final String TASK_LAPORAN_SOSIAL = "LaporanSosial";
  /** Langkah 6: koordinasi rujukan dengan balai rehabilitasi (peksos, P1D). */
  public static final String TASK_KOORDINASI_RUJUKAN = "KoordinasiRujukan";
  /** Langkah 7: pendampingan pengiriman klien ke balai (pendamping-rehsos, P1D). */
  public static final String TASK_PENGIRIMAN_KLIEN = "PengirimanKlien";
  /** Langkah 8: balai rehabilitasi menerima klien (panti, P1D). */
  public static final String TASK_PENERIMAAN_BALAI = "PenerimaanBalai";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on PemeriksaanBerkas (PT15M). */
  public static final String TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS = "MutuBakuPemeriksaanBerkas";
  /** Timer on RegisterKasus (P1D). */
  public static final String TIMER_MUTU_BAKU_REGISTER_KASUS = "MutuBakuRegisterKasus";
  /** Timer on PenugasanKadis (PT15M). */
  public static final String TIMER_MUTU_BAKU_PENUGASAN_KADIS = "MutuBakuPenugasanKadis";
  /** Timer on PenerusanKabid (PT15M). */
  public static final String TIMER_MUTU_BAKU_PENERUSAN_KABID = "MutuBakuPenerusanKabid";
  /** Timer on AsesmenKlien (PT1H). */
  public static final String TIMER_MUTU_BAKU_ASESMEN_KLIEN = "MutuBakuAsesmenKlien";
  /** Timer on LaporanSosial (PT1H). */
  public static final String TIMER_MUTU_BAKU_LAPORAN_SOSIAL = "MutuBakuLaporanSosial";
  /** Timer on KoordinasiRujukan (P1D). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_RUJUKAN = "MutuBakuKoordinasiRujukan";
  /** Timer on PengirimanKlien (P1D). */
  public static final String TIMER_MUTU_BAKU_PENGIRIMAN_KLIEN = "MutuBakuPengirimanKlien";
  /** Timer on PenerimaanBalai (P1D). */
  public static final String TIMER_MUTU_BAKU_PENERIMAAN_BALAI = "MutuBakuPenerimaanBalai";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut)

  /** Escalation of PemeriksaanBerkas (kabid). */
  public static final String TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS = "TindakLanjutPemeriksaanBerkas";
  /** Escalation of RegisterKasus (kabid). */
  public static final String TASK_TINDAK_LANJUT_REGISTER_KASUS = "TindakLanjutRegisterKasus";
  /** Escalation of PenugasanKadis (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENUGASAN_KADIS = "TindakLanjutPenugasanKadis";
  /** Escalation of PenerusanKabid (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENERUSAN_KABID = "TindakLanjutPenerusanKabid";
  /** Escalation of AsesmenKlien (kabid). */
  public static final String TASK_TINDAK_LANJUT_ASESMEN_KLIEN = "TindakLanjutAsesmenKlien";
  /** Escalation of LaporanSosial (kabid). */
  public static final String TASK_TINDAK_LANJUT_LAPORAN_SOSIAL = "TindakLanjutLaporanSosial";
  /** Escalation of KoordinasiRujukan (kabid). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_RUJUKAN = "TindakLanjutKoordinasiRujukan";
  /** Escalation of PengirimanKlien (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENGIRIMAN_KLIEN = "TindakLanjutPengirimanKlien";
  /** Escalation of PenerimaanBalai (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENERIMAAN_BALAI = "TindakLanjutPenerimaanBalai";
  /** Escalation of the whole-service standard of 2 working days (kabid). */
  public static final String TASK_TINDAK_LANJUT_JANGKA_WAKTU_LAYANAN = "TindakLanjutJangkaWaktuLayanan";
}
