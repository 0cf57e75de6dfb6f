package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indonesian dates and amounts, numbering formats and how process variables are read into a document. */
class DocumentFormatsTest {

  private final IndonesianFormat format = new IndonesianFormat();
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void datesAndAmountsAsIndonesianDocumentsWriteThem() {
    LocalDate date = LocalDate.of(2026, 11, 22);
    assertThat(format.tanggal(date)).isEqualTo("22 November 2026");
    assertThat(format.hariTanggal(date)).isEqualTo("Minggu, 22 November 2026");
    assertThat(format.tanggal(LocalDate.of(2027, 8, 1))).isEqualTo("1 Agustus 2027");
    assertThat(format.tanggalTerbilang(date))
        .isEqualTo("hari Minggu tanggal dua puluh dua bulan November tahun dua ribu dua puluh enam");
    assertThat(format.rupiah(new BigDecimal("1250000"))).isEqualTo("Rp 1.250.000");
    assertThat(format.rupiah(new BigDecimal("500"))).isEqualTo("Rp 500");
    assertThat(format.terbilang(new BigDecimal("1250000"))).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
    assertThat(format.tanggal(null)).isEmpty();
    assertThat(IndonesianFormat.romanMonth(11)).isEqualTo("XI");
    assertThat(IndonesianFormat.romanMonth(4)).isEqualTo("IV");
  }

  @Test
  void numberFormatsFillTheirPlaceholders() {
    LocalDate date = LocalDate.of(2026, 11, 22);
    assertThat(DocumentNumberFormat.of("800/{seq}/Dinsos/{roman-month}/{year}").format(12, date, "ST", "LMD"))
        .isEqualTo("800/12/Dinsos/XI/2026");
    assertThat(DocumentNumberFormat.of("400.9/{seq:3}/{kind-code}/403.107/{year}").format(7, date, "BAST-U", "MGT"))
        .isEqualTo("400.9/007/BAST-U/403.107/2026");
    assertThat(DocumentNumberFormat.of("{office-code}-{month}-{seq}").format(3, date, "ST", "TNL")).isEqualTo("TNL-11-3");
  }

  @Test
  void aBadNumberFormatIsExplainedInIndonesian() {
    assertThatThrownBy(() -> DocumentNumberFormat.of("800/Dinsos/{year}")).hasMessageContaining("tidak memuat {seq}");
    assertThatThrownBy(() -> DocumentNumberFormat.of("800/{seq}/{bulan}/{year}"))
        .hasMessageContaining("tidak dikenal: {bulan}");
    assertThatThrownBy(() -> DocumentNumberFormat.of("800/{seq}/{year")).hasMessageContaining("kurung kurawal");
    assertThatThrownBy(() -> DocumentNumberFormat.of(" ")).hasMessageContaining("kosong");
  }

  @Test
  void valuesAreReadFromTextNumbersDatesJsonAndLines() {
    Map<String, Object> variables = Map.of(
        "tanggalSerahTerima", new Date(LocalDate.of(2026, 11, 23).atStartOfDay(WIB).toInstant().toEpochMilli()),
        "pihakPertamaNama", "  AIPTU BAMBANG  ",
        "pihakPertamaJabatan", "Kanit PPA",
        "pihakKeduaNama", "SRI",
        "pihakKeduaJabatan", "Peksos",
        "jumlahUang", "Rp 1.250.000,-",
        "keperluan", "pemulangan");
    DocumentValues values = DocumentValues.read(DocumentKind.BA_SERAH_TERIMA_UANG, variables::get, WIB);
    assertThat(values.problems()).isEmpty();
    assertThat(values.values())
        .containsEntry("tanggalSerahTerima", LocalDate.of(2026, 11, 23))
        .containsEntry("pihakPertamaNama", "AIPTU BAMBANG")
        .containsEntry("jumlahUang", new BigDecimal("1250000"))
        .containsEntry("tempatSerahTerima", null);

    assertThat(DocumentValues.money(1_250_000L)).isEqualByComparingTo("1250000");
    assertThat(DocumentValues.money("1250000.50")).isEqualByComparingTo("1250000.50");
    assertThat(DocumentValues.money("1.250.000,50")).isEqualByComparingTo("1250000.50");
    assertThat(DocumentValues.date("2026-11-23T08:00:00", WIB)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(DocumentValues.date("23/11/2026", WIB)).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void listsComeAsLinesJsonOrJavaLists() {
    DocumentField barang = DocumentKind.BA_SERAH_TERIMA_BARANG.fields().stream()
        .filter(field -> field.name().equals("barang")).findFirst().orElseThrow();
    Map<String, Object> fromLines = withParties(Map.of("barang", "Beras | 500 | kg | CBP\n\n  Selimut | 75 | lembar"));
    Map<String, Object> fromJson = withParties(Map.of("barang",
        "[{\"nama\":\"Beras\",\"jumlah\":500,\"satuan\":\"kg\",\"keterangan\":\"CBP\"},{\"nama\":\"Selimut\",\"jumlah\":\"75\",\"satuan\":\"lembar\"}]"));
    Map<String, Object> fromList = withParties(Map.of("barang", List.of(
        Map.of("nama", "Beras", "jumlah", "500", "satuan", "kg", "keterangan", "CBP"), "Selimut | 75 | lembar")));
    for (Map<String, Object> variables : List.of(fromLines, fromJson, fromList)) {
      DocumentValues values = DocumentValues.read(DocumentKind.BA_SERAH_TERIMA_BARANG, variables::get, WIB);
      assertThat(values.problems()).isEmpty();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) values.values().get(barang.name());
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0)).containsEntry("nama", "Beras").containsEntry("satuan", "kg").containsEntry("keterangan", "CBP");
      assertThat(rows.get(0).get("jumlah").toString()).isEqualTo("500");
      assertThat(rows.get(1)).containsEntry("nama", "Selimut").containsEntry("keterangan", null);
    }
  }

  @Test
  void everythingMissingOrUnreadableIsNamedInIndonesian() {
    Map<String, Object> variables = Map.of(
        "tanggalSerahTerima", "besok",
        "pihakPertamaNama", "AIPTU BAMBANG",
        "pihakPertamaJabatan", " ",
        "pihakKeduaNama", "SRI",
        "pihakKeduaJabatan", "Peksos",
        "jumlahUang", "seratus ribu");
    DocumentValues values = DocumentValues.read(DocumentKind.BA_SERAH_TERIMA_UANG, variables::get, WIB);
    assertThat(values.problems()).containsExactly(
        "variabel tanggalSerahTerima (Tanggal serah terima) bukan tanggal yang sah: 'besok' (contoh: 2026-11-22)",
        "variabel pihakPertamaJabatan (Pihak pertama: jabatan / instansi) belum diisi",
        "variabel jumlahUang (Jumlah uang) bukan jumlah rupiah yang sah: 'seratus ribu' (contoh: 1250000)",
        "variabel keperluan (Keperluan) belum diisi");

    DocumentValues emptyList = DocumentValues.read(DocumentKind.SURAT_TUGAS,
        Map.<String, Object>of("petugas", "[]", "maksudTugas", "asesmen", "tanggalTugas", "2026-11-23")::get, WIB);
    assertThat(emptyList.problems()).containsExactly("variabel petugas (Petugas yang ditugaskan) belum diisi");

    DocumentValues rowWithoutName = DocumentValues.read(DocumentKind.SURAT_TUGAS,
        Map.<String, Object>of("petugas", "SRI | 1985\n | 1990", "maksudTugas", "asesmen", "tanggalTugas", "2026-11-23")::get, WIB);
    assertThat(rowWithoutName.problems()).containsExactly("variabel petugas (Petugas yang ditugaskan) baris 2: Nama kosong");
  }

  @Test
  void everyKindHasItsTitleCodeTemplateAndResultVariable() {
    assertThat(DocumentKind.SURAT_TUGAS.resultVariable()).isEqualTo("dokumenSuratTugas");
    assertThat(DocumentKind.BA_SERAH_TERIMA_UANG.resultVariable()).isEqualTo("dokumenBaSerahTerimaUang");
    assertThat(DocumentKind.LAPKIN.resultVariable()).isEqualTo("dokumenLapkin");
    assertThat(DocumentKind.SURAT_TUGAS.requiredVariables()).containsExactly("petugas", "maksudTugas", "tanggalTugas");
    assertThat(java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::code)).doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::templateName)).doesNotHaveDuplicates();
  }

  private static Map<String, Object> withParties(Map<String, Object> own) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(
        "tanggalSerahTerima", "2026-11-23",
        "pihakPertamaNama", "AIPTU BAMBANG", "pihakPertamaJabatan", "Kanit PPA",
        "pihakKeduaNama", "SRI", "pihakKeduaJabatan", "Peksos"));
    variables.putAll(own);
    return variables;
  }
}
