package id.go.dinsos.sop.process.lansiapantijompo;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/lamandau/lamandau-lansia-panti-jompo.bpmn} (SOP Lamandau 800/13-c/Dinsos.C/2023,
 * rekomendasi dan pendampingan Pekerja Sosial bagi lansia terlantar ke Panti Jompo Palangka Raya) and its Camunda
 * Forms: one constant per process variable (the form field keys), the process id and the ids of its tasks and events.
 * Java code and tests use these instead of string literals, so a renamed field or step shows up as a compile error.
 */
public final class LansiaPantiJompoVariables {

  private LansiaPantiJompoVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "lamandau-lansia-panti-jompo";

  // ------------------------------------------------------------------ start form (lamandau-lansia-panti-jompo-permohonan)

  /** Desa / kelurahan yang mengirim surat permohonan (text, required, max 100). */
  public static final String DESA_KELURAHAN = "desaKelurahan";
  /** Kecamatan (text, required, max 100). */
  public static final String KECAMATAN = "kecamatan";
  /** Nomor surat permohonan (text, required, max 100). */
  public static final String NOMOR_SURAT_PERMOHONAN = "nomorSuratPermohonan";
  /** Tanggal surat permohonan (ISO date string, required). */
  public static final String TANGGAL_SURAT_PERMOHONAN = "tanggalSuratPermohonan";
  /** Nama petugas desa/kelurahan (text, required, max 100). */
  public static final String PETUGAS_DESA_NAMA = "petugasDesaNama";
  /** Telepon petugas desa/kelurahan, {@code ^(\+62|0)[0-9]{8,13}$}, optional. */
  public static final String PETUGAS_DESA_TELEPON = "petugasDesaTelepon";
  /** Nama lansia (text, required, max 100). */
  public static final String LANSIA_NAMA = "lansiaNama";
  /** NIK lansia, 16 digits; empty when the person has no identity document. */
  public static final String LANSIA_NIK = "lansiaNik";
  /** Jenis kelamin lansia: {@code L} or {@code P}. */
  public static final String LANSIA_JENIS_KELAMIN = "lansiaJenisKelamin";
  /** Usia lansia in years (number, required, 60 to 130). */
  public static final String LANSIA_USIA = "lansiaUsia";
  /** Alamat / tempat tinggal lansia (text, required, max 500). */
  public static final String LANSIA_ALAMAT = "lansiaAlamat";
  /** Kondisi lansia dan alasan permohonan (text, required, max 2000). */
  public static final String ALASAN_PERMOHONAN = "alasanPermohonan";

  // ------------------------------------------------------------------ PenerimaanPermohonan (langkah 1)

  /** Nomor agenda surat masuk (text, required, max 50). */
  public static final String NOMOR_AGENDA_SURAT_MASUK = "nomorAgendaSuratMasuk";
  /** Pekerja Sosial / TKSP yang ditugaskan untuk verifikasi dan asesmen (text, required, max 100). */
  public static final String PETUGAS_VERIFIKASI = "petugasVerifikasi";
  /** Catatan penerimaan (text, optional). */
  public static final String CATATAN_PENERIMAAN = "catatanPenerimaan";

  // ------------------------------------------------------------------ VerifikasiAsesmen (langkah 2)

  /** Tanggal verifikasi lapangan (ISO date string, required). */
  public static final String TANGGAL_VERIFIKASI = "tanggalVerifikasi";
  /** Hasil verifikasi lapangan (text, required, max 2000). */
  public static final String HASIL_VERIFIKASI_LAPANGAN = "hasilVerifikasiLapangan";
  /** Asesmen: kondisi fisik dan kesehatan (text, required). */
  public static final String ASESMEN_KONDISI_FISIK = "asesmenKondisiFisik";
  /** Asesmen: kondisi psikologis (text, required). */
  public static final String ASESMEN_KONDISI_PSIKOLOGIS = "asesmenKondisiPsikologis";
  /** Asesmen: keluarga dan lingkungan sosial (text, required). */
  public static final String ASESMEN_KELUARGA = "asesmenKeluarga";
  /** Asesmen: kebutuhan lansia (text, required). */
  public static final String ASESMEN_KEBUTUHAN = "asesmenKebutuhan";
  /** Who consented to the referral to the panti: {@code KLIEN} or {@code WALI} (required; recorded in the case file). */
  public static final String PERSETUJUAN_RUJUKAN = ReferralConsent.GIVEN_BY_FIELD;
  /** Name of the lansia or guardian who consented to the referral (text, required, max 100). */
  public static final String PEMBERI_PERSETUJUAN_NAMA = ReferralConsent.GIVER_NAME_FIELD;

  // ------------------------------------------------------------------ register and PersyaratanAdministratif (langkah 3)

  /** Nomor register kasus, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;
  /** Penelusuran dan penelaahan masalah (text, required, max 2000). */
  public static final String HASIL_PENELAAHAN_MASALAH = "hasilPenelaahanMasalah";
  /** Catatan pengecekan data (text, optional). */
  public static final String CATATAN_PENGECEKAN_DATA = "catatanPengecekanData";

  // ------------------------------------------------------------------ TelaahKabid (langkah 4), PersetujuanKadis (langkah 5)

  /** Hasil telaah Kepala Bidang (text, required, max 1000). */
  public static final String HASIL_TELAAH_KABID = "hasilTelaahKabid";
  /** Keputusan Kepala Dinas: {@code disetujui} or {@code ditolak}; decides gateway "Disetujui Kepala Dinas?". */
  public static final String PERSETUJUAN_KADIS = "persetujuanKadis";
  /** Value of {@link #PERSETUJUAN_KADIS}: signed, the recommendation is issued. */
  public static final String DISETUJUI = "disetujui";
  /** Value of {@link #PERSETUJUAN_KADIS}: not signed, the case ends. */
  public static final String DITOLAK = "ditolak";
  /** Alasan tidak disetujui (text, optional). */
  public static final String ALASAN_PENOLAKAN = "alasanPenolakan";

  // ------------------------------------------------------------------ PenyerahanRekomendasi (6), PengirimanKlien (7)

  /** Tanggal rekomendasi diserahkan ke Kasi dan Pekerja Sosial (ISO date string, required). */
  public static final String TANGGAL_PENYERAHAN_REKOMENDASI = "tanggalPenyerahanRekomendasi";
  /** Catatan penyerahan rekomendasi (text, optional). */
  public static final String CATATAN_PENYERAHAN_REKOMENDASI = "catatanPenyerahanRekomendasi";
  /** Tanggal pengiriman ke panti (ISO date string, required). */
  public static final String TANGGAL_PENGIRIMAN = "tanggalPengiriman";
  /** Nama petugas panti yang menerima (text, required, max 100). */
  public static final String PETUGAS_PANTI_PENERIMA = "petugasPantiPenerima";
  /** Catatan pengiriman (text, optional). */
  public static final String CATATAN_PENGIRIMAN = "catatanPengiriman";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: surat permohonan rehabilitasi diterima (recorded by staf). */
  public static final String EVENT_PERMOHONAN_DITERIMA = "PermohonanDiterima";
  /** Gateway fed by the Kepala Dinas's decision. */
  public static final String GATEWAY_DISETUJUI_KADIS = "GatewayDisetujuiKadis";
  /** Terminate end event: Kepala Dinas does not approve, no recommendation. */
  public static final String EVENT_PERMOHONAN_TIDAK_DISETUJUI = "PermohonanTidakDisetujui";
  /** Terminate end event: lansia handed over to the Panti Jompo Palangka Raya. */
  public static final String EVENT_LANSIA_DISERAHKAN_KE_PANTI = "LansiaDiserahkanKePanti";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1: menerima surat permohonan dan menyiapkan penugasan Pekerja Sosial (staf, no mutu baku). */
  public static final String TASK_PENERIMAAN_PERMOHONAN = "PenerimaanPermohonan";
  /** Langkah 2: verifikasi lapangan dan asesmen (peksos, PT15M). */
  public static final String TASK_VERIFIKASI_ASESMEN = "VerifikasiAsesmen";
  /** Langkah 3: service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 3: persyaratan administratif (kasi, PT2M). */
  public static final String TASK_PERSYARATAN_ADMINISTRATIF = "PersyaratanAdministratif";
  /** Langkah 4: telaah dan paraf Kepala Bidang (kabid, PT5M). */
  public static final String TASK_TELAAH_KABID = "TelaahKabid";
  /** Langkah 5: Kepala Dinas menandatangani persetujuan (kadis, no mutu baku). */
  public static final String TASK_PERSETUJUAN_KADIS = "PersetujuanKadis";
  /** Langkah 6: rekomendasi diserahkan ke Kasi dan Pekerja Sosial (kasi, no mutu baku). */
  public static final String TASK_PENYERAHAN_REKOMENDASI = "PenyerahanRekomendasi";
  /** Langkah 7: klien dikirim ke Panti Jompo Palangka Raya (peksos, PT3M). */
  public static final String TASK_PENGIRIMAN_KLIEN = "PengirimanKlien";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on VerifikasiAsesmen (PT15M). */
  public static final String TIMER_MUTU_BAKU_VERIFIKASI_ASESMEN = "MutuBakuVerifikasiAsesmen";
  /** Timer on PersyaratanAdministratif (PT2M). */
  public static final String TIMER_MUTU_BAKU_PERSYARATAN_ADMINISTRATIF = "MutuBakuPersyaratanAdministratif";
  /** Timer on TelaahKabid (PT5M). */
  public static final String TIMER_MUTU_BAKU_TELAAH_KABID = "MutuBakuTelaahKabid";
  /** Timer on PengirimanKlien (PT3M). */
  public static final String TIMER_MUTU_BAKU_PENGIRIMAN_KLIEN = "MutuBakuPengirimanKlien";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut)

  /** Escalation of VerifikasiAsesmen (kasi). */
  public static final String TASK_TINDAK_LANJUT_VERIFIKASI_ASESMEN = "TindakLanjutVerifikasiAsesmen";
  /** Escalation of PersyaratanAdministratif (kabid). */
  public static final String TASK_TINDAK_LANJUT_PERSYARATAN_ADMINISTRATIF = "TindakLanjutPersyaratanAdministratif";
  /** Escalation of TelaahKabid (kadis). */
  public static final String TASK_TINDAK_LANJUT_TELAAH_KABID = "TindakLanjutTelaahKabid";
  /** Escalation of PengirimanKlien (kasi). */
  public static final String TASK_TINDAK_LANJUT_PENGIRIMAN_KLIEN = "TindakLanjutPengirimanKlien";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 2: surat tugas for the peksos named at intake (variables {@code dokumenSuratTugas*}). */
  public static final String TASK_BUAT_SURAT_TUGAS_VERIFIKASI = "BuatSuratTugasVerifikasi";
  /** Langkah 5: rekomendasi, once the Kepala Dinas approved (variables {@code dokumenRekomendasi*}). */
  public static final String TASK_BUAT_REKOMENDASI_PANTI = "BuatRekomendasiPanti";
  /** Langkah 7: berita acara serah terima klien at the panti (variables {@code dokumenBaSerahTerimaKlien*}). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_KLIEN = "BuatBaSerahTerimaKlien";
}
