package id.go.dinsos.sop.process.logistikbencana;

import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;

/**
 * Names used by {@code processes/tanah-laut/tanah-laut-logistik-bencana.bpmn} (SOP Tanah Laut, penyaluran bantuan
 * logistik korban bencana alam dan sosial) and its Camunda Forms: one constant per process variable (the form field
 * keys), the process id and the ids of its tasks and events. Java code and tests use these instead of string
 * literals, so a renamed field or step shows up as a compile error.
 */
public final class LogistikBencanaVariables {

  private LogistikBencanaVariables() {}

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "tanah-laut-logistik-bencana";

  // ------------------------------------------------------------------ start form (-mulai)

  /** Which part of the SOP the case is: {@code PERSEDIAAN} (langkah 1-4) or {@code LAPORAN_BENCANA} (5-9). */
  public static final String BAGIAN_KEGIATAN = "bagianKegiatan";
  /** Value of {@link #BAGIAN_KEGIATAN}: stock opname and replenishment of the warehouse. */
  public static final String PERSEDIAAN = "PERSEDIAAN";
  /** Value of {@link #BAGIAN_KEGIATAN}: one disaster report answered with a distribution. */
  public static final String LAPORAN_BENCANA = "LAPORAN_BENCANA";

  /** Yes/no answers of the radio fields {@link #PERLU_PENGISIAN} and {@link #PENYALURAN_DIPERLUKAN}. */
  public static final String YA = "YA";
  public static final String TIDAK = "TIDAK";

  // ------------------------------------------------------------------ StockOpname (langkah 1)

  /** Tanggal stock opname (ISO date, required). */
  public static final String TANGGAL_OPNAME = "tanggalOpname";
  /** Lokasi gudang (text, required). */
  public static final String LOKASI_GUDANG = "lokasiGudang";
  /** Petugas stock opname (text, required). */
  public static final String PETUGAS_OPNAME = "petugasOpname";
  /** The count, one line per batch "jenis | jumlah | satuan | masa berlaku" (text area, required). */
  public static final String HASIL_OPNAME = "hasilOpname";
  /** Catatan stock opname (text, optional). */
  public static final String CATATAN_OPNAME = "catatanOpname";
  /** Persediaan perlu ditambah? {@link #YA} (letters to Provinsi and Bulog) or {@link #TIDAK} (case ends). */
  public static final String PERLU_PENGISIAN = "perluPengisian";
  /** Set by {@code ${stockOpnameRecorder}}: the warehouse after the count, as rows of the STOCK_OPNAME report. */
  public static final String PERSEDIAAN_GUDANG = "persediaanGudang";

  // ------------------------------------------------------------------ langkah 2: surat permohonan ke Dinas Sosial Provinsi

  /** Barang yang dimohon, "uraian | jumlah | satuan | keterangan" per line (required). */
  public static final String DAFTAR_PERMOHONAN_PROVINSI = "daftarPermohonanProvinsi";
  /** Isi permohonan (text, required). */
  public static final String ALASAN_PERMOHONAN_PROVINSI = "alasanPermohonanProvinsi";
  /** Keputusan Kepala Dinas: {@link #DITANDATANGANI} or {@link #DIPERBAIKI}. */
  public static final String KEPUTUSAN_PERMOHONAN_PROVINSI = "keputusanPermohonanProvinsi";
  public static final String DITANDATANGANI = "DITANDATANGANI";
  public static final String DIPERBAIKI = "DIPERBAIKI";
  /** Catatan perbaikan Kepala Dinas (text, optional), shown to the staf on correction. */
  public static final String CATATAN_PERBAIKAN_PROVINSI = "catatanPerbaikanProvinsi";

  // ------------------------------------------------------------------ langkah 3: beras CBP kepada Perum Bulog

  /** Jumlah beras CBP yang dimohon in kg (number, at least 1). */
  public static final String JUMLAH_BERAS_CBP = "jumlahBerasCbp";
  /** Isi permohonan beras (text, required). */
  public static final String ALASAN_PERMOHONAN_BERAS = "alasanPermohonanBeras";
  /** Catatan paraf Kepala Bidang (text, required). */
  public static final String CATATAN_PARAF_KABID = "catatanParafKabid";
  /** Disposisi Kepala Dinas (text, required). */
  public static final String DISPOSISI_KADIS_BERAS = "disposisiKadisBeras";
  /** Tanggal Sekda meneruskan permohonan kepada Bupati (ISO date, required; recorded by staf). */
  public static final String TANGGAL_DITERUSKAN_SEKDA = "tanggalDiteruskanSekda";
  /** Catatan Sekda (text, optional). */
  public static final String CATATAN_SEKDA = "catatanSekda";
  /** Jawaban Bupati: {@link #DIBERIKAN} (letter to Bulog issued) or {@link #TIDAK_DIBERIKAN}. */
  public static final String REKOMENDASI_BUPATI = "rekomendasiBupati";
  public static final String DIBERIKAN = "DIBERIKAN";
  public static final String TIDAK_DIBERIKAN = "TIDAK_DIBERIKAN";
  /** Nomor surat Bupati (text, required). */
  public static final String NOMOR_REKOMENDASI_BUPATI = "nomorRekomendasiBupati";
  /** Tanggal surat Bupati (ISO date, required). */
  public static final String TANGGAL_REKOMENDASI_BUPATI = "tanggalRekomendasiBupati";

  // ------------------------------------------------------------------ PengambilanBarang (langkah 4)

  /** Tanggal pengambilan (ISO date, required). */
  public static final String TANGGAL_PENGAMBILAN = "tanggalPengambilan";
  /** Kendaraan angkut (text, required). */
  public static final String KENDARAAN_ANGKUT = "kendaraanAngkut";
  /** Barang dari Dinas Sosial Provinsi, "jenis | jumlah | satuan | masa berlaku" per line (optional). */
  public static final String BARANG_DARI_PROVINSI = "barangDariProvinsi";
  /** Barang dari Perum Bulog, same format (optional; at least one of the two lists). */
  public static final String BARANG_DARI_BULOG = "barangDariBulog";

  // ------------------------------------------------------------------ PenerimaanLaporanBencana (langkah 5)

  /** Sumber laporan: {@code MASYARAKAT}, {@code KEPALA_DESA} or {@code TAGANA}. */
  public static final String SUMBER_LAPORAN = "sumberLaporan";
  /** Nama pelapor (text, required). */
  public static final String PELAPOR_NAMA = "pelaporNama";
  /** Telepon pelapor, {@code ^(\+62|0)[0-9]{8,13}$}, optional. */
  public static final String PELAPOR_TELEPON = "pelaporTelepon";
  /** Jenis bencana (select, e.g. {@code BANJIR}). */
  public static final String JENIS_BENCANA = "jenisBencana";
  /** Lokasi kejadian: desa and kecamatan (text, required). */
  public static final String LOKASI_KEJADIAN = "lokasiKejadian";
  /** Tanggal kejadian (ISO date, required). */
  public static final String TANGGAL_KEJADIAN = "tanggalKejadian";
  /** Uraian kejadian (text, required). */
  public static final String URAIAN_KEJADIAN = "uraianKejadian";
  /** Perkiraan jumlah korban, jiwa (number, at least 0). */
  public static final String JUMLAH_KORBAN = "jumlahKorban";
  /** Nomor register of the disaster case, set by {@code ${caseRegisterNumberIssuer}} (also the business key). */
  public static final String NOMOR_REGISTER = CaseRegisterNumberIssuer.NOMOR_REGISTER;

  // ------------------------------------------------------------------ KoordinasiBpbd (langkah 6)

  /** Instansi yang dihubungi (text, required). */
  public static final String INSTANSI_TERKAIT = "instansiTerkait";
  /** Hasil koordinasi (text, required). */
  public static final String HASIL_KOORDINASI = "hasilKoordinasi";
  /** Bantuan logistik disalurkan? {@link #YA} or {@link #TIDAK} (case ends, reason kept). */
  public static final String PENYALURAN_DIPERLUKAN = "penyaluranDiperlukan";
  /** Alasan bila tidak disalurkan (text, optional). */
  public static final String ALASAN_TANPA_PENYALURAN = "alasanTanpaPenyaluran";

  // ------------------------------------------------------------------ PenyaluranBantuan (7), PenyerahanBantuan (8)

  /** Tanggal penyaluran (ISO date, required). */
  public static final String TANGGAL_PENYALURAN = "tanggalPenyaluran";
  /** Kendaraan operasional (text, required). */
  public static final String KENDARAAN_OPERASIONAL = "kendaraanOperasional";
  /** Petugas penyaluran (text, required). */
  public static final String PETUGAS_PENYALURAN = "petugasPenyaluran";
  /** Tanggal serah terima (ISO date, required); the berita acara's date. */
  public static final String TANGGAL_SERAH_TERIMA = "tanggalSerahTerima";
  /** Tempat serah terima (text, required). */
  public static final String TEMPAT_SERAH_TERIMA = "tempatSerahTerima";
  /** Pihak pertama (the officer handing over): nama and jabatan (text, required). */
  public static final String PIHAK_PERTAMA_NAMA = "pihakPertamaNama";
  public static final String PIHAK_PERTAMA_JABATAN = "pihakPertamaJabatan";
  /** Pihak kedua (the victims' representative): nama and jabatan (text, required). */
  public static final String PIHAK_KEDUA_NAMA = "pihakKeduaNama";
  public static final String PIHAK_KEDUA_JABATAN = "pihakKeduaJabatan";
  /** What is handed over, "jenis | jumlah | satuan | keterangan" per line; lowers the stock (required). */
  public static final String BARANG_DISERAHKAN = "barangDiserahkan";
  /** Set by {@code ${stockDistributionRecorder}}: the berita acara's {@code barang} rows. */
  public static final String BARANG_SERAH_TERIMA = "barangSerahTerima";
  /** Set by {@code ${stockDistributionRecorder}}: the report's {@code rincian} rows. */
  public static final String RINCIAN_PENYALURAN = "rincianPenyaluran";

  // ------------------------------------------------------------------ langkah 9: laporan pertanggungjawaban

  /** Uraian pelaksanaan penyaluran (text, required). */
  public static final String URAIAN_PENYALURAN = "uraianPenyaluran";
  /** Penerima bantuan (text, required). */
  public static final String PENERIMA_BANTUAN = "penerimaBantuan";
  /** Hasil pemeriksaan Kasi PSKB (text, required). */
  public static final String CATATAN_PEMERIKSAAN_KASI = "catatanPemeriksaanKasi";
  /** Keputusan Kepala Bidang: {@link #DISETUJUI} or {@link #DIPERBAIKI}. */
  public static final String PERSETUJUAN_LAPORAN = "persetujuanLaporan";
  public static final String DISETUJUI = "DISETUJUI";
  /** Catatan perbaikan Kepala Bidang (text, optional), shown to the staf on correction. */
  public static final String CATATAN_PERBAIKAN_LAPORAN = "catatanPerbaikanLaporan";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ documents

  /** Number of the berita acara serah terima barang, written on the ledger's distribution rows. */
  public static final String DOKUMEN_BA_SERAH_TERIMA_BARANG_NOMOR = "dokumenBaSerahTerimaBarangNomor";

  // ------------------------------------------------------------------ events and gateways

  public static final String EVENT_KEGIATAN_DIMULAI = "KegiatanDimulai";
  public static final String GATEWAY_BAGIAN_KEGIATAN = "GatewayBagianKegiatan";
  public static final String GATEWAY_PERLU_PENGISIAN = "GatewayPerluPengisian";
  public static final String GATEWAY_PERMOHONAN_PROVINSI_DITANDATANGANI = "GatewayPermohonanProvinsiDitandatangani";
  public static final String GATEWAY_REKOMENDASI_BUPATI = "GatewayRekomendasiBupati";
  public static final String GATEWAY_PENYALURAN_DIPERLUKAN = "GatewayPenyaluranDiperlukan";
  public static final String GATEWAY_LAPORAN_DISETUJUI = "GatewayLaporanDisetujui";
  /** End: the count showed enough stock. */
  public static final String EVENT_PERSEDIAAN_CUKUP = "PersediaanCukup";
  /** End: goods received into the warehouse. */
  public static final String EVENT_PERSEDIAAN_TERSEDIA = "PersediaanTersedia";
  /** Terminate end: no distribution after the coordination. */
  public static final String EVENT_TANPA_PENYALURAN = "TanpaPenyaluran";
  /** Terminate end: aid handed over and reported. */
  public static final String EVENT_BANTUAN_TERSALURKAN = "BantuanTersalurkan";

  // ------------------------------------------------------------------ tasks of the SOP steps

  public static final String TASK_STOCK_OPNAME = "StockOpname";
  public static final String TASK_SURAT_PERMOHONAN_PROVINSI = "SuratPermohonanProvinsi";
  public static final String TASK_TANDA_TANGAN_PERMOHONAN_PROVINSI = "TandaTanganPermohonanProvinsi";
  public static final String TASK_PERMOHONAN_BERAS_KASI = "PermohonanBerasKasi";
  public static final String TASK_PARAF_PERMOHONAN_BERAS_KABID = "ParafPermohonanBerasKabid";
  public static final String TASK_TANDA_TANGAN_PERMOHONAN_BERAS_KADIS = "TandaTanganPermohonanBerasKadis";
  public static final String TASK_CATAT_PENERUSAN_SEKDA = "CatatPenerusanSekda";
  public static final String TASK_CATAT_REKOMENDASI_BUPATI = "CatatRekomendasiBupati";
  public static final String TASK_PENGAMBILAN_BARANG = "PengambilanBarang";
  public static final String TASK_PENERIMAAN_LAPORAN_BENCANA = "PenerimaanLaporanBencana";
  public static final String TASK_KOORDINASI_BPBD = "KoordinasiBpbd";
  public static final String TASK_PENYALURAN_BANTUAN = "PenyaluranBantuan";
  public static final String TASK_PENYERAHAN_BANTUAN = "PenyerahanBantuan";
  public static final String TASK_LAPORAN_PERTANGGUNGJAWABAN = "LaporanPertanggungjawaban";
  public static final String TASK_PEMERIKSAAN_LAPORAN_KASI = "PemeriksaanLaporanKasi";
  public static final String TASK_PERSETUJUAN_LAPORAN_KABID = "PersetujuanLaporanKabid";

  // ------------------------------------------------------------------ service tasks

  public static final String TASK_CATAT_STOCK_OPNAME = "CatatStockOpname";
  public static final String TASK_CATAT_PENERIMAAN_BARANG = "CatatPenerimaanBarang";
  public static final String TASK_CATAT_PENYERAHAN_BARANG = "CatatPenyerahanBarang";
  public static final String TASK_TERBITKAN_NOMOR_REGISTER = "TerbitkanNomorRegister";
  public static final String TASK_BUAT_LAPORAN_STOCK_OPNAME = "BuatLaporanStockOpname";
  public static final String TASK_BUAT_SURAT_PERMOHONAN_PROVINSI = "BuatSuratPermohonanProvinsi";
  public static final String TASK_BUAT_SURAT_PERMOHONAN_BULOG = "BuatSuratPermohonanBulog";
  public static final String TASK_BUAT_BA_SERAH_TERIMA_BARANG = "BuatBaSerahTerimaBarang";
  public static final String TASK_BUAT_LAPORAN_PERTANGGUNGJAWABAN = "BuatLaporanPertanggungjawaban";

  // ------------------------------------------------------------------ mutu baku timers and escalation tasks

  /** The timer on a step's task: {@code MutuBaku<task id>}. */
  public static String timerOf(String taskId) {
    return "MutuBaku" + taskId;
  }

  /** The escalation task a step's timer leads to: {@code TindakLanjut<task id>}. */
  public static String escalationOf(String taskId) {
    return "TindakLanjut" + taskId;
  }
}
