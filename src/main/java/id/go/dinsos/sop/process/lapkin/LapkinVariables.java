package id.go.dinsos.sop.process.lapkin;

/**
 * Names used by {@code processes/tanah-laut/tanah-laut-lapkin.bpmn} (SOP Tanah Laut, penyusunan Laporan Akuntabilitas
 * Kinerja Instansi Pemerintah, LAPKIN) and its Camunda Forms: one constant per process variable (the form field keys),
 * the process id and the ids of its tasks and events. Java code and tests use these instead of string literals.
 */
public final class LapkinVariables {

  private LapkinVariables() {}

  // ------------------------------------------------------------------ process

  /** Process definition key of the SOP. */
  public static final String PROCESS_ID = "tanah-laut-lapkin";

  // ------------------------------------------------------------------ start form (tanah-laut-lapkin-pengajuan, kasubbag)

  /** Tahun kinerja yang dilaporkan, four digits 2020-2099 (text, required); the period of the performance annex. */
  public static final String TAHUN_LAPORAN = "tahunLaporan";
  /** Keterangan pengajuan penyusunan (text, optional, max 1000). */
  public static final String KETERANGAN_PENGAJUAN = "keteranganPengajuan";

  // ------------------------------------------------------------------ langkah 1-3

  /** Disposisi Kepala Dinas memerintahkan penyusunan (text, required, max 1000). */
  public static final String DISPOSISI_KADIS = "disposisiKadis";
  /** Format pengumpulan data kinerja: what each unit must report (text, required, max 2000). */
  public static final String FORMAT_PENGUMPULAN_DATA = "formatPengumpulanData";
  /** Batas waktu pengumpulan format terisi (ISO date, required). */
  public static final String BATAS_PENGUMPULAN_FORMAT = "batasPengumpulanFormat";
  /** Tanggal format disampaikan kepada unit kerja (ISO date, required). */
  public static final String TANGGAL_PENYAMPAIAN_FORMAT = "tanggalPenyampaianFormat";
  /** Catatan penyampaian format (text, optional, max 500). */
  public static final String CATATAN_PENYAMPAIAN_FORMAT = "catatanPenyampaianFormat";

  // ------------------------------------------------------------------ langkah 4: one format per unit (multi-instance)

  /** The unit of one instance of langkah 4 (element variable, local to the instance): a bidang or the sekretariat. */
  public static final String UNIT_KERJA = "unitKerja";
  /**
   * Capaian kinerja of one unit (text, required, max 1000, local to the instance): one row per line,
   * {@code sasaran | indikator | target | realisasi | capaian}.
   */
  public static final String CAPAIAN_KINERJA_UNIT = "capaianKinerjaUnit";
  /** Kendala of one unit (text, optional, max 500, local to the instance). */
  public static final String KENDALA_UNIT = "kendalaUnit";
  /**
   * Every unit's filled format, keyed by unit: a JSON file variable {@code {"<unit>": {"urutan": n,
   * "capaianKinerja": "...", "kendala": "..."}}}, written by {@link LapkinUnitFormat} as each unit completes.
   */
  public static final String FORMAT_KINERJA_UNIT = "formatKinerjaUnit";

  // ------------------------------------------------------------------ langkah 5-6: the LAPKIN's values (docs/documents.md)

  /** Capaian kinerja of the office (text, required list): the units' rows joined, edited by the Kasubbag. */
  public static final String CAPAIAN_KINERJA = "capaianKinerja";
  /** Ikhtisar eksekutif (text, required, max 4000). */
  public static final String IKHTISAR = "ikhtisar";
  /** Kendala (text, optional, max 4000): the units' kendala joined, edited by the Kasubbag. */
  public static final String KENDALA = "kendala";
  /** Rencana tindak lanjut (text, optional, max 2000). */
  public static final String RENCANA_TINDAK_LANJUT = "rencanaTindakLanjut";
  /**
   * The performance annex: one row per SOP of the office, {@code layanan | jumlahKasus | tepatWaktu | terlambat},
   * written by {@link LapkinPerformanceAnnex} from the SLA report of {@link #TAHUN_LAPORAN}.
   */
  public static final String LAYANAN = "layanan";

  // ------------------------------------------------------------------ langkah 7: koreksi Sekretaris

  /** Hasil koreksi Sekretaris: {@code disetujui} or {@code diperbaiki}; decides gateway "Dokumen disetujui?". */
  public static final String HASIL_KOREKSI_SEKRETARIS = "hasilKoreksiSekretaris";
  /** Value of {@link #HASIL_KOREKSI_SEKRETARIS}: the document goes on to the Kepala Dinas. */
  public static final String DISETUJUI = "disetujui";
  /** Value of {@link #HASIL_KOREKSI_SEKRETARIS}: back to langkah 6 for revision. */
  public static final String DIPERBAIKI = "diperbaiki";
  /** Catatan koreksi Sekretaris (text, required, max 2000); stays with the case and is shown on langkah 6. */
  public static final String CATATAN_KOREKSI_SEKRETARIS = "catatanKoreksiSekretaris";

  // ------------------------------------------------------------------ langkah 8-11

  /** Tanggal dokumen disampaikan kepada Kepala Dinas (ISO date, required). */
  public static final String TANGGAL_PENYAMPAIAN_KADIS = "tanggalPenyampaianKadis";
  /** Disposisi persetujuan Kepala Dinas setelah menandatangani (text, required, max 1000). */
  public static final String DISPOSISI_PERSETUJUAN_KADIS = "disposisiPersetujuanKadis";
  /** Tujuan surat pengantar (text, required, max 200), e.g. Bupati Tanah Laut. */
  public static final String TUJUAN_SURAT = "tujuanSurat";
  /** Alamat tujuan surat pengantar (text, optional, max 300). */
  public static final String ALAMAT_TUJUAN = "alamatTujuan";
  /** Jumlah eksemplar LAPKIN yang dikirim (text of 1-2 digits, required). */
  public static final String JUMLAH_EKSEMPLAR = "jumlahEksemplar";
  /** Tanggal LAPKIN diantar (ISO date, required). */
  public static final String TANGGAL_PENGIRIMAN = "tanggalPengiriman";
  /** Tempat arsip dokumen LAPKIN (text, required, max 200). */
  public static final String LOKASI_ARSIP = "lokasiArsip";

  // ------------------------------------------------------------------ documents ({@code ${documentGenerator}}) and what they write

  /** Stem of the draft LAPKIN's variables (langkah 5). */
  public static final String DOKUMEN_DRAFT_LAPKIN = "dokumenDraftLapkin";
  /** Stem of the LAPKIN's variables (langkah 6, issued again after each revision). */
  public static final String DOKUMEN_LAPKIN = "dokumenLapkin";
  /** Number of the latest LAPKIN, shown to the Sekretaris and the Kepala Dinas. */
  public static final String DOKUMEN_LAPKIN_NOMOR = DOKUMEN_LAPKIN + "Nomor";
  /** Archive id of the latest LAPKIN. */
  public static final String DOKUMEN_LAPKIN_ID = DOKUMEN_LAPKIN + "Id";
  /** Archive id of the draft LAPKIN. */
  public static final String DOKUMEN_DRAFT_LAPKIN_ID = DOKUMEN_DRAFT_LAPKIN + "Id";
  /** Archive id of the surat pengantar (langkah 10, default stem). */
  public static final String DOKUMEN_SURAT_PENGANTAR_ID = "dokumenSuratPengantarId";

  // ------------------------------------------------------------------ escalation form (sla-tindak-lanjut)

  /** Tindak lanjut atasan atas keterlambatan (text, required, max 1000). */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  // ------------------------------------------------------------------ events and gateways

  /** Start event: the Kasubbag Perencanaan dan Keuangan proposes the year's LAPKIN. */
  public static final String EVENT_PENYUSUNAN_DIAJUKAN = "PenyusunanLapkinDiajukan";
  /** Gateway before langkah 6 (first pass and each revision). */
  public static final String GATEWAY_PEMBUATAN_DOKUMEN_MASUK = "GatewayPembuatanDokumenMasuk";
  /** Gateway "Dokumen disetujui?" fed by the Sekretaris's correction. */
  public static final String GATEWAY_HASIL_KOREKSI = "GatewayHasilKoreksi";
  /** Terminate end event: LAPKIN terkirim dan terarsip. */
  public static final String EVENT_LAPKIN_TERKIRIM = "LapkinTerkirimDanTerarsip";

  // ------------------------------------------------------------------ tasks of the SOP steps

  /** Langkah 1: memerintahkan penyusunan LAPKIN (kadis, PT10M). */
  public static final String TASK_PERINTAH_PENYUSUNAN = "PerintahPenyusunan";
  /** Langkah 2: membuat format pengumpulan data (kasubbag, PT2H). */
  public static final String TASK_PEMBUATAN_FORMAT = "PembuatanFormat";
  /** Langkah 3: menyampaikan format kepada unit kerja (staf, PT1H). */
  public static final String TASK_PENYAMPAIAN_FORMAT = "PenyampaianFormat";
  /** Langkah 4: menghimpun data kinerja, one task per unit in parallel (kabid, PT3H). */
  public static final String TASK_PENGHIMPUNAN_DATA_UNIT = "PenghimpunanDataUnit";
  /** Langkah 5: menganalisis dan mengevaluasi data kinerja (kasubbag, P4D). */
  public static final String TASK_ANALISIS_DATA = "AnalisisDataKinerja";
  /** Langkah 6: membuat dokumen LAPKIN (kasubbag, P2D). */
  public static final String TASK_PEMBUATAN_DOKUMEN = "PembuatanDokumen";
  /** Langkah 7: mengoreksi dokumen LAPKIN (sekretaris, P1D). */
  public static final String TASK_KOREKSI_SEKRETARIS = "KoreksiSekretaris";
  /** Langkah 8: menyampaikan dokumen kepada Kepala Dinas (sekretaris, PT1H). */
  public static final String TASK_PENYAMPAIAN_KADIS = "PenyampaianKepadaKadis";
  /** Langkah 9: penandatanganan oleh Kepala Dinas (kadis, PT10M). */
  public static final String TASK_PENANDATANGANAN_KADIS = "PenandatangananKadis";
  /** Langkah 10: membuat surat pengantar dan penomoran (kasubbag, PT15M). */
  public static final String TASK_PEMBUATAN_SURAT_PENGANTAR = "PembuatanSuratPengantar";
  /** Langkah 11: mengantar surat, menggandakan dan mengarsipkan (staf, PT1H). */
  public static final String TASK_PENGIRIMAN_ARSIP = "PengirimanDanPengarsipan";

  // ------------------------------------------------------------------ service tasks

  /** After langkah 4: the performance annex from the SLA report ({@code ${lapkinPerformanceAnnex}}). */
  public static final String TASK_HIMPUN_LAMPIRAN_LAYANAN = "HimpunLampiranLayanan";
  /** Langkah 5: draft LAPKIN. */
  public static final String TASK_BUAT_DRAFT_LAPKIN = "BuatDraftLapkin";
  /** Langkah 6: LAPKIN. */
  public static final String TASK_BUAT_DOKUMEN_LAPKIN = "BuatDokumenLapkin";
  /** Langkah 10: surat pengantar. */
  public static final String TASK_BUAT_SURAT_PENGANTAR = "BuatSuratPengantar";

  // ------------------------------------------------------------------ mutu baku timers (non-interrupting)

  /** Timer on PerintahPenyusunan (PT10M). */
  public static final String TIMER_MUTU_BAKU_PERINTAH_PENYUSUNAN = "MutuBakuPerintahPenyusunan";
  /** Timer on PembuatanFormat (PT2H). */
  public static final String TIMER_MUTU_BAKU_PEMBUATAN_FORMAT = "MutuBakuPembuatanFormat";
  /** Timer on PenyampaianFormat (PT1H). */
  public static final String TIMER_MUTU_BAKU_PENYAMPAIAN_FORMAT = "MutuBakuPenyampaianFormat";
  /** Timer on PenghimpunanDataUnit (PT3H). */
  public static final String TIMER_MUTU_BAKU_PENGHIMPUNAN_DATA_UNIT = "MutuBakuPenghimpunanDataUnit";
  /** Timer on AnalisisDataKinerja (P4D). */
  public static final String TIMER_MUTU_BAKU_ANALISIS_DATA = "MutuBakuAnalisisDataKinerja";
  /** Timer on PembuatanDokumen (P2D). */
  public static final String TIMER_MUTU_BAKU_PEMBUATAN_DOKUMEN = "MutuBakuPembuatanDokumen";
  /** Timer on KoreksiSekretaris (P1D). */
  public static final String TIMER_MUTU_BAKU_KOREKSI_SEKRETARIS = "MutuBakuKoreksiSekretaris";
  /** Timer on PenyampaianKepadaKadis (PT1H). */
  public static final String TIMER_MUTU_BAKU_PENYAMPAIAN_KADIS = "MutuBakuPenyampaianKepadaKadis";
  /** Timer on PenandatangananKadis (PT10M). */
  public static final String TIMER_MUTU_BAKU_PENANDATANGANAN_KADIS = "MutuBakuPenandatangananKadis";
  /** Timer on PembuatanSuratPengantar (PT15M). */
  public static final String TIMER_MUTU_BAKU_PEMBUATAN_SURAT_PENGANTAR = "MutuBakuPembuatanSuratPengantar";
  /** Timer on PengirimanDanPengarsipan (PT1H). */
  public static final String TIMER_MUTU_BAKU_PENGIRIMAN_ARSIP = "MutuBakuPengirimanDanPengarsipan";

  // ------------------------------------------------------------------ escalation tasks (form sla-tindak-lanjut)

  /** Escalation of PerintahPenyusunan (kadis). */
  public static final String TASK_TINDAK_LANJUT_PERINTAH_PENYUSUNAN = "TindakLanjutPerintahPenyusunan";
  /** Escalation of PembuatanFormat (sekretaris). */
  public static final String TASK_TINDAK_LANJUT_PEMBUATAN_FORMAT = "TindakLanjutPembuatanFormat";
  /** Escalation of PenyampaianFormat (kasubbag). */
  public static final String TASK_TINDAK_LANJUT_PENYAMPAIAN_FORMAT = "TindakLanjutPenyampaianFormat";
  /** Escalation of PenghimpunanDataUnit (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENGHIMPUNAN_DATA_UNIT = "TindakLanjutPenghimpunanDataUnit";
  /** Escalation of AnalisisDataKinerja (sekretaris). */
  public static final String TASK_TINDAK_LANJUT_ANALISIS_DATA = "TindakLanjutAnalisisDataKinerja";
  /** Escalation of PembuatanDokumen (sekretaris). */
  public static final String TASK_TINDAK_LANJUT_PEMBUATAN_DOKUMEN = "TindakLanjutPembuatanDokumen";
  /** Escalation of KoreksiSekretaris (kadis). */
  public static final String TASK_TINDAK_LANJUT_KOREKSI_SEKRETARIS = "TindakLanjutKoreksiSekretaris";
  /** Escalation of PenyampaianKepadaKadis (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENYAMPAIAN_KADIS = "TindakLanjutPenyampaianKepadaKadis";
  /** Escalation of PenandatangananKadis (kadis). */
  public static final String TASK_TINDAK_LANJUT_PENANDATANGANAN_KADIS = "TindakLanjutPenandatangananKadis";
  /** Escalation of PembuatanSuratPengantar (sekretaris). */
  public static final String TASK_TINDAK_LANJUT_PEMBUATAN_SURAT_PENGANTAR = "TindakLanjutPembuatanSuratPengantar";
  /** Escalation of PengirimanDanPengarsipan (kasubbag). */
  public static final String TASK_TINDAK_LANJUT_PENGIRIMAN_ARSIP = "TindakLanjutPengirimanDanPengarsipan";
}
