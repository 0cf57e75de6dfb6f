package id.go.dinsos.sop.process.anakterlantar;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/lamandau/lamandau-anak-terlantar.bpmn} (SOP Lamandau 800/II-2/Dinsos.C/II/2023, anak
 * terlantar, jalan, cacat dan nakal: one case = one batch of beneficiaries sent to a panti's training programme) and
 * its Camunda Forms: one constant per process variable (the form field keys), the process id and the ids of its
 * tasks and events. The registrants, their assessment, the selection and the certificates use the shared cohort
 * mechanism ({@link CohortVariables}, bean {@code ${cohort}}); the constants below that name its variables refer to
 * it.
 */
public final class AnakTerlantarVariables {

  private AnakTerlantarVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "lamandau-anak-terlantar";

  // ------------------------------------------------------------------ start form (lamandau-anak-terlantar-pembukaan)

  /** Panti / UPT penyelenggara pelatihan (text, required, max 150). */
  public static final String NAMA_PANTI_TUJUAN = "namaPantiTujuan";
  /** Alamat panti (text, optional, max 300). */
  public static final String ALAMAT_PANTI = "alamatPanti";
  /** Program pelatihan (text, required, max 150). */
  public static final String PROGRAM_PELATIHAN = "programPelatihan";

  // ------------------------------------------------------------------ langkah 1 to 3

  /** Langkah 1: informasi pendaftaran dari panti (text, required, max 2000). */
  public static final String INFORMASI_PENDAFTARAN = "informasiPendaftaran";
  /** Langkah 1: kuota peserta (number, 1 to 200). */
  public static final String KUOTA_PESERTA = "kuotaPeserta";
  /** Langkah 1: batas akhir pendaftaran (ISO date string, required). */
  public static final String BATAS_PENDAFTARAN = "batasPendaftaran";
  /** Langkah 2: rencana sosialisasi yang disepakati (text, required, max 2000). */
  public static final String RENCANA_SOSIALISASI = "rencanaSosialisasi";
  /** Langkah 3: the registrants, one per line (cohort format, required, max 4000). */
  public static final String DAFTAR_PENDAFTAR = CohortVariables.DAFTAR_PENDAFTAR;
  /** Langkah 3: catatan pendaftaran (text, optional). */
  public static final String CATATAN_PENDAFTARAN = "catatanPendaftaran";
  /** Written at langkah 3: the registrants' numbers, {@code P01,P02,...}. */
  public static final String DAFTAR_NOMOR_PENDAFTAR = CohortVariables.DAFTAR_NOMOR_PENDAFTAR;
  /** Written at langkah 3: number of registrants (Integer). */
  public static final String JUMLAH_PENDAFTAR = CohortVariables.JUMLAH_PENDAFTAR;
  /** Nomor register kasus, set by {@code ${caseRegisterNumberIssuer}} after langkah 3 (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;

  // ------------------------------------------------------------------ langkah 4: one assessment per registrant

  /** Element variable of the assessment: the registrant's number. */
  public static final String PENDAFTAR_NOMOR = CohortVariables.PENDAFTAR_NOMOR;
  /** Read-only: who the assessment is for (also in the task name). */
  public static final String PENDAFTAR_IDENTITAS = CohortVariables.PENDAFTAR_IDENTITAS;
  /** Read-only: the registrant's data. */
  public static final String PENDAFTAR_DATA = CohortVariables.PENDAFTAR_DATA;
  /** Kesimpulan asesmen: {@link #LAYAK} or {@link #TIDAK_LAYAK} (radio, required). */
  public static final String KESIMPULAN_ASESMEN = CohortVariables.KESIMPULAN_ASESMEN;
  /** Value of {@link #KESIMPULAN_ASESMEN}. */
  public static final String LAYAK = CohortVariables.LAYAK;
  /** Value of {@link #KESIMPULAN_ASESMEN}. */
  public static final String TIDAK_LAYAK = CohortVariables.TIDAK_LAYAK;
  /** Hasil verifikasi, validasi dan asesmen (text, required, max 2000). */
  public static final String HASIL_ASESMEN = CohortVariables.HASIL_ASESMEN;

  // ------------------------------------------------------------------ langkah 5: selection

  /** Read-only: every registrant with the assessment's result. */
  public static final String RINGKASAN_ASESMEN = CohortVariables.RINGKASAN_ASESMEN;
  /** The registrants chosen as PM, "P01, P03" (prefilled with those assessed layak). */
  public static final String NOMOR_PM_TERPILIH = CohortVariables.NOMOR_PM_TERPILIH;
  /** Catatan penentuan; the reason kept when nobody is chosen. */
  public static final String CATATAN_PENENTUAN = CohortVariables.CATATAN_PENENTUAN;
  /** Written at langkah 5: number of PM (Integer); decides gateway "Ada calon PM ditetapkan?". */
  public static final String JUMLAH_PM = CohortVariables.JUMLAH_PM;

  // ------------------------------------------------------------------ langkah 6 to 10

  /** Read-only on the forms after the selection: the PM with their data. */
  public static final String DAFTAR_PM = CohortVariables.DAFTAR_PM;
  /** Langkah 6: tanggal formulir terisi lengkap (ISO date string, required). */
  public static final String TANGGAL_FORMULIR_LENGKAP = "tanggalFormulirLengkap";
  /** Langkah 6: formulir dan kelengkapan yang terisi (text, required, max 1000). */
  public static final String CATATAN_FORMULIR_PERSYARATAN = "catatanFormulirPersyaratan";
  /** Who consented to the referral to the panti: {@code KLIEN} or {@code WALI} (required; recorded in the case
   * file). */
  public static final String PERSETUJUAN_RUJUKAN = ReferralConsent.GIVEN_BY_FIELD;
  /** Name of each PM's parent or guardian who consented, per PM (text, required, max 200). */
  public static final String PEMBERI_PERSETUJUAN_NAMA = ReferralConsent.GIVER_NAME_FIELD;
  /** Langkah 7: {@link #IZIN_DIBERIKAN} or {@link #IZIN_TIDAK_DIBERIKAN}; decides gateway "Panti memberi izin?". */
  public static final String IZIN_BERANGKAT = "izinBerangkat";
  /** Value of {@link #IZIN_BERANGKAT}: the panti lets the PM come. */
  public static final String IZIN_DIBERIKAN = "diberikan";
  /** Value of {@link #IZIN_BERANGKAT}: the batch ends, the reason in {@link #HASIL_KOORDINASI_PANTI}. */
  public static final String IZIN_TIDAK_DIBERIKAN = "tidak-diberikan";
  /** Langkah 7: hasil koordinasi dengan panti (text, required, max 1000). */
  public static final String HASIL_KOORDINASI_PANTI = "hasilKoordinasiPanti";
  /** Langkah 8: tanggal keberangkatan (ISO date string, required; the surat tugas's date). */
  public static final String TANGGAL_KEBERANGKATAN = "tanggalKeberangkatan";
  /** Langkah 8: rencana pemberangkatan (text, required, max 1000). */
  public static final String RENCANA_PEMBERANGKATAN = "rencanaPemberangkatan";
  /** Langkah 9: hasil koordinasi dengan calon PM, keluarga dan TKSK (text, required, max 1000). */
  public static final String HASIL_KOORDINASI_KELUARGA = "hasilKoordinasiKeluarga";
  /** Langkah 10: petugas, one per line "nama | NIP | pangkat | jabatan" (text, required; the surat tugas's list). */
  public static final String PETUGAS_PENDAMPING = "petugasPendamping";
  /** Langkah 10: lama tugas (text, optional, max 100). */
  public static final String LAMA_TUGAS = "lamaTugas";

  // ------------------------------------------------------------------ langkah 11 to 17

  /** Langkah 11: tanggal penyerahan ke panti (ISO date string, required). */
  public static final String TANGGAL_PENYERAHAN = "tanggalPenyerahan";
  /** Langkah 11: petugas Dinas Sosial yang menyerahkan (text, required, max 100). */
  public static final String PETUGAS_PENYERAH_NAMA = "petugasPenyerahNama";
  /** Langkah 11: NIP petugas yang menyerahkan (18 digits, optional). */
  public static final String PETUGAS_PENYERAH_NIP = "petugasPenyerahNip";
  /** Langkah 11: petugas panti yang menerima (text, required, max 100). */
  public static final String PETUGAS_PANTI_PENERIMA_NAMA = "petugasPantiPenerimaNama";
  /** Langkah 11: jabatan petugas panti yang menerima (text, required, max 100). */
  public static final String PETUGAS_PANTI_PENERIMA_JABATAN = "petugasPantiPenerimaJabatan";
  /** Langkah 12: tanggal akhir masa pelayanan (ISO date string, required). */
  public static final String TANGGAL_SELESAI_PELAYANAN = "tanggalSelesaiPelayanan";
  /** Langkah 12: materi yang diterima PM dan catatan panti (text, required, max 2000). */
  public static final String LAPORAN_PELAYANAN_PANTI = "laporanPelayananPanti";
  /** Langkah 13: tanggal penjemputan (ISO date string, required). */
  public static final String TANGGAL_PENJEMPUTAN = "tanggalPenjemputan";
  /** Langkah 13: rencana penjemputan (text, required, max 1000). */
  public static final String RENCANA_PENJEMPUTAN = "rencanaPenjemputan";
  /** Langkah 14: certificates, one line per PM "P01 | nomor sertifikat" (prefilled, optional). */
  public static final String SERTIFIKAT_PM = CohortVariables.SERTIFIKAT_PM;
  /** Langkah 14: catatan penjemputan (text, optional). */
  public static final String CATATAN_PENJEMPUTAN = "catatanPenjemputan";
  /** Langkah 15: tanggal serah terima kembali (ISO date string, required). */
  public static final String TANGGAL_SERAH_TERIMA_KEMBALI = "tanggalSerahTerimaKembali";
  /** Langkah 15: petugas panti yang menyerahkan (text, required, max 100). */
  public static final String PETUGAS_PANTI_PENYERAH_NAMA = "petugasPantiPenyerahNama";
  /** Langkah 15: jabatan petugas panti yang menyerahkan (text, required, max 100). */
  public static final String PETUGAS_PANTI_PENYERAH_JABATAN = "petugasPantiPenyerahJabatan";
  /** Langkah 15: petugas Dinas Sosial yang menerima (text, required, max 100). */
  public static final String PETUGAS_DINSOS_PENERIMA_NAMA = "petugasDinsosPenerimaNama";
  /** Langkah 16: uraian kegiatan (text, required, max 2000). */
  public static final String URAIAN_KEGIATAN = "uraianKegiatan";
  /** Langkah 16: hasil kegiatan (text, required, max 2000). */
  public static final String HASIL_KEGIATAN = "hasilKegiatan";
  /** Langkah 16: kendala (text, optional). */
  public static final String KENDALA = "kendala";
  /** Langkah 16: saran (text, optional). */
  public static final String SARAN = "saran";
  /** Langkah 17: hasil monitoring dan evaluasi (text, required, max 2000). */
  public static final String HASIL_MONITORING = "hasilMonitoring";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: the panti opens registration for its training (recorded by staf). */
  public static final String EVENT_PENDAFTARAN_DIBUKA = "PendaftaranPelatihanDibuka";
  /** Gateway fed by the selection: {@code jumlahPm > 0}. */
  public static final String GATEWAY_ADA_CALON_PM = "GatewayAdaCalonPm";
  /** Terminate end event: nobody chosen as PM, reason in {@link #CATATAN_PENENTUAN}. */
  public static final String EVENT_TIDAK_ADA_CALON_PM = "TidakAdaCalonPm";
  /** Gateway fed by langkah 7: does the panti let the PM come? */
  public static final String GATEWAY_IZIN_BERANGKAT = "GatewayIzinBerangkat";
  /** Terminate end event: the panti gives no permission, reason in {@link #HASIL_KOORDINASI_PANTI}. */
  public static final String EVENT_PENGIRIMAN_TIDAK_DIIZINKAN = "PengirimanTidakDiizinkan";
  /** Terminate end event: the batch was sent, served, brought back, reported and monitored. */
  public static final String EVENT_ANGKATAN_SELESAI = "AngkatanSelesai";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1 (staf, PT30M). */
  public static final String TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN = "KoordinasiPembukaanPendaftaran";
  /** Langkah 2 (kasi, PT2H). */
  public static final String TASK_RENCANA_SOSIALISASI = "RencanaSosialisasi";
  /** Langkah 3 (staf, P2W): the registrants are entered. */
  public static final String TASK_PENERIMAAN_PENDAFTARAN = "PenerimaanPendaftaran";
  /** After langkah 3: service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 4 (peksos, P2D): multi-instance, one task per registrant. */
  public static final String TASK_ASESMEN_PENDAFTAR = "AsesmenPendaftar";
  /** Langkah 5 (kabid, PT2H): the PM are chosen. */
  public static final String TASK_PENENTUAN_CALON_PM = "PenentuanCalonPm";
  /** Langkah 6 (staf, P1D). */
  public static final String TASK_PENGISIAN_FORMULIR_PERSYARATAN = "PengisianFormulirPersyaratan";
  /** Langkah 7 (kasi, PT30M). */
  public static final String TASK_KOORDINASI_RENCANA_PENGIRIMAN = "KoordinasiRencanaPengiriman";
  /** Langkah 8 (kabid, PT30M). */
  public static final String TASK_KOORDINASI_PEMBERANGKATAN = "KoordinasiPemberangkatan";
  /** Langkah 9 (tksk, P1D). */
  public static final String TASK_KOORDINASI_CALON_PM_KELUARGA = "KoordinasiCalonPmKeluarga";
  /** Langkah 10 (kadis, PT2H). */
  public static final String TASK_PEMBUATAN_SURAT_TUGAS = "PembuatanSuratTugas";
  /** Langkah 11 (staf, PT2H). */
  public static final String TASK_PENYERAHAN_CALON_PM = "PenyerahanCalonPm";
  /** Langkah 12 (panti, P6M). */
  public static final String TASK_MASA_PELAYANAN_PANTI = "MasaPelayananPanti";
  /** Langkah 13 (kasi, PT30M). */
  public static final String TASK_KOORDINASI_PENJEMPUTAN = "KoordinasiPenjemputan";
  /** Langkah 14 (staf, P1D): the certificates are recorded. */
  public static final String TASK_PENJEMPUTAN_PM = "PenjemputanPm";
  /** Langkah 15 (staf, PT2H). */
  public static final String TASK_SERAH_TERIMA_DARI_PANTI = "SerahTerimaDariPanti";
  /** Langkah 16 (staf, PT2H). */
  public static final String TASK_PEMBUATAN_LAPORAN = "PembuatanLaporan";
  /** Langkah 17 (peksos, P2D). */
  public static final String TASK_MONITORING_EVALUASI = "MonitoringEvaluasi";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 10: surat tugas (variables {@code dokumenSuratTugas*}). */
  public static final String TASK_BUAT_SURAT_TUGAS = "BuatSuratTugas";
  /** Langkah 10: surat pengantar (variables {@code dokumenSuratPengantar*}). */
  public static final String TASK_BUAT_SURAT_PENGANTAR = "BuatSuratPengantar";
  /** Langkah 11: berita acara penyerahan with the PM (variables {@code dokumenBaPenyerahan*}). */
  public static final String TASK_BUAT_BA_PENYERAHAN = "BuatBaPenyerahan";
  /** Langkah 15: berita acara serah terima kembali (variables {@code dokumenBaSerahTerimaKembali*}). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_KEMBALI = "BuatBaSerahTerimaKembali";
  /** Langkah 16: laporan kegiatan with the PM (variables {@code dokumenLaporanKegiatan*}). */
  public static final String TASK_BUAT_LAPORAN_KEGIATAN = "BuatLaporanKegiatan";
  /** Stem of the berita acara penyerahan's variables. */
  public static final String DOKUMEN_BA_PENYERAHAN = "dokumenBaPenyerahan";
  /** Stem of the berita acara serah terima kembali's variables. */
  public static final String DOKUMEN_BA_SERAH_TERIMA_KEMBALI = "dokumenBaSerahTerimaKembali";

  /** Prefix of the ids of the mutu baku timers ({@code MutuBaku<task id>}). */
  public static final String TIMER_PREFIX = "MutuBaku";
  /** Prefix of the ids of the escalation tasks ({@code TindakLanjut<task id>}). */
  public static final String ESCALATION_PREFIX = "TindakLanjut";
}
