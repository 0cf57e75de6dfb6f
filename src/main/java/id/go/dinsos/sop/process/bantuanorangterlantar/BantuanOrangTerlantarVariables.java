package id.go.dinsos.sop.process.bantuanorangterlantar;

import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/tanah-laut/tanah-laut-bantuan-orang-terlantar.bpmn} (SOP Tanah Laut, pemberian
 * bantuan sosial kepada orang terlantar dan eks narapidana yang kehabisan bekal) and its Camunda Forms: one constant
 * per process variable (the form field keys), the process id and the ids of its tasks and events. Java code and tests
 * use these instead of string literals, so a renamed field or step shows up as a compile error.
 */
public final class BantuanOrangTerlantarVariables {

  private BantuanOrangTerlantarVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "tanah-laut-bantuan-orang-terlantar";

  // ------------------------------------------------------------------ start form (tanah-laut-bantuan-orang-terlantar-permohonan)

  /** Nama pemohon (text, required, max 100). */
  public static final String PEMOHON_NAMA = "pemohonNama";
  /** NIK pemohon, 16 digits; empty when the identity card is lost. */
  public static final String PEMOHON_NIK = "pemohonNik";
  /** Jenis kelamin pemohon: {@code L} or {@code P}. */
  public static final String PEMOHON_JENIS_KELAMIN = "pemohonJenisKelamin";
  /** Telepon pemohon, {@code ^(\+62|0)[0-9]{8,13}$}, optional. */
  public static final String PEMOHON_TELEPON = "pemohonTelepon";
  /** Kategori pemohon: {@code ORANG_TERLANTAR} or {@code EKS_NARAPIDANA}. */
  public static final String KATEGORI_PEMOHON = "kategoriPemohon";
  /** Surat pengantar yang dibawa: {@code KEPOLISIAN} (pengantar kepolisian) or {@code LAPAS} (surat bebas). */
  public static final String JENIS_SURAT_PENGANTAR = "jenisSuratPengantar";

  // ------------------------------------------------------------------ register and RegistrasiPemohon (langkah 1)

  /** Nomor register, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;
  /** Nomor surat pengantar / surat bebas (text, required, max 100). */
  public static final String NOMOR_SURAT_PENGANTAR = "nomorSuratPengantar";
  /** Instansi penerbit surat pengantar (text, required, max 200). */
  public static final String INSTANSI_PENERBIT_SURAT = "instansiPenerbitSurat";

  // ------------------------------------------------------------------ PemeriksaanBerkas (langkah 2)

  /** Berkas: identitas diri diterima (boolean). */
  public static final String BERKAS_IDENTITAS = "berkasIdentitas";
  /** Berkas: Surat Keterangan Tidak Mampu diterima (boolean). */
  public static final String BERKAS_SKTM = "berkasSktm";
  /** Berkas: surat pengantar kepolisian atau surat bebas dari Lapas diterima (boolean). */
  public static final String BERKAS_SURAT_PENGANTAR = "berkasSuratPengantar";
  /** Catatan pemeriksaan berkas (text, optional). */
  public static final String CATATAN_PEMERIKSAAN = "catatanPemeriksaan";

  // ------------------------------------------------------------------ MenungguKelengkapanBerkas

  /** Tindak lanjut berkas tidak lengkap: {@code DILENGKAPI} (loop back) or {@code DIBATALKAN} (case closed). */
  public static final String TINDAK_LANJUT_BERKAS = "tindakLanjutBerkas";
  /** Value of {@link #TINDAK_LANJUT_BERKAS}: the applicant completed the files. */
  public static final String DILENGKAPI = "DILENGKAPI";
  /** Value of {@link #TINDAK_LANJUT_BERKAS}: the applicant did not, the case is closed. */
  public static final String DIBATALKAN = "DIBATALKAN";
  /** Alasan penutupan kasus (text, optional). */
  public static final String ALASAN_PENUTUPAN = "alasanPenutupan";

  // ------------------------------------------------------------------ PencatatanKronologis (3), AsesmenPemohon (4)

  /** Alamat / daerah asal pemohon (text, required, max 500). */
  public static final String ALAMAT_ASAL = "alamatAsal";
  /** Daerah tujuan pemohon (text, required, max 200). */
  public static final String DAERAH_TUJUAN = "daerahTujuan";
  /** Kronologis kejadian (text, required, max 2000). */
  public static final String KRONOLOGI_KEJADIAN = "kronologiKejadian";
  /** Hasil asesmen dan pendalaman masalah (text, required, max 4000). */
  public static final String HASIL_ASESMEN = "hasilAsesmen";
  /** Kebutuhan pemohon (text, required, max 1000). */
  public static final String KEBUTUHAN_PEMOHON = "kebutuhanPemohon";

  // ------------------------------------------------------------------ berita acara (langkah 5)

  /** Jumlah bantuan uang in Rupiah (number, required, at least 1); printed in the berita acara and the report. */
  public static final String JUMLAH_BANTUAN = "jumlahBantuan";
  /** Peruntukan bantuan (text, required, max 500). */
  public static final String PERUNTUKAN_BANTUAN = "peruntukanBantuan";
  /** Nama petugas yang menyerahkan bantuan (text, required): pihak pertama of the berita acara. */
  public static final String PETUGAS_PENYERAH_NAMA = "petugasPenyerahNama";
  /** Jabatan petugas yang menyerahkan bantuan (text, required). */
  public static final String PETUGAS_PENYERAH_JABATAN = "petugasPenyerahJabatan";
  /** Keputusan Kepala Bidang: {@code disetujui} or {@code diperbaiki}; decides gateway "Berita acara disetujui?". */
  public static final String PERSETUJUAN_KABID = "persetujuanKabid";
  /** Value of {@link #PERSETUJUAN_KABID}: the berita acara is approved. */
  public static final String DISETUJUI = "disetujui";
  /** Value of {@link #PERSETUJUAN_KABID}: back to the Kasi for correction. */
  public static final String DIPERBAIKI = "diperbaiki";
  /** Catatan perbaikan Kepala Bidang (text, optional), shown to the Kasi on correction. */
  public static final String CATATAN_PERBAIKAN_KABID = "catatanPerbaikanKabid";

  // ------------------------------------------------------------------ PenyerahanBantuan (6), LaporanPertanggungjawaban (7)

  /** Tanggal penyerahan bantuan (ISO date string, required). */
  public static final String TANGGAL_PENYERAHAN_BANTUAN = "tanggalPenyerahanBantuan";
  /** Catatan penyerahan (text, optional). */
  public static final String CATATAN_PENYERAHAN = "catatanPenyerahan";
  /** Laporan pertanggungjawaban (text, required, max 4000). */
  public static final String LAPORAN_PERTANGGUNGJAWABAN = "laporanPertanggungjawaban";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: pemohon datang membawa surat pengantar (recorded by fo-slrt). */
  public static final String EVENT_PEMOHON_DATANG = "PemohonDatang";
  /** Gateway "Berkas lengkap?" fed by the file check. */
  public static final String GATEWAY_BERKAS_LENGKAP = "GatewayBerkasLengkap";
  /** Gateway "Berita acara disetujui?" fed by the Kepala Bidang's decision. */
  public static final String GATEWAY_BERITA_ACARA_DISETUJUI = "GatewayBeritaAcaraDisetujui";
  /** Terminate end event: kasus ditutup karena berkas tidak lengkap. */
  public static final String EVENT_KASUS_DITUTUP = "KasusDitutup";
  /** Terminate end event: bantuan diserahkan dan dipertanggungjawabkan. */
  public static final String EVENT_BANTUAN_DIBERIKAN = "BantuanDiberikan";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1: service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 1: mencatat pemohon di buku registrasi (fo-slrt, PT15M). */
  public static final String TASK_REGISTRASI_PEMOHON = "RegistrasiPemohon";
  /** Langkah 2: memeriksa berkas pemohon (fo-slrt, PT5M). */
  public static final String TASK_PEMERIKSAAN_BERKAS = "PemeriksaanBerkas";
  /** Langkah 2: menunggu kelengkapan berkas dari pemohon (fo-slrt, no mutu baku). */
  public static final String TASK_MENUNGGU_KELENGKAPAN_BERKAS = "MenungguKelengkapanBerkas";
  /** Langkah 3: mencatat identitas dan kronologis kejadian (fo-slrt, PT5M). */
  public static final String TASK_PENCATATAN_KRONOLOGIS = "PencatatanKronologis";
  /** Langkah 4: pendalaman masalah pemohon (kasi, no mutu baku). */
  public static final String TASK_ASESMEN_PEMOHON = "AsesmenPemohon";
  /** Langkah 5: menyiapkan berita acara penyerahan bantuan uang (kasi, PT15M). */
  public static final String TASK_PENYIAPAN_BERITA_ACARA = "PenyiapanBeritaAcara";
  /** Langkah 5: Kepala Bidang menyetujui berita acara (kabid, PT15M). */
  public static final String TASK_PERSETUJUAN_KABID = "PersetujuanKabid";
  /** Langkah 6: menyerahkan bantuan kepada pemohon (fo-slrt, no mutu baku). */
  public static final String TASK_PENYERAHAN_BANTUAN = "PenyerahanBantuan";
  /** Langkah 7: laporan pertanggungjawaban (kasi, PT1H). */
  public static final String TASK_LAPORAN_PERTANGGUNGJAWABAN = "LaporanPertanggungjawaban";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on RegistrasiPemohon (PT15M). */
  public static final String TIMER_MUTU_BAKU_REGISTRASI_PEMOHON = "MutuBakuRegistrasiPemohon";
  /** Timer on PemeriksaanBerkas (PT5M). */
  public static final String TIMER_MUTU_BAKU_PEMERIKSAAN_BERKAS = "MutuBakuPemeriksaanBerkas";
  /** Timer on PencatatanKronologis (PT5M). */
  public static final String TIMER_MUTU_BAKU_PENCATATAN_KRONOLOGIS = "MutuBakuPencatatanKronologis";
  /** Timer on PenyiapanBeritaAcara (PT15M). */
  public static final String TIMER_MUTU_BAKU_PENYIAPAN_BERITA_ACARA = "MutuBakuPenyiapanBeritaAcara";
  /** Timer on PersetujuanKabid (PT15M). */
  public static final String TIMER_MUTU_BAKU_PERSETUJUAN_KABID = "MutuBakuPersetujuanKabid";
  /** Timer on LaporanPertanggungjawaban (PT1H). */
  public static final String TIMER_MUTU_BAKU_LAPORAN_PERTANGGUNGJAWABAN = "MutuBakuLaporanPertanggungjawaban";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut)

  /** Escalation of RegistrasiPemohon (kasi). */
  public static final String TASK_TINDAK_LANJUT_REGISTRASI_PEMOHON = "TindakLanjutRegistrasiPemohon";
  /** Escalation of PemeriksaanBerkas (kasi). */
  public static final String TASK_TINDAK_LANJUT_PEMERIKSAAN_BERKAS = "TindakLanjutPemeriksaanBerkas";
  /** Escalation of PencatatanKronologis (kasi). */
  public static final String TASK_TINDAK_LANJUT_PENCATATAN_KRONOLOGIS = "TindakLanjutPencatatanKronologis";
  /** Escalation of PenyiapanBeritaAcara (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENYIAPAN_BERITA_ACARA = "TindakLanjutPenyiapanBeritaAcara";
  /** Escalation of PersetujuanKabid (kadis). */
  public static final String TASK_TINDAK_LANJUT_PERSETUJUAN_KABID = "TindakLanjutPersetujuanKabid";
  /** Escalation of LaporanPertanggungjawaban (kabid). */
  public static final String TASK_TINDAK_LANJUT_LAPORAN_PERTANGGUNGJAWABAN = "TindakLanjutLaporanPertanggungjawaban";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 5: berita acara penyerahan bantuan uang, once the Kepala Bidang approved (amount and terbilang). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_UANG = "BuatBaSerahTerimaUang";
  /** Langkah 7: laporan pertanggungjawaban with the amount paid. */
  public static final String TASK_BUAT_LAPORAN_PERTANGGUNGJAWABAN = "BuatLaporanPertanggungjawaban";
}
