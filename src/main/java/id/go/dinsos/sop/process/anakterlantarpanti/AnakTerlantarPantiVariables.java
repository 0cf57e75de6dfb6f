package id.go.dinsos.sop.process.anakterlantarpanti;

import id.go.dinsos.sop.casefile.ReferralConsent;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/tanah-laut/tanah-laut-anak-terlantar-panti.bpmn} (SOP Tanah Laut, pengiriman anak
 * terlantar / putus sekolah ke panti sosial) and its Camunda Forms: one constant per process variable (the form field
 * keys), the process id and the ids of its tasks and events. The cohort's names are those of the shared mechanism
 * ({@link CohortVariables}), so SOP A and E read the same variables. Java code and tests use these instead of string
 * literals, so a renamed field or step shows up as a compile error.
 */
public final class AnakTerlantarPantiVariables {

  private AnakTerlantarPantiVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "tanah-laut-anak-terlantar-panti";

  // ------------------------------------------------------------------ start form (tanah-laut-anak-terlantar-panti-angkatan)

  /** Panti sosial tujuan (text, required, max 200). */
  public static final String PANTI_TUJUAN = "pantiTujuan";
  /** Alamat panti (text, optional, max 300). */
  public static final String ALAMAT_PANTI = "alamatPanti";
  /** Program pelatihan / pelayanan (text, required, max 200). */
  public static final String NAMA_PELATIHAN = "namaPelatihan";
  /** Nomor register angkatan, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;

  // ------------------------------------------------------------------ langkah 1-3

  /** Informasi pendaftaran dari panti (text, required, max 2000). */
  public static final String INFORMASI_PENDAFTARAN = "informasiPendaftaran";
  /** Batas akhir pendaftaran (ISO date string, required). */
  public static final String BATAS_PENDAFTARAN = "batasPendaftaran";
  /** Rencana sosialisasi yang disepakati (text, required, max 2000). */
  public static final String RENCANA_SOSIALISASI = "rencanaSosialisasi";
  /** Hasil sosialisasi dan info calon PM (text, required, max 2000). */
  public static final String HASIL_SOSIALISASI = "hasilSosialisasi";

  // ------------------------------------------------------------------ the cohort (langkah 4-6, 22): the names of the shared cohort mechanism

  /** Registration textarea, one registrant per line (langkah 4). */
  public static final String DAFTAR_PENDAFTAR = CohortVariables.DAFTAR_PENDAFTAR;
  /** The cohort's index, {@code P01,P02,P03}; each registrant is the JSON variable {@code pendaftarP01}, ... */
  public static final String DAFTAR_NOMOR_PENDAFTAR = CohortVariables.DAFTAR_NOMOR_PENDAFTAR;
  /** Number of registrants. */
  public static final String JUMLAH_PENDAFTAR = CohortVariables.JUMLAH_PENDAFTAR;
  /** Element variable of the assessment: the registrant's number. */
  public static final String PENDAFTAR_NOMOR = CohortVariables.PENDAFTAR_NOMOR;
  /** Read-only on the assessment form: who is assessed. */
  public static final String PENDAFTAR_IDENTITAS = CohortVariables.PENDAFTAR_IDENTITAS;
  /** Read-only on the assessment form: the registrant's data. */
  public static final String PENDAFTAR_DATA = CohortVariables.PENDAFTAR_DATA;
  /** Assessment conclusion: {@link #LAYAK} or {@link #TIDAK_LAYAK}. */
  public static final String KESIMPULAN_ASESMEN = CohortVariables.KESIMPULAN_ASESMEN;
  /** Value of {@link #KESIMPULAN_ASESMEN}: qualifies. */
  public static final String LAYAK = CohortVariables.LAYAK;
  /** Value of {@link #KESIMPULAN_ASESMEN}: does not qualify. */
  public static final String TIDAK_LAYAK = CohortVariables.TIDAK_LAYAK;
  /** Assessment findings of one registrant. */
  public static final String HASIL_ASESMEN = CohortVariables.HASIL_ASESMEN;
  /** Read-only on the selection form: every registrant's result. */
  public static final String RINGKASAN_ASESMEN = CohortVariables.RINGKASAN_ASESMEN;
  /** Selection: the numbers of the registrants chosen as PM. */
  public static final String NOMOR_PM_TERPILIH = CohortVariables.NOMOR_PM_TERPILIH;
  /** Reasons of the selection; required when nobody is chosen. */
  public static final String CATATAN_PENENTUAN = CohortVariables.CATATAN_PENENTUAN;
  /** Number of PM chosen; gateway "Ada calon PM terpilih?". */
  public static final String JUMLAH_PM = CohortVariables.JUMLAH_PM;
  /** Read-only on later forms: the PM with their data. */
  public static final String DAFTAR_PM = CohortVariables.DAFTAR_PM;
  /** Certificates, one line per PM (langkah 22). */
  public static final String SERTIFIKAT_PM = CohortVariables.SERTIFIKAT_PM;

  // ------------------------------------------------------------------ langkah 7-10

  /** Rekap kelengkapan persyaratan dan data nominatif (text, required, max 4000). */
  public static final String REKAP_PERSYARATAN = "rekapPersyaratan";
  /** Who consented to the referral to the panti: {@code KLIEN} or {@code WALI} (required; recorded in the case
   * file). */
  public static final String PERSETUJUAN_RUJUKAN = ReferralConsent.GIVEN_BY_FIELD;
  /** Name of each PM's parent or guardian who consented, per PM (text, required, max 200). */
  public static final String PEMBERI_PERSETUJUAN_NAMA = ReferralConsent.GIVER_NAME_FIELD;
  /** Keputusan panti: {@link #DITERIMA} or {@link #TIDAK_DITERIMA}; gateway "Diterima panti?". */
  public static final String KEPUTUSAN_PANTI = "keputusanPanti";
  /** Value of {@link #KEPUTUSAN_PANTI}: the panti accepts the PM. */
  public static final String DITERIMA = "DITERIMA";
  /** Value of {@link #KEPUTUSAN_PANTI}: the panti does not, the cohort is closed. */
  public static final String TIDAK_DITERIMA = "TIDAK_DITERIMA";
  /** Kesepakatan dengan panti, or its reason for refusing (text, required, max 2000). */
  public static final String HASIL_KOORDINASI_PANTI = "hasilKoordinasiPanti";
  /** Tanggal pemberangkatan (ISO date string, required). */
  public static final String TANGGAL_BERANGKAT = "tanggalBerangkat";
  /** Akomodasi perjalanan (text, required, max 2000). */
  public static final String AKOMODASI_PERJALANAN = "akomodasiPerjalanan";
  /** Kesiapan calon PM dan keluarga (text, required, max 2000). */
  public static final String KESIAPAN_CALON_PM = "kesiapanCalonPm";

  // ------------------------------------------------------------------ langkah 11-14

  /** Addressee of the surat pinjam pakai (text, required, max 200). */
  public static final String PEMILIK_KENDARAAN = "pemilikKendaraan";
  /** Kendaraan dinas yang dipinjam (text, required, max 200). */
  public static final String KENDARAAN_DINAS = "kendaraanDinas";
  /** Nomor polisi (text, optional, max 20). */
  public static final String NOMOR_POLISI = "nomorPolisi";
  /** Tanggal mulai pinjam (ISO date string, required). */
  public static final String TANGGAL_MULAI_PINJAM = "tanggalMulaiPinjam";
  /** Tanggal selesai pinjam (ISO date string, required). */
  public static final String TANGGAL_SELESAI_PINJAM = "tanggalSelesaiPinjam";
  /** Petugas pengantar, one per line: nama | NIP | pangkat | jabatan (required). */
  public static final String PETUGAS_PENGIRIMAN = "petugasPengiriman";
  /** Hasil penjemputan calon PM (text, required, max 2000). */
  public static final String HASIL_PENJEMPUTAN_CALON_PM = "hasilPenjemputanCalonPm";
  /** Tanggal tiba di panti (ISO date string, required). */
  public static final String TANGGAL_TIBA_DI_PANTI = "tanggalTibaDiPanti";
  /** Petugas Dinas Sosial yang menyerahkan PM: pihak pertama (required). */
  public static final String PETUGAS_PENYERAH_NAMA = "petugasPenyerahNama";
  /** Jabatan petugas yang menyerahkan PM (required). */
  public static final String PETUGAS_PENYERAH_JABATAN = "petugasPenyerahJabatan";
  /** Catatan perjalanan (text, optional). */
  public static final String CATATAN_PENGIRIMAN = "catatanPengiriman";

  // ------------------------------------------------------------------ langkah 15-17 (panti and the report)

  /** Tanggal penyerahan ke panti (ISO date string, required). */
  public static final String TANGGAL_PENYERAHAN = "tanggalPenyerahan";
  /** Petugas panti yang menerima: pihak kedua (required). */
  public static final String PETUGAS_PANTI_NAMA = "petugasPantiNama";
  /** Jabatan petugas panti (required). */
  public static final String PETUGAS_PANTI_JABATAN = "petugasPantiJabatan";
  /** Catatan penyerahan (text, optional). */
  public static final String CATATAN_PENYERAHAN = "catatanPenyerahan";
  /** Hasil masa pelayanan, recorded by the panti (text, required, max 4000). */
  public static final String HASIL_PELAYANAN = "hasilPelayanan";
  /** Tanggal akhir masa pelayanan (ISO date string, required). */
  public static final String TANGGAL_AKHIR_PELAYANAN = "tanggalAkhirPelayanan";
  /** Uraian laporan hasil pengiriman (text, required, max 4000). */
  public static final String LAPORAN_PENGIRIMAN = "laporanPengiriman";

  // ------------------------------------------------------------------ langkah 18-21

  /** Rencana penjemputan / terminasi (text, required, max 2000). */
  public static final String RENCANA_PENJEMPUTAN = "rencanaPenjemputan";
  /** Tanggal penjemputan (ISO date string, required). */
  public static final String TANGGAL_PENJEMPUTAN = "tanggalPenjemputan";
  /** Akomodasi perjalanan penjemputan (text, required, max 2000). */
  public static final String AKOMODASI_PENJEMPUTAN = "akomodasiPenjemputan";
  /** Petugas penjemput, one per line: nama | NIP | pangkat | jabatan (required). */
  public static final String PETUGAS_PENJEMPUTAN = "petugasPenjemputan";
  /** Kendaraan dinas penjemputan (text, required, max 200). */
  public static final String KENDARAAN_PENJEMPUTAN = "kendaraanPenjemputan";

  // ------------------------------------------------------------------ langkah 22-25

  /** Tanggal serah terima dari panti dan kembali (ISO date string, required). */
  public static final String TANGGAL_KEMBALI = "tanggalKembali";
  /** Petugas panti yang menyerahkan PM kembali: pihak pertama (required). */
  public static final String PETUGAS_PANTI_PENYERAH_NAMA = "petugasPantiPenyerahNama";
  /** Jabatan petugas panti (required). */
  public static final String PETUGAS_PANTI_PENYERAH_JABATAN = "petugasPantiPenyerahJabatan";
  /** Petugas Dinas Sosial yang menerima PM: pihak kedua (required). */
  public static final String PETUGAS_PENJEMPUT_NAMA = "petugasPenjemputNama";
  /** Jabatan petugas Dinas Sosial (required). */
  public static final String PETUGAS_PENJEMPUT_JABATAN = "petugasPenjemputJabatan";
  /** Tanggal serah terima ke keluarga (ISO date string, required). */
  public static final String TANGGAL_SERAH_TERIMA_KELUARGA = "tanggalSerahTerimaKeluarga";
  /** Tempat serah terima ke keluarga (text, required, max 200). */
  public static final String TEMPAT_SERAH_TERIMA_KELUARGA = "tempatSerahTerimaKeluarga";
  /** TKSK yang menyerahkan PM ke keluarga: pihak pertama (required). */
  public static final String PETUGAS_TKSK_NAMA = "petugasTkskNama";
  /** Catatan terminasi (text, optional). */
  public static final String CATATAN_SERAH_TERIMA_KELUARGA = "catatanSerahTerimaKeluarga";
  /** Uraian laporan hasil penjemputan (text, required, max 4000). */
  public static final String LAPORAN_PENJEMPUTAN = "laporanPenjemputan";
  /** Hasil monitoring dan evaluasi (text, required, max 4000). */
  public static final String HASIL_MONITORING = "hasilMonitoring";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: Kasi Rehabsos opens the cohort. */
  public static final String EVENT_RENCANA_PENGIRIMAN_DIMULAI = "RencanaPengirimanDimulai";
  /** Gateway "Ada calon PM terpilih?" fed by the selection. */
  public static final String GATEWAY_ADA_PM_TERPILIH = "GatewayAdaPmTerpilih";
  /** Gateway "Diterima panti?" fed by the coordination with the panti. */
  public static final String GATEWAY_DITERIMA_PANTI = "GatewayDiterimaPanti";
  /** Parallel split: the service period and the report of the sending. */
  public static final String GATEWAY_MASA_PELAYANAN_MULAI = "GatewayMasaPelayananMulai";
  /** Parallel join before the coordination of the end of service. */
  public static final String GATEWAY_MASA_PELAYANAN_SELESAI = "GatewayMasaPelayananSelesai";
  /** Terminate end event: nobody chosen as PM. */
  public static final String EVENT_TIDAK_ADA_PM_TERPILIH = "TidakAdaPmTerpilih";
  /** Terminate end event: the panti does not accept the PM. */
  public static final String EVENT_TIDAK_DITERIMA_PANTI = "TidakDiterimaPanti";
  /** Terminate end event: the PM are back and monitored. */
  public static final String EVENT_PM_KEMBALI_DAN_DIPANTAU = "PmKembaliDanDipantau";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Service task issuing the nomor register ({@code ${caseRegisterNumberIssuer}}). */
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  /** Langkah 1: koordinasi dengan panti terkait pembukaan pendaftaran pelatihan (kasi, P1D). */
  public static final String TASK_KOORDINASI_PEMBUKAAN_PENDAFTARAN = "KoordinasiPembukaanPendaftaran";
  /** Langkah 2: menyusun rencana sosialisasi ke masyarakat (kasi, PT60M). */
  public static final String TASK_RENCANA_SOSIALISASI = "RencanaSosialisasi";
  /** Langkah 3: sosialisasi / koordinasi ke masyarakat (tksk, P2W). */
  public static final String TASK_SOSIALISASI_MASYARAKAT = "SosialisasiMasyarakat";
  /** Langkah 4: penerimaan pendaftaran calon PM (tksk, P2W). */
  public static final String TASK_PENERIMAAN_PENDAFTARAN = "PenerimaanPendaftaran";
  /** Langkah 5: asesmen calon PM yang mendaftar (kasi, P2D). */
  public static final String TASK_ASESMEN_CALON_PM = "AsesmenCalonPm";
  /** Langkah 6: penentuan calon PM (kabid, PT2H). */
  public static final String TASK_PENENTUAN_CALON_PM = "PenentuanCalonPm";
  /** Langkah 7: pengisian formulir persyaratan masuk panti (tksk, P1D). */
  public static final String TASK_PENGISIAN_FORMULIR_PERSYARATAN = "PengisianFormulirPersyaratan";
  /** Langkah 8: koordinasi lanjut dengan panti: seleksi dan pengiriman PM (kasi, PT30M). */
  public static final String TASK_KOORDINASI_SELEKSI_PANTI = "KoordinasiSeleksiPanti";
  /** Langkah 9: koordinasi pemberangkatan PM dari Dinsos ke panti (kabid, PT30M). */
  public static final String TASK_KOORDINASI_PEMBERANGKATAN = "KoordinasiPemberangkatan";
  /** Langkah 10: koordinasi lanjut kepada calon PM / keluarga / TKSK (tksk, P1D). */
  public static final String TASK_KOORDINASI_KELUARGA_PM = "KoordinasiKeluargaPm";
  /** Langkah 11: menyiapkan sarana transportasi (kasi, P1D). */
  public static final String TASK_PENYIAPAN_TRANSPORTASI = "PenyiapanTransportasi";
  /** Langkah 12: pembuatan surat tugas, surat pengantar dan berita acara penyerahan PM (kadis, no mutu baku). */
  public static final String TASK_PEMBUATAN_SURAT_TUGAS = "PembuatanSuratTugas";
  /** Langkah 13: penjemputan calon PM (kasi, PT6H). */
  public static final String TASK_PENJEMPUTAN_CALON_PM = "PenjemputanCalonPm";
  /** Langkah 14: pengiriman PM ke panti (kasi, P1D). */
  public static final String TASK_PENGIRIMAN_PM_KE_PANTI = "PengirimanPmKePanti";
  /** Langkah 15: penyerahan calon PM ke panti (panti, PT3H). */
  public static final String TASK_PENYERAHAN_CALON_PM_KE_PANTI = "PenyerahanCalonPmKePanti";
  /** Langkah 16: masa pelayanan PM di panti (panti, P6M). */
  public static final String TASK_MASA_PELAYANAN_PANTI = "MasaPelayananPanti";
  /** Langkah 17: pembuatan laporan hasil pengiriman (kasi, PT2H). */
  public static final String TASK_LAPORAN_HASIL_PENGIRIMAN = "LaporanHasilPengiriman";
  /** Langkah 18: koordinasi akhir masa pelayanan di panti (kasi, PT1H). */
  public static final String TASK_KOORDINASI_AKHIR_PELAYANAN = "KoordinasiAkhirPelayanan";
  /** Langkah 19: koordinasi penjemputan / pemulangan PM (kabid, PT1H). */
  public static final String TASK_KOORDINASI_PENJEMPUTAN = "KoordinasiPenjemputan";
  /** Langkah 20: pembuatan surat tugas penjemputan PM (kadis, PT1H). */
  public static final String TASK_SURAT_TUGAS_PENJEMPUTAN = "SuratTugasPenjemputan";
  /** Langkah 21: menyiapkan kendaraan dinas sesuai jumlah PM (kasi, P1D). */
  public static final String TASK_PENYIAPAN_KENDARAAN_PENJEMPUTAN = "PenyiapanKendaraanPenjemputan";
  /** Langkah 22: penjemputan PM ke panti dan kembali ke Tanah Laut (kasi, P1D). */
  public static final String TASK_PENJEMPUTAN_PM = "PenjemputanPm";
  /** Langkah 23: serah terima / terminasi / kembali ke keluarga (tksk, P1D). */
  public static final String TASK_SERAH_TERIMA_KELUARGA = "SerahTerimaKeluarga";
  /** Langkah 24: pembuatan laporan hasil penjemputan (kasi, PT2H). */
  public static final String TASK_LAPORAN_PENJEMPUTAN = "LaporanPenjemputan";
  /** Langkah 25: monitoring dan evaluasi (kasi, P3D). */
  public static final String TASK_MONITORING_EVALUASI = "MonitoringEvaluasi";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on KoordinasiPembukaanPendaftaran (P1D). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_PEMBUKAAN_PENDAFTARAN = "MutuBakuKoordinasiPembukaanPendaftaran";
  /** Timer on RencanaSosialisasi (PT60M). */
  public static final String TIMER_MUTU_BAKU_RENCANA_SOSIALISASI = "MutuBakuRencanaSosialisasi";
  /** Timer on SosialisasiMasyarakat (P2W). */
  public static final String TIMER_MUTU_BAKU_SOSIALISASI_MASYARAKAT = "MutuBakuSosialisasiMasyarakat";
  /** Timer on PenerimaanPendaftaran (P2W). */
  public static final String TIMER_MUTU_BAKU_PENERIMAAN_PENDAFTARAN = "MutuBakuPenerimaanPendaftaran";
  /** Timer on AsesmenCalonPm (P2D). */
  public static final String TIMER_MUTU_BAKU_ASESMEN_CALON_PM = "MutuBakuAsesmenCalonPm";
  /** Timer on PenentuanCalonPm (PT2H). */
  public static final String TIMER_MUTU_BAKU_PENENTUAN_CALON_PM = "MutuBakuPenentuanCalonPm";
  /** Timer on PengisianFormulirPersyaratan (P1D). */
  public static final String TIMER_MUTU_BAKU_PENGISIAN_FORMULIR_PERSYARATAN = "MutuBakuPengisianFormulirPersyaratan";
  /** Timer on KoordinasiSeleksiPanti (PT30M). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_SELEKSI_PANTI = "MutuBakuKoordinasiSeleksiPanti";
  /** Timer on KoordinasiPemberangkatan (PT30M). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_PEMBERANGKATAN = "MutuBakuKoordinasiPemberangkatan";
  /** Timer on KoordinasiKeluargaPm (P1D). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_KELUARGA_PM = "MutuBakuKoordinasiKeluargaPm";
  /** Timer on PenyiapanTransportasi (P1D). */
  public static final String TIMER_MUTU_BAKU_PENYIAPAN_TRANSPORTASI = "MutuBakuPenyiapanTransportasi";
  /** Timer on PenjemputanCalonPm (PT6H). */
  public static final String TIMER_MUTU_BAKU_PENJEMPUTAN_CALON_PM = "MutuBakuPenjemputanCalonPm";
  /** Timer on PengirimanPmKePanti (P1D). */
  public static final String TIMER_MUTU_BAKU_PENGIRIMAN_PM_KE_PANTI = "MutuBakuPengirimanPmKePanti";
  /** Timer on PenyerahanCalonPmKePanti (PT3H). */
  public static final String TIMER_MUTU_BAKU_PENYERAHAN_CALON_PM_KE_PANTI = "MutuBakuPenyerahanCalonPmKePanti";
  /** Timer on MasaPelayananPanti (P6M). */
  public static final String TIMER_MUTU_BAKU_MASA_PELAYANAN_PANTI = "MutuBakuMasaPelayananPanti";
  /** Timer on LaporanHasilPengiriman (PT2H). */
  public static final String TIMER_MUTU_BAKU_LAPORAN_HASIL_PENGIRIMAN = "MutuBakuLaporanHasilPengiriman";
  /** Timer on KoordinasiAkhirPelayanan (PT1H). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_AKHIR_PELAYANAN = "MutuBakuKoordinasiAkhirPelayanan";
  /** Timer on KoordinasiPenjemputan (PT1H). */
  public static final String TIMER_MUTU_BAKU_KOORDINASI_PENJEMPUTAN = "MutuBakuKoordinasiPenjemputan";
  /** Timer on SuratTugasPenjemputan (PT1H). */
  public static final String TIMER_MUTU_BAKU_SURAT_TUGAS_PENJEMPUTAN = "MutuBakuSuratTugasPenjemputan";
  /** Timer on PenyiapanKendaraanPenjemputan (P1D). */
  public static final String TIMER_MUTU_BAKU_PENYIAPAN_KENDARAAN_PENJEMPUTAN = "MutuBakuPenyiapanKendaraanPenjemputan";
  /** Timer on PenjemputanPm (P1D). */
  public static final String TIMER_MUTU_BAKU_PENJEMPUTAN_PM = "MutuBakuPenjemputanPm";
  /** Timer on SerahTerimaKeluarga (P1D). */
  public static final String TIMER_MUTU_BAKU_SERAH_TERIMA_KELUARGA = "MutuBakuSerahTerimaKeluarga";
  /** Timer on LaporanPenjemputan (PT2H). */
  public static final String TIMER_MUTU_BAKU_LAPORAN_PENJEMPUTAN = "MutuBakuLaporanPenjemputan";
  /** Timer on MonitoringEvaluasi (P3D). */
  public static final String TIMER_MUTU_BAKU_MONITORING_EVALUASI = "MutuBakuMonitoringEvaluasi";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut)

  /** Escalation of KoordinasiPembukaanPendaftaran (kabid). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_PEMBUKAAN_PENDAFTARAN = "TindakLanjutKoordinasiPembukaanPendaftaran";
  /** Escalation of RencanaSosialisasi (kabid). */
  public static final String TASK_TINDAK_LANJUT_RENCANA_SOSIALISASI = "TindakLanjutRencanaSosialisasi";
  /** Escalation of SosialisasiMasyarakat (kasi). */
  public static final String TASK_TINDAK_LANJUT_SOSIALISASI_MASYARAKAT = "TindakLanjutSosialisasiMasyarakat";
  /** Escalation of PenerimaanPendaftaran (kasi). */
  public static final String TASK_TINDAK_LANJUT_PENERIMAAN_PENDAFTARAN = "TindakLanjutPenerimaanPendaftaran";
  /** Escalation of AsesmenCalonPm (kabid). */
  public static final String TASK_TINDAK_LANJUT_ASESMEN_CALON_PM = "TindakLanjutAsesmenCalonPm";
  /** Escalation of PenentuanCalonPm (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENENTUAN_CALON_PM = "TindakLanjutPenentuanCalonPm";
  /** Escalation of PengisianFormulirPersyaratan (kasi). */
  public static final String TASK_TINDAK_LANJUT_PENGISIAN_FORMULIR_PERSYARATAN = "TindakLanjutPengisianFormulirPersyaratan";
  /** Escalation of KoordinasiSeleksiPanti (kabid). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_SELEKSI_PANTI = "TindakLanjutKoordinasiSeleksiPanti";
  /** Escalation of KoordinasiPemberangkatan (kadis). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_PEMBERANGKATAN = "TindakLanjutKoordinasiPemberangkatan";
  /** Escalation of KoordinasiKeluargaPm (kasi). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_KELUARGA_PM = "TindakLanjutKoordinasiKeluargaPm";
  /** Escalation of PenyiapanTransportasi (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENYIAPAN_TRANSPORTASI = "TindakLanjutPenyiapanTransportasi";
  /** Escalation of PenjemputanCalonPm (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENJEMPUTAN_CALON_PM = "TindakLanjutPenjemputanCalonPm";
  /** Escalation of PengirimanPmKePanti (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENGIRIMAN_PM_KE_PANTI = "TindakLanjutPengirimanPmKePanti";
  /** Escalation of PenyerahanCalonPmKePanti (kasi). */
  public static final String TASK_TINDAK_LANJUT_PENYERAHAN_CALON_PM_KE_PANTI = "TindakLanjutPenyerahanCalonPmKePanti";
  /** Escalation of MasaPelayananPanti (kasi). */
  public static final String TASK_TINDAK_LANJUT_MASA_PELAYANAN_PANTI = "TindakLanjutMasaPelayananPanti";
  /** Escalation of LaporanHasilPengiriman (kabid). */
  public static final String TASK_TINDAK_LANJUT_LAPORAN_HASIL_PENGIRIMAN = "TindakLanjutLaporanHasilPengiriman";
  /** Escalation of KoordinasiAkhirPelayanan (kabid). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_AKHIR_PELAYANAN = "TindakLanjutKoordinasiAkhirPelayanan";
  /** Escalation of KoordinasiPenjemputan (kadis). */
  public static final String TASK_TINDAK_LANJUT_KOORDINASI_PENJEMPUTAN = "TindakLanjutKoordinasiPenjemputan";
  /** Escalation of SuratTugasPenjemputan (kadis). */
  public static final String TASK_TINDAK_LANJUT_SURAT_TUGAS_PENJEMPUTAN = "TindakLanjutSuratTugasPenjemputan";
  /** Escalation of PenyiapanKendaraanPenjemputan (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENYIAPAN_KENDARAAN_PENJEMPUTAN = "TindakLanjutPenyiapanKendaraanPenjemputan";
  /** Escalation of PenjemputanPm (kabid). */
  public static final String TASK_TINDAK_LANJUT_PENJEMPUTAN_PM = "TindakLanjutPenjemputanPm";
  /** Escalation of SerahTerimaKeluarga (kasi). */
  public static final String TASK_TINDAK_LANJUT_SERAH_TERIMA_KELUARGA = "TindakLanjutSerahTerimaKeluarga";
  /** Escalation of LaporanPenjemputan (kabid). */
  public static final String TASK_TINDAK_LANJUT_LAPORAN_PENJEMPUTAN = "TindakLanjutLaporanPenjemputan";
  /** Escalation of MonitoringEvaluasi (kabid). */
  public static final String TASK_TINDAK_LANJUT_MONITORING_EVALUASI = "TindakLanjutMonitoringEvaluasi";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}})

  /** Langkah 11: buat surat pinjam pakai kendaraan dinas (SURAT_PINJAM_PAKAI). */
  public static final String TASK_BUAT_SURAT_PINJAM_PAKAI = "BuatSuratPinjamPakai";
  /** Langkah 12: buat surat tugas pengiriman PM (SURAT_TUGAS). */
  public static final String TASK_BUAT_SURAT_TUGAS_PENGIRIMAN = "BuatSuratTugasPengiriman";
  /** Langkah 12: buat surat pengantar ke panti (SURAT_PENGANTAR). */
  public static final String TASK_BUAT_SURAT_PENGANTAR = "BuatSuratPengantar";
  /** Langkah 15: buat berita acara penyerahan PM ke panti (BA_SERAH_TERIMA_KLIEN). */
  public static final String TASK_BUAT_BA_PENYERAHAN_PM = "BuatBaPenyerahanPm";
  /** Langkah 17: buat laporan hasil pengiriman (LAPORAN_KEGIATAN). */
  public static final String TASK_BUAT_LAPORAN_PENGIRIMAN = "BuatLaporanPengiriman";
  /** Langkah 20: buat surat tugas penjemputan PM (SURAT_TUGAS). */
  public static final String TASK_BUAT_SURAT_TUGAS_PENJEMPUTAN = "BuatSuratTugasPenjemputan";
  /** Langkah 22: buat berita acara serah terima PM dari panti (BA_SERAH_TERIMA_KLIEN). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_DARI_PANTI = "BuatBaSerahTerimaDariPanti";
  /** Langkah 23: buat berita acara serah terima ke keluarga (BA_SERAH_TERIMA_KLIEN). */
  public static final String TASK_BUAT_BA_SERAH_TERIMA_KELUARGA = "BuatBaSerahTerimaKeluarga";
  /** Langkah 24: buat laporan hasil penjemputan (LAPORAN_KEGIATAN). */
  public static final String TASK_BUAT_LAPORAN_PENJEMPUTAN = "BuatLaporanPenjemputan";

  /** Stem of the variables written by BuatSuratPinjamPakai ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_SURAT_PINJAM_PAKAI = "dokumenSuratPinjamPakai";
  /** Stem of the variables written by BuatSuratTugasPengiriman ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_SURAT_TUGAS_PENGIRIMAN = "dokumenSuratTugasPengiriman";
  /** Stem of the variables written by BuatSuratPengantar ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_SURAT_PENGANTAR = "dokumenSuratPengantar";
  /** Stem of the variables written by BuatBaPenyerahanPm ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_BA_PENYERAHAN_PM = "dokumenBaPenyerahanPm";
  /** Stem of the variables written by BuatLaporanPengiriman ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_LAPORAN_PENGIRIMAN = "dokumenLaporanPengiriman";
  /** Stem of the variables written by BuatSuratTugasPenjemputan ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_SURAT_TUGAS_PENJEMPUTAN = "dokumenSuratTugasPenjemputan";
  /** Stem of the variables written by BuatBaSerahTerimaDariPanti ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_BA_SERAH_TERIMA_DARI_PANTI = "dokumenBaSerahTerimaDariPanti";
  /** Stem of the variables written by BuatBaSerahTerimaKeluarga ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_BA_SERAH_TERIMA_KELUARGA = "dokumenBaSerahTerimaKeluarga";
  /** Stem of the variables written by BuatLaporanPenjemputan ({@code ...Id}, {@code ...Nomor}). */
  public static final String DOKUMEN_LAPORAN_PENJEMPUTAN = "dokumenLaporanPenjemputan";
}
