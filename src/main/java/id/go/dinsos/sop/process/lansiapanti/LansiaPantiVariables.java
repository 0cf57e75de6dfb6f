package id.go.dinsos.sop.process.lansiapanti;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/tanah-laut/tanah-laut-lansia-panti.bpmn} (SOP Tanah Laut, pelayanan rehabilitasi
 * sosial lanjut usia terlantar dalam panti) and its Camunda Forms: one constant per process variable (the form field
 * keys), the process id and the ids of its tasks and events. Java code and tests use these instead of string literals,
 * so a renamed field or step shows up as a compile error.
 */
public final class LansiaPantiVariables {

  private LansiaPantiVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "tanah-laut-lansia-panti";

  // ------------------------------------------------------------------ start form (tanah-laut-lansia-panti-permohonan)

  /** Nama pemohon (text, required, max 100). */
  public static final String PEMOHON_NAMA = "pemohonNama";
  /** Hubungan pemohon dengan lansia: {@code DIRI_SENDIRI}, {@code KELUARGA}, {@code TETANGGA}, {@code APARAT}, {@code LAINNYA}. */
  public static final String HUBUNGAN_PEMOHON = "hubunganPemohon";
  /** Telepon pemohon, {@code ^(\+62|0)[0-9]{8,13}$}, optional. */
  public static final String PEMOHON_TELEPON = "pemohonTelepon";
  /** Nama lansia, the calon penerima manfaat (text, required, max 100). */
  public static final String LANSIA_NAMA = "lansiaNama";
  /** NIK lansia, 16 digits (required). */
  public static final String LANSIA_NIK = "lansiaNik";
  /** Jenis kelamin lansia: {@code L} or {@code P}. */
  public static final String LANSIA_JENIS_KELAMIN = "lansiaJenisKelamin";
  /** Tempat lahir lansia (text, required, max 100). */
  public static final String LANSIA_TEMPAT_LAHIR = "lansiaTempatLahir";
  /** Tanggal lahir lansia (ISO date string, required). */
  public static final String LANSIA_TANGGAL_LAHIR = "lansiaTanggalLahir";
  /** Alamat lansia (text, required, max 500). */
  public static final String LANSIA_ALAMAT = "lansiaAlamat";
  /** Keluarga lansia, one person a line (text, optional, max 1000). */
  public static final String KELUARGA_LANSIA = "keluargaLansia";

  // ------------------------------------------------------------------ register and RegistrasiPemohon (langkah 1)

  /** Nomor register, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;
  /** Cara permohonan: {@code DATANG_LANGSUNG} or {@code PERMOHONAN_MASYARAKAT}. */
  public static final String CARA_PERMOHONAN = "caraPermohonan";
  /** Informasi calon penerima manfaat (text, required, max 2000). */
  public static final String INFORMASI_CALON_PM = "informasiCalonPm";

  // ------------------------------------------------------------------ PemeriksaanBerkas (langkah 2)

  /** Berkas: identitas lansia (KTP/KK) diterima (boolean). */
  public static final String BERKAS_IDENTITAS = "berkasIdentitas";
  /** Berkas: Surat Keterangan Tidak Mampu diterima (boolean). */
  public static final String BERKAS_SKTM = "berkasSktm";
  /** Berkas: surat pengantar desa/kelurahan diterima (boolean). */
  public static final String BERKAS_SURAT_PENGANTAR = "berkasSuratPengantar";
  /** Berkas: jaminan kesehatan (BPJS/KIS) diterima (boolean). */
  public static final String BERKAS_JAMINAN_KESEHATAN = "berkasJaminanKesehatan";
  /** Catatan pemeriksaan berkas (text, optional). */
  public static final String CATATAN_PEMERIKSAAN = "catatanPemeriksaan";

  // ------------------------------------------------------------------ MenungguKelengkapanBerkas (langkah 2)

  /** Tindak lanjut berkas tidak lengkap: {@code DILENGKAPI} (loop back) or {@code DIBATALKAN} (case closed). */
  public static final String TINDAK_LANJUT_BERKAS = "tindakLanjutBerkas";
  /** Value of {@link #TINDAK_LANJUT_BERKAS}: the applicant completed the files. */
  public static final String DILENGKAPI = "DILENGKAPI";
  /** Value of {@link #TINDAK_LANJUT_BERKAS}: the applicant did not, the case is closed. */
  public static final String DIBATALKAN = "DIBATALKAN";
  /** Alasan penutupan kasus (text, optional). */
  public static final String ALASAN_PENUTUPAN = "alasanPenutupan";

  // ------------------------------------------------------------------ HomeVisit (3), LaporanHomeVisit (4)

  /** Tanggal home visit (ISO date string, required). */
  public static final String TANGGAL_HOME_VISIT = "tanggalHomeVisit";
  /** Kondisi lansia found at the home visit (text, required, max 4000). */
  public static final String KONDISI_LANSIA = "kondisiLansia";
  /** Kondisi keluarga dan lingkungan (text, required, max 2000). */
  public static final String KONDISI_KELUARGA = "kondisiKeluarga";
  /** Who consented to the referral to the panti: {@code KLIEN} or {@code WALI} (required; recorded in the case
   * file). */
  public static final String PERSETUJUAN_RUJUKAN = ReferralConsent.GIVEN_BY_FIELD;
  /** Name of the lansia or of the family member / guardian who consented (text, required, max 200). */
  public static final String PEMBERI_PERSETUJUAN_NAMA = ReferralConsent.GIVER_NAME_FIELD;
  /** Kesimpulan home visit: {@code MEMENUHI} or {@code TIDAK_MEMENUHI}; decides gateway "Memenuhi syarat?". */
  public static final String MEMENUHI_SYARAT = "memenuhiSyarat";
  /** Value of {@link #MEMENUHI_SYARAT}: the lansia qualifies for the panti. */
  public static final String MEMENUHI = "MEMENUHI";
  /** Value of {@link #MEMENUHI_SYARAT}: the lansia does not qualify, the case ends. */
  public static final String TIDAK_MEMENUHI = "TIDAK_MEMENUHI";
  /** Alasan kesimpulan home visit (text, required, max 2000): the reason kept when the case ends here. */
  public static final String KESIMPULAN_HOME_VISIT = "kesimpulanHomeVisit";

  // ------------------------------------------------------------------ KoordinasiPanti (langkah 5)

  /** Nama panti tujuan (text, required, max 200); the addressee of the rekomendasi. */
  public static final String NAMA_PANTI = "namaPanti";
  /** Hasil koordinasi: {@code LAYAK}, {@code TIDAK_LAYAK} or {@code KUOTA_PENUH}; decides gateway "Layak dan kuota tersedia?". */
  public static final String HASIL_KOORDINASI_PANTI = "hasilKoordinasiPanti";
  /** Value of {@link #HASIL_KOORDINASI_PANTI}: layak and a place is free. */
  public static final String LAYAK = "LAYAK";
  /** Value of {@link #HASIL_KOORDINASI_PANTI}: the panti finds the lansia not eligible, the case ends. */
  public static final String TIDAK_LAYAK = "TIDAK_LAYAK";
  /** Value of {@link #HASIL_KOORDINASI_PANTI}: the panti's quota is full, the case ends. */
  public static final String KUOTA_PENUH = "KUOTA_PENUH";
  /** Keterangan dari panti (text, required, max 1000): the reason kept when the case ends here. */
  public static final String KETERANGAN_KOORDINASI_PANTI = "keteranganKoordinasiPanti";

  // ------------------------------------------------------------------ rekomendasi (langkah 6: kasi → kabid → kadis)

  /** Isi (pertimbangan) surat rekomendasi (text, required, max 4000). */
  public static final String ISI_REKOMENDASI = "isiRekomendasi";
  /** Nama petugas pengantar (text, required): pihak pertama of the berita acara. */
  public static final String PETUGAS_PENGANTAR_NAMA = "petugasPengantarNama";
  /** Jabatan petugas pengantar (text, required). */
  public static final String PETUGAS_PENGANTAR_JABATAN = "petugasPengantarJabatan";
  /** Hasil telaah Kepala Bidang (text, required, max 1000). */
  public static final String HASIL_TELAAH_KABID = "hasilTelaahKabid";
  /** Keputusan Kepala Dinas: {@code disetujui} or {@code ditolak}; decides gateway "Rekomendasi ditandatangani?". */
  public static final String PERSETUJUAN_KADIS = "persetujuanKadis";
  /** Value of {@link #PERSETUJUAN_KADIS}: the Kepala Dinas signs the rekomendasi. */
  public static final String DISETUJUI = "disetujui";
  /** Value of {@link #PERSETUJUAN_KADIS}: the Kepala Dinas refuses, the case ends. */
  public static final String DITOLAK = "ditolak";
  /** Pertimbangan Kepala Dinas (text, required, max 1000): the reason kept when the rekomendasi is refused. */
  public static final String PERTIMBANGAN_KADIS = "pertimbanganKadis";

  // ------------------------------------------------------------------ SerahTerimaPanti (langkah 7)

  /** Tanggal serah terima di panti (ISO date string, required). */
  public static final String TANGGAL_SERAH_TERIMA_PANTI = "tanggalSerahTerimaPanti";
  /** Nama petugas panti penerima (text, required): pihak kedua of the berita acara. */
  public static final String PETUGAS_PANTI_NAMA = "petugasPantiNama";
  /** Jabatan petugas panti penerima (text, required). */
  public static final String PETUGAS_PANTI_JABATAN = "petugasPantiJabatan";
  /** Catatan serah terima (text, optional): the keterangan of the berita acara. */
  public static final String CATATAN_SERAH_TERIMA = "catatanSerahTerima";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: pemohon datang / permohonan dari masyarakat (recorded by fo-slrt). */
  public static final String EVENT_PEMOHON_DATANG = "PemohonDatang";
  /** Gateway "Berkas lengkap?" fed by the file check. */
  public static final String GATEWAY_BERKAS_LENGKAP = "GatewayBerkasLengkap";
  /** Gateway "Memenuhi syarat?" fed by the home visit report. */
  public static final String GATEWAY_MEMENUHI_SYARAT = "GatewayMemenuhiSyarat";
  /** Gateway "Layak dan kuota tersedia?" fed by the panti coordination. */
  public static final String GATEWAY_HASIL_KOORDINASI = "GatewayHasilKoordinasi";
  /** Gateway "Rekomendasi ditandatangani?" fed by the Kepala Dinas. */
  public static final String GATEWAY_DISETUJUI_KADIS = "GatewayDisetujuiKadis";
  /** Terminate end event: kasus ditutup karena berkas tidak lengkap. */
  public static final String EVENT_KASUS_DITUTUP = "KasusDitutup";
  /** Terminate end event: the home visit found that the lansia does not qualify. */
  public static final String EVENT_TIDAK_MEMENUHI_SYARAT = "TidakMemenuhiSyarat";
  /** Terminate end event: the panti finds the lansia not eligible. */
  public static final String EVENT_PANTI_TIDAK_LAYAK = "PantiTidakLayak";
  /** Terminate end event: the panti's quota is full. */
  public static final String EVENT_KUOTA_PANTI_PENUH = "KuotaPantiPenuh";
  /** Terminate end event: the Kepala Dinas refuses the rekomendasi. */
  public static final String EVENT_REKOMENDASI_TIDAK_DISETUJUI = "RekomendasiTidakDisetujui";
  /** Terminate end event: the lansia is received and served in the panti. */
  public static final String EVENT_LANSIA_DILAYANI_DI_PANTI = "LansiaDilayaniDiPanti";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1: service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 1: mencatat pemohon di buku register tamu (fo-slrt, no mutu baku). */
  public static final String TASK_REGISTRASI_PEMOHON = "RegistrasiPemohon";
  /** Langkah 2: pengecekan berkas pemohon (fo-slrt, PT20M). */
  public static final String TASK_PEMERIKSAAN_BERKAS = "PemeriksaanBerkas";
  /** Langkah 2: menunggu kelengkapan berkas dari pemohon (fo-slrt, no mutu baku). */
  public static final String TASK_MENUNGGU_KELENGKAPAN_BERKAS = "MenungguKelengkapanBerkas";
  /** Langkah 3: pengecekan kondisi lansia melalui home visit (fasilitator-slrt, PT6H = upper bound of 3 s/d 6 jam). */
  public static final String TASK_HOME_VISIT = "HomeVisit";
  /** Langkah 4: melaporkan hasil home visit (fasilitator-slrt, PT15M). */
  public static final String TASK_LAPORAN_HOME_VISIT = "LaporanHomeVisit";
  /** Langkah 5: koordinasi dengan pihak panti (kasi, no mutu baku). */
  public static final String TASK_KOORDINASI_PANTI = "KoordinasiPanti";
  /** Langkah 6: membuat rekomendasi dan form berita acara (kasi, no mutu baku). */
  public static final String TASK_PENYIAPAN_REKOMENDASI = "PenyiapanRekomendasi";
  /** Langkah 6: Kepala Bidang menelaah dan memparaf (kabid, no mutu baku). */
  public static final String TASK_TELAAH_KABID = "TelaahKabid";
  /** Langkah 6: Kepala Dinas menandatangani atau menolak (kadis, no mutu baku). */
  public static final String TASK_PERSETUJUAN_KADIS = "PersetujuanKadis";
  /** Langkah 7: pengiriman dan serah terima lansia ke panti (panti, no mutu baku). */
  public static final String TASK_SERAH_TERIMA_PANTI = "SerahTerimaPanti";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on PemeriksaanBerkas (PT20M). */
  public static final String TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS = "MutuBakuPemeriksaanBerkas";
  /** Timer on HomeVisit (PT6H). */
  public static final String TIMER_MUTU_BAKU_HOME_VISIT = "MutuBakuHomeVisit";
  /** Timer on LaporanHomeVisit (PT15M). */
  public static final String TIMER_MUTU_BAKU_LAPORAN_HOME_VISIT = "MutuBakuLaporanHomeVisit";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut, kasi)

  /** Escalation of PemeriksaanBerkas (kasi). */
  public static final String TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS = "TindakLanjutPemeriksaanBerkas";
  /** Escalation of HomeVisit (kasi). */
  public static final String TASK_TINDAK_LANJUT_HOME_VISIT = "TindakLanjutHomeVisit";
  /** Escalation of LaporanHomeVisit (kasi). */
  public static final String TASK_TINDAK_LANJUT_LAPORAN_HOME_VISIT = "TindakLanjutLaporanHomeVisit";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 6: surat rekomendasi, once the Kepala Dinas signed (variables {@code dokumenRekomendasi*}). */
  public static final String TASK_BUAT_REKOMENDASI = "BuatRekomendasi";
  /** Langkah 7: berita acara serah terima lansia to the panti (variables {@code dokumenBaSerahTerimaKlien*}). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_KLIEN = "BuatBaSerahTerimaKlien";
}
