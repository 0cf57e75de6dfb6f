package id.go.dinsos.sop.document;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic values for every document kind, as the SOP steps would hold them in their process variables. */
final class DocumentSamples {

  private DocumentSamples() {}

  static Map<String, Object> variables(DocumentKind kind) {
    return ALL.get(kind);
  }

  private static final Map<DocumentKind, Map<String, Object>> ALL = new EnumMap<>(DocumentKind.class);

  private static Map<String, Object> of(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  private static Map<String, Object> parties(Object... own) {
    Map<String, Object> values = of(
        "tanggalSerahTerima", "2026-11-23",
        "tempatSerahTerima", "Kantor Dinas Sosial Kabupaten Magetan",
        "pihakPertamaNama", "AIPTU BAMBANG SUTRISNO",
        "pihakPertamaNip", "NRP 78050412",
        "pihakPertamaJabatan", "Kanit PPA Satreskrim Polres Magetan",
        "pihakKeduaNama", "SRI WAHYUNINGSIH, S.Sos.",
        "pihakKeduaNip", "19850317 201001 2 014",
        "pihakKeduaJabatan", "Pekerja Sosial Ahli Muda, Dinas Sosial Kabupaten Magetan");
    values.putAll(of(own));
    return values;
  }

  static {
    ALL.put(DocumentKind.SURAT_TUGAS, of(
        "dasarTugas", "Disposisi Kepala Dinas Sosial tanggal 20 November 2026 atas laporan Polres Magetan.",
        "petugas", "SRI WAHYUNINGSIH, S.Sos. | 19850317 201001 2 014 | Penata Tk. I (III/d) | Pekerja Sosial Ahli Muda\n"
            + "DWI ARYANTO | 19900802 201503 1 003 | Penata Muda (III/a) | Pendamping Rehabilitasi Sosial",
        "maksudTugas", "Melakukan asesmen lengkap dan pendampingan anak terlantar atas nama RAHMAT HIDAYAT.",
        "tanggalTugas", "2026-11-23",
        "tempatTugas", "Shelter Dinas Sosial Kabupaten Magetan",
        "lamaTugas", "1 (satu) hari"));
    ALL.put(DocumentKind.SURAT_PENGANTAR, of(
        "tujuanSurat", "Kepala Panti Sosial Bina Remaja Budhi Satria",
        "alamatTujuan", "Palangka Raya",
        "perihal", "Pengiriman calon penerima manfaat pelatihan keterampilan",
        "uraianKiriman", List.of(
            Map.of("uraian", "Berita acara penyerahan calon PM atas nama YOGI PRATAMA dkk.", "banyaknya", "1 (satu) berkas",
                "keterangan", "Disampaikan dengan hormat"),
            Map.of("uraian", "Daftar nominatif calon PM", "banyaknya", "5 (lima) orang")),
        "isiSurat", "Mohon diterima dan diproses sesuai ketentuan pelatihan."));
    ALL.put(DocumentKind.SURAT_PERMOHONAN, of(
        "tujuanSurat", "Kepala Dinas Sosial Provinsi Kalimantan Selatan",
        "alamatTujuan", "Banjarbaru",
        "sifatSurat", "Segera",
        "lampiran", "1 (satu) berkas",
        "perihal", "Permohonan bantuan logistik bencana",
        "isiSurat", "Sehubungan dengan menipisnya persediaan logistik di gudang Dinas Sosial Kabupaten Tanah Laut,"
            + " dengan ini kami mengajukan permohonan bantuan logistik sebagai berikut.",
        "daftarPermohonan", "[{\"uraian\":\"Selimut\",\"jumlah\":\"200\",\"satuan\":\"lembar\"},"
            + "{\"uraian\":\"Paket sandang keluarga\",\"jumlah\":\"150\",\"satuan\":\"paket\",\"keterangan\":\"untuk korban banjir\"}]"));
    ALL.put(DocumentKind.REKOMENDASI, of(
        "dasarRekomendasi", "Hasil asesmen Pekerja Sosial tanggal 18 November 2026.",
        "klienNama", "SUPARMI",
        "klienNik", "6209014507450001",
        "klienTempatLahir", "Nanga Bulik",
        "klienTanggalLahir", "1945-07-05",
        "klienAlamat", "Desa Bumi Agung, Kecamatan Bulik, Kabupaten Lamandau",
        "tujuanRekomendasi", "Panti Sosial Tresna Werdha Sinta Rangkang Palangka Raya",
        "isiRekomendasi", "Yang bersangkutan adalah lanjut usia terlantar yang tidak memiliki keluarga pengasuh\n"
            + "dan memenuhi syarat untuk mendapatkan pelayanan rehabilitasi sosial di dalam panti.",
        "berlakuSampai", "2027-02-28"));
    ALL.put(DocumentKind.SURAT_PINJAM_PAKAI, of(
        "tujuanSurat", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Tanah Laut",
        "alamatTujuan", "Pelaihari",
        "barangDipinjam", "1 (satu) unit kendaraan dinas roda empat (minibus)",
        "nomorPolisi", "DA 1234 TL",
        "keperluan", "Pengiriman 6 (enam) penerima manfaat ke Panti Sosial Bina Remaja Budi Satria Banjarbaru.",
        "tanggalMulai", "2026-12-01",
        "tanggalSelesai", "2026-12-02"));
    ALL.put(DocumentKind.BA_SERAH_TERIMA_KLIEN, parties(
        "klien", "RAHMAT HIDAYAT | - | L | 12 tahun | Anak terlantar, tanpa dokumen identitas",
        "keterangan", "Anak ditemukan di Terminal Maospati pada 22 November 2026 malam."));
    ALL.put(DocumentKind.BA_SERAH_TERIMA_BARANG, parties(
        "keperluan", "bantuan logistik korban banjir Desa Tambang Ulang",
        "barang", "Beras | 500 | kg | CBP Perum Bulog\nMie instan | 40 | dus | \nSelimut | 75 | lembar | "));
    ALL.put(DocumentKind.BA_SERAH_TERIMA_UANG, parties(
        "jumlahUang", "1.250.000",
        "keperluan", "bantuan biaya pemulangan ke daerah asal (Kabupaten Ngawi) bagi orang terlantar kehabisan bekal"));
    ALL.put(DocumentKind.LAPORAN_SOSIAL, of(
        "klienNama", "RAHMAT HIDAYAT",
        "klienJenisKelamin", "Laki-laki",
        "klienTanggalLahir", "2014-03-09",
        "klienAlamat", "Ditemukan di Terminal Maospati",
        "asesmenKondisiFisik", "Sehat, gizi kurang, luka lecet di kaki kiri.",
        "asesmenKondisiPsikologis", "Cemas dan menarik diri, mulai terbuka setelah pendampingan.",
        "asesmenKeluarga", "Ayah tidak diketahui keberadaannya; ibu bekerja sebagai pekerja migran.",
        "asesmenKebutuhan", "Pengasuhan, sekolah, pemeriksaan kesehatan.",
        "laporanSosial", "Klien diserahkan oleh Polres Magetan pada 22 November 2026.\n"
            + "Selama di shelter klien kooperatif dan mengikuti kegiatan harian.",
        "tindakLanjut", "Rujukan ke Sentra Terpadu Pangudi Luhur Bekasi."));
    ALL.put(DocumentKind.LAPORAN_KEGIATAN, of(
        "namaKegiatan", "Pengiriman calon penerima manfaat ke panti pelatihan",
        "tanggalKegiatan", "2026-11-24",
        "tempatKegiatan", "Panti Sosial Bina Remaja Budhi Satria, Palangka Raya",
        "uraianKegiatan", "Tim berangkat pukul 06.00 WIB dengan kendaraan dinas dan tiba pukul 14.30 WIB.",
        "peserta", "YOGI PRATAMA | Lamandau\nANDI SAPUTRA | Lamandau",
        "hasilKegiatan", "Seluruh calon PM diterima panti.",
        "kendala", "Jalan rusak di ruas Kujan - Nanga Bulik.",
        "saran", "Penjemputan dijadwalkan enam bulan kemudian."));
    ALL.put(DocumentKind.LAPORAN_PERTANGGUNGJAWABAN, of(
        "namaKegiatan", "Bantuan sosial bagi orang terlantar kehabisan bekal",
        "tanggalKegiatan", "2026-11-25",
        "tempatKegiatan", "Kantor Dinas Sosial Kabupaten Tanah Laut",
        "uraianKegiatan", "Bantuan uang tunai diserahkan kepada pemohon setelah asesmen.",
        "rincian", "Tiket bus Pelaihari - Surabaya | 1 | tiket | 750000\nUang makan perjalanan | 2 | hari | 500000",
        "jumlahUang", 1_250_000,
        "penerima", "SLAMET RIYADI"));
    ALL.put(DocumentKind.STOCK_OPNAME, of(
        "tanggalOpname", "2026-11-02",
        "lokasiGudang", "Gudang Logistik Dinas Sosial Kabupaten Tanah Laut",
        "persediaan", "Beras | 2.350 | kg | 2027-05-31 | CBP\nMie instan | 120 | dus | 2027-03-15 | \n"
            + "Selimut | 410 | lembar | - | \nTenda keluarga | 12 | unit | - | 2 rusak ringan",
        "petugasOpname", "MUHAMMAD RIDHO, Pengelola Barang Persediaan",
        "catatan", "Persediaan mie instan perlu diganti sebelum Maret 2027."));
    ALL.put(DocumentKind.LAPKIN, of(
        "tahunLaporan", "2026",
        "ikhtisar", "Dinas Sosial Kabupaten Tanah Laut menetapkan tiga sasaran strategis pada tahun 2026.",
        "capaianKinerja", "Meningkatnya pelayanan rehabilitasi sosial | Persentase PPKS yang tertangani | 85% | 88% | 103,5%\n"
            + "Meningkatnya perlindungan korban bencana | Persentase korban bencana yang terlayani | 100% | 100% | 100%",
        "layanan", "Pengiriman anak terlantar ke panti | 18 | 16 | 2\nBantuan orang terlantar | 42 | 42 | 0",
        "kendala", "Keterbatasan kendaraan operasional.",
        "rencanaTindakLanjut", "Pengadaan satu kendaraan operasional pada tahun 2027."));
  }
}
