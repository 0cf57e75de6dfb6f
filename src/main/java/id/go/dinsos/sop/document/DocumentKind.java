package id.go.dinsos.sop.document;

import static id.go.dinsos.sop.document.DocumentField.optional;
import static id.go.dinsos.sop.document.DocumentField.optionalList;
import static id.go.dinsos.sop.document.DocumentField.required;
import static id.go.dinsos.sop.document.DocumentField.requiredList;
import static id.go.dinsos.sop.document.DocumentFieldType.DATE;
import static id.go.dinsos.sop.document.DocumentFieldType.MONEY;
import static id.go.dinsos.sop.document.DocumentFieldType.PARAGRAPH;
import static id.go.dinsos.sop.document.DocumentFieldType.TEXT;
import static id.go.dinsos.sop.document.ListColumn.money;
import static id.go.dinsos.sop.document.ListColumn.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The official documents the SOPs produce (the catalog's "document" column): letters, berita acara
 * serah terima and reports. Each has its Indonesian title, a short code for numbers, its default
 * template under {@code documents/templates/} and the values it shows.
 */
public enum DocumentKind {

  // ------------------------------------------------------------------ letters

  SURAT_TUGAS(Family.SURAT, "Surat Tugas", "ST", "surat-tugas", List.of(
      optional("dasarTugas", "Dasar penugasan", PARAGRAPH),
      requiredList("petugas", "Petugas yang ditugaskan",
          text("nama", "Nama"), text("nip", "NIP"), text("pangkat", "Pangkat/golongan"), text("jabatan", "Jabatan")),
      required("maksudTugas", "Maksud tugas (untuk)", PARAGRAPH),
      required("tanggalTugas", "Tanggal pelaksanaan", DATE),
      optional("tempatTugas", "Tempat tujuan", TEXT),
      optional("lamaTugas", "Lama tugas", TEXT))),

  SURAT_PENGANTAR(Family.SURAT, "Surat Pengantar", "SPGT", "surat-pengantar", List.of(
      required("tujuanSurat", "Kepada (tujuan surat)", TEXT),
      optional("alamatTujuan", "Alamat tujuan (di ...)", TEXT),
      required("perihal", "Perihal", TEXT),
      requiredList("uraianKiriman", "Naskah/barang yang dikirim",
          text("uraian", "Uraian"), text("banyaknya", "Banyaknya"), text("keterangan", "Keterangan")),
      optional("isiSurat", "Catatan pengantar", PARAGRAPH))),

  SURAT_PERMOHONAN(Family.SURAT, "Surat Permohonan", "SPMH", "surat-permohonan", List.of(
      required("tujuanSurat", "Kepada (tujuan surat)", TEXT),
      optional("alamatTujuan", "Alamat tujuan (di ...)", TEXT),
      optional("sifatSurat", "Sifat surat", TEXT),
      optional("lampiran", "Lampiran", TEXT),
      required("perihal", "Perihal", TEXT),
      required("isiSurat", "Isi permohonan", PARAGRAPH),
      optionalList("daftarPermohonan", "Rincian yang dimohon",
          text("uraian", "Uraian"), text("jumlah", "Jumlah"), text("satuan", "Satuan"), text("keterangan", "Keterangan")))),

  REKOMENDASI(Family.SURAT, "Surat Rekomendasi", "REK", "rekomendasi", List.of(
      optional("dasarRekomendasi", "Dasar rekomendasi", PARAGRAPH),
      required("klienNama", "Nama klien", TEXT),
      optional("klienNik", "NIK klien", TEXT),
      optional("klienTempatLahir", "Tempat lahir klien", TEXT),
      optional("klienTanggalLahir", "Tanggal lahir klien", DATE),
      optional("klienAlamat", "Alamat klien", TEXT),
      required("tujuanRekomendasi", "Direkomendasikan kepada", TEXT),
      required("isiRekomendasi", "Isi rekomendasi", PARAGRAPH),
      optional("berlakuSampai", "Berlaku sampai", DATE))),

  SURAT_PINJAM_PAKAI(Family.SURAT, "Surat Permohonan Pinjam Pakai", "SPP", "surat-pinjam-pakai", List.of(
      required("tujuanSurat", "Kepada (tujuan surat)", TEXT),
      optional("alamatTujuan", "Alamat tujuan (di ...)", TEXT),
      required("barangDipinjam", "Barang yang dipinjam", TEXT),
      optional("nomorPolisi", "Nomor polisi kendaraan", TEXT),
      required("keperluan", "Keperluan", PARAGRAPH),
      required("tanggalMulai", "Tanggal mulai pinjam", DATE),
      required("tanggalSelesai", "Tanggal selesai pinjam", DATE))),

  // ------------------------------------------------------------------ berita acara serah terima

  BA_SERAH_TERIMA_KLIEN(Family.BERITA_ACARA, "Berita Acara Serah Terima Klien", "BAST-K", "ba-serah-terima-klien",
      withParties(
          requiredList("klien", "Klien / penerima manfaat yang diserahkan",
              text("nama", "Nama"), text("nik", "NIK"), text("jenisKelamin", "L/P"), text("umur", "Umur"),
              text("keterangan", "Keterangan")),
          optional("keterangan", "Keterangan tambahan", PARAGRAPH))),

  BA_SERAH_TERIMA_BARANG(Family.BERITA_ACARA, "Berita Acara Serah Terima Barang", "BAST-B", "ba-serah-terima-barang",
      withParties(
          optional("keperluan", "Keperluan", PARAGRAPH),
          requiredList("barang", "Barang yang diserahkan",
              text("nama", "Nama barang"), text("jumlah", "Jumlah"), text("satuan", "Satuan"),
              text("keterangan", "Keterangan")))),

  BA_SERAH_TERIMA_UANG(Family.BERITA_ACARA, "Berita Acara Serah Terima Uang", "BAST-U", "ba-serah-terima-uang",
      withParties(
          required("jumlahUang", "Jumlah uang", MONEY),
          required("keperluan", "Keperluan", PARAGRAPH))),

  // ------------------------------------------------------------------ reports

  LAPORAN_SOSIAL(Family.LAPORAN, "Laporan Sosial", "LS", "laporan-sosial", List.of(
      required("klienNama", "Nama klien", TEXT),
      optional("klienNik", "NIK klien", TEXT),
      optional("klienJenisKelamin", "Jenis kelamin klien", TEXT),
      optional("klienTanggalLahir", "Tanggal lahir klien", DATE),
      optional("klienAlamat", "Alamat / tempat ditemukan", TEXT),
      optional("asesmenKondisiFisik", "Kondisi fisik dan kesehatan", PARAGRAPH),
      optional("asesmenKondisiPsikologis", "Kondisi psikologis", PARAGRAPH),
      optional("asesmenKeluarga", "Keluarga dan lingkungan sosial", PARAGRAPH),
      optional("asesmenKebutuhan", "Kebutuhan klien", PARAGRAPH),
      required("laporanSosial", "Uraian laporan sosial", PARAGRAPH),
      optional("tindakLanjut", "Rencana tindak lanjut", PARAGRAPH))),

  LAPORAN_KEGIATAN(Family.LAPORAN, "Laporan Kegiatan", "LK", "laporan-kegiatan", List.of(
      required("namaKegiatan", "Nama kegiatan", TEXT),
      required("tanggalKegiatan", "Tanggal kegiatan", DATE),
      optional("tempatKegiatan", "Tempat kegiatan", TEXT),
      required("uraianKegiatan", "Uraian kegiatan", PARAGRAPH),
      optionalList("peserta", "Peserta / penerima manfaat", text("nama", "Nama"), text("keterangan", "Keterangan")),
      optional("hasilKegiatan", "Hasil kegiatan", PARAGRAPH),
      optional("kendala", "Kendala", PARAGRAPH),
      optional("saran", "Saran / tindak lanjut", PARAGRAPH))),

  LAPORAN_PERTANGGUNGJAWABAN(Family.LAPORAN, "Laporan Pertanggungjawaban", "LPJ", "laporan-pertanggungjawaban", List.of(
      required("namaKegiatan", "Nama kegiatan", TEXT),
      required("tanggalKegiatan", "Tanggal kegiatan", DATE),
      optional("tempatKegiatan", "Tempat kegiatan", TEXT),
      required("uraianKegiatan", "Uraian pelaksanaan", PARAGRAPH),
      optionalList("rincian", "Rincian penyaluran / penggunaan",
          text("uraian", "Uraian"), text("jumlah", "Jumlah"), text("satuan", "Satuan"), money("nilai", "Nilai (Rp)")),
      optional("jumlahUang", "Jumlah uang dipertanggungjawabkan", MONEY),
      optional("penerima", "Penerima", TEXT))),

  STOCK_OPNAME(Family.LAPORAN, "Laporan Stock Opname Persediaan Logistik", "SO", "stock-opname", List.of(
      required("tanggalOpname", "Tanggal stock opname", DATE),
      optional("lokasiGudang", "Lokasi gudang", TEXT),
      requiredList("persediaan", "Persediaan barang",
          text("jenis", "Jenis barang"), text("jumlah", "Jumlah"), text("satuan", "Satuan"),
          text("masaBerlaku", "Masa berlaku"), text("keterangan", "Keterangan")),
      optional("petugasOpname", "Petugas stock opname", TEXT),
      optional("catatan", "Catatan", PARAGRAPH))),

  LAPKIN(Family.LAPORAN, "Laporan Kinerja Instansi Pemerintah (LAPKIN)", "LAPKIN", "lapkin", List.of(
      required("tahunLaporan", "Tahun kinerja", TEXT),
      required("ikhtisar", "Ikhtisar eksekutif", PARAGRAPH),
      requiredList("capaianKinerja", "Capaian kinerja",
          text("sasaran", "Sasaran"), text("indikator", "Indikator kinerja"), text("target", "Target"),
          text("realisasi", "Realisasi"), text("capaian", "Capaian")),
      optionalList("layanan", "Layanan SOP (kasus dan mutu baku)",
          text("layanan", "Layanan"), text("jumlahKasus", "Jumlah kasus"), text("tepatWaktu", "Tepat waktu"),
          text("terlambat", "Melewati mutu baku")),
      optional("kendala", "Kendala", PARAGRAPH),
      optional("rencanaTindakLanjut", "Rencana tindak lanjut", PARAGRAPH)));

  /** The catalog's families: LETTER, BERITA_ACARA and REPORT. */
  public enum Family { SURAT, BERITA_ACARA, LAPORAN }

  private final Family family;
  private final String title;
  private final String code;
  private final String templateName;
  private final List<DocumentField> fields;

  DocumentKind(Family family, String title, String code, String templateName, List<DocumentField> fields) {
    this.family = family;
    this.title = title;
    this.code = code;
    this.templateName = templateName;
    this.fields = List.copyOf(fields);
  }

  /** The two parties every berita acara serah terima names, its date and place, then the kind's own fields. */
  private static List<DocumentField> withParties(DocumentField... own) {
    List<DocumentField> fields = new ArrayList<>(List.of(
        required("tanggalSerahTerima", "Tanggal serah terima", DATE),
        optional("tempatSerahTerima", "Tempat serah terima", TEXT),
        required("pihakPertamaNama", "Pihak pertama (yang menyerahkan): nama", TEXT),
        optional("pihakPertamaNip", "Pihak pertama: NIP / NIK", TEXT),
        required("pihakPertamaJabatan", "Pihak pertama: jabatan / instansi", TEXT),
        required("pihakKeduaNama", "Pihak kedua (yang menerima): nama", TEXT),
        optional("pihakKeduaNip", "Pihak kedua: NIP / NIK", TEXT),
        required("pihakKeduaJabatan", "Pihak kedua: jabatan / instansi", TEXT)));
    fields.addAll(Arrays.asList(own));
    return fields;
  }

  public Family family() {
    return family;
  }

  /** The title printed on the document, e.g. "Surat Tugas". */
  public String title() {
    return title;
  }

  /** Short code for numbering formats ({@code {kind-code}}), e.g. {@code ST}. */
  public String code() {
    return code;
  }

  /** The default template, {@code documents/templates/<name>.html}. */
  public String templateName() {
    return templateName;
  }

  public List<DocumentField> fields() {
    return fields;
  }

  public List<String> requiredVariables() {
    return fields.stream().filter(DocumentField::required).map(DocumentField::name).toList();
  }

  /** The stem of the variables the delegate writes, e.g. {@code dokumenSuratTugas} for SURAT_TUGAS. */
  public String resultVariable() {
    return "dokumen" + Arrays.stream(name().split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase())
        .collect(Collectors.joining());
  }

  public static Optional<DocumentKind> byName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
