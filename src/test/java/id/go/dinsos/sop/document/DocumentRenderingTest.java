package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.go.dinsos.sop.identity.Office;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind rendered from realistic case data with the bundled templates and office settings, then
 * read back from the PDF: number, letterhead, names, Indonesian dates, amounts and their words.
 * The PDFs are kept in target/document-samples/ for a look (and a PNG of the surat tugas).
 */
class DocumentRenderingTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);
  private static final Path SAMPLES = Path.of("target", "document-samples");
  private static final Map<DocumentKind, Office> OFFICE = new EnumMap<>(Map.of(
      DocumentKind.REKOMENDASI, Office.LAMANDAU,
      DocumentKind.SURAT_PENGANTAR, Office.LAMANDAU,
      DocumentKind.LAPORAN_KEGIATAN, Office.LAMANDAU,
      DocumentKind.SURAT_PERMOHONAN, Office.TANAH_LAUT,
      DocumentKind.SURAT_PINJAM_PAKAI, Office.TANAH_LAUT,
      DocumentKind.LAPORAN_PERTANGGUNGJAWABAN, Office.TANAH_LAUT,
      DocumentKind.STOCK_OPNAME, Office.TANAH_LAUT,
      DocumentKind.LAPKIN, Office.TANAH_LAUT));

  private static DocumentRenderer renderer;
  private static OfficeDocumentConfig offices;

  @BeforeAll
  static void setUp() throws IOException {
    renderer = new DocumentRenderer(new DocumentTemplates(""), new PdfRenderer());
    offices = new OfficeDocumentConfig("");
    Files.createDirectories(SAMPLES);
  }

  static Office officeOf(DocumentKind kind) {
    return OFFICE.getOrDefault(kind, Office.MAGETAN);
  }

  /** Renders the kind's sample as the office would issue it as number 7 on 23 November 2026. */
  static Rendered render(DocumentKind kind) {
    Office office = officeOf(kind);
    OfficeDocumentSettings settings = offices.settings(office.tenantId()).orElseThrow();
    DocumentValues values = DocumentValues.read(kind, DocumentSamples.variables(kind)::get, office.zone());
    assertThat(values.problems()).as("sample of %s", kind).isEmpty();
    String number = DocumentNumberFormat.of(settings.numberFormatFor(kind).orElseThrow())
        .format(7, ISSUED, kind.code(), office.code());
    String verification = "https://dinsos.example.go.id/verifikasi/3f1c2a4e-0000-4000-8000-00000000000" + kind.ordinal() % 10;
    byte[] pdf = renderer.render(new DocumentDraft("3f1c2a4e-0000-4000-8000-000000000000", kind, kind.templateName(),
        number, ISSUED, office.officeName(), settings, values.values(), verification, "0007/REG/" + office.code() + "/2026"));
    return new Rendered(number, verification, pdf, text(pdf), settings);
  }

  record Rendered(String number, String verificationUrl, byte[] pdf, String text, OfficeDocumentSettings office) {
  }

  /**
   * The PDF's text twice: in content order (table cells whole) and sorted by position (lines as
   * printed), whitespace collapsed; table cells that wrap read correctly in the first, running text
   * with inline parts in the second.
   */
  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      String inContentOrder = stripper.getText(document);
      stripper.setSortByPosition(true);
      return (inContentOrder + " |||| " + stripper.getText(document)).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindCarriesLetterheadNumberTitleSignerAndVerificationLink(DocumentKind kind) throws IOException {
    Rendered rendered = render(kind);
    Files.write(SAMPLES.resolve(kind.templateName() + ".pdf"), rendered.pdf());

    assertThat(rendered.pdf()).startsWith("%PDF-".getBytes());
    assertThat(rendered.text())
        .containsIgnoringWhitespaces(rendered.office().kop().pemerintah())
        .containsIgnoringWhitespaces("DINAS SOSIAL")
        .containsIgnoringWhitespaces(rendered.number())
        .containsIgnoringWhitespaces(rendered.office().signerFor(kind).orElseThrow().nama())
        .containsIgnoringWhitespaces("NIP. " + rendered.office().signerFor(kind).orElseThrow().nip())
        .containsIgnoringWhitespaces(rendered.verificationUrl())
        .containsIgnoringWhitespaces("Halaman 1 dari");
    try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isBetween(594f, 596f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).as("A4 height in points").isBetween(841f, 843f);
      assertThat(document.getDocumentInformation().getTitle()).containsIgnoringWhitespaces(rendered.number());
    }
  }

  @Test
  void suratTugasListsTheOfficersAndTheDayInIndonesian() throws IOException {
    Rendered rendered = render(DocumentKind.SURAT_TUGAS);
    assertThat(rendered.text())
        .containsIgnoringWhitespaces("SURAT TUGAS")
        .containsIgnoringWhitespaces("Nomor: 800/7/403.107/2026")
        .containsIgnoringWhitespaces("SRI WAHYUNINGSIH, S.Sos.")
        .containsIgnoringWhitespaces("DWI ARYANTO")
        .containsIgnoringWhitespaces("19900802 201503 1 003")
        .containsIgnoringWhitespaces("Senin, 23 November 2026")
        .containsIgnoringWhitespaces("Magetan, 23 November 2026")
        .containsIgnoringWhitespaces("KEPALA DINAS SOSIAL KABUPATEN MAGETAN,")
        .containsIgnoringWhitespaces("PARMINTO BUDI UTOMO, S.Sos., M.AP.")
        .containsIgnoringWhitespaces("Pembina Utama Muda (IV/c)");
    try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", SAMPLES.resolve("surat-tugas.png").toFile());
    }
  }

  @Test
  void beritaAcaraUangHasTheAmountInFiguresAndWordsAndTheDateSpelledOut() {
    String text = render(DocumentKind.BA_SERAH_TERIMA_UANG).text();
    assertThat(text)
        .containsIgnoringWhitespaces("BERITA ACARA SERAH TERIMA UANG")
        .containsIgnoringWhitespaces("Rp 1.250.000")
        .containsIgnoringWhitespaces("satu juta dua ratus lima puluh ribu rupiah")
        .containsIgnoringWhitespaces("hari Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam")
        .containsIgnoringWhitespaces("AIPTU BAMBANG SUTRISNO")
        .containsIgnoringWhitespaces("SRI WAHYUNINGSIH, S.Sos.")
        .containsIgnoringWhitespaces("PIHAK PERTAMA")
        .containsIgnoringWhitespaces("Mengetahui,");
  }

  @Test
  void beritaAcaraKlienAndBarangListWhatWasHandedOver() {
    assertThat(render(DocumentKind.BA_SERAH_TERIMA_KLIEN).text())
        .containsIgnoringWhitespaces("RAHMAT HIDAYAT").containsIgnoringWhitespaces("12 tahun").containsIgnoringWhitespaces("Anak terlantar, tanpa dokumen identitas");
    assertThat(render(DocumentKind.BA_SERAH_TERIMA_BARANG).text())
        .containsIgnoringWhitespaces("Beras").containsIgnoringWhitespaces("500").containsIgnoringWhitespaces("CBP Perum Bulog").containsIgnoringWhitespaces("Selimut").containsIgnoringWhitespaces("75")
        .containsIgnoringWhitespaces("bantuan logistik korban banjir Desa Tambang Ulang");
  }

  @Test
  void lettersNameTheirAddresseeAndSubject() {
    assertThat(render(DocumentKind.SURAT_PENGANTAR).text())
        .containsIgnoringWhitespaces("Yth. Kepala Panti Sosial Bina Remaja Budhi Satria")
        .containsIgnoringWhitespaces("Daftar nominatif calon PM")
        .containsIgnoringWhitespaces("Nanga Bulik, 23 November 2026")
        .containsIgnoringWhitespaces("M. SYAIFUDIN ZUHRI, SE., M.A.P.");
    assertThat(render(DocumentKind.SURAT_PERMOHONAN).text())
        .containsIgnoringWhitespaces("Segera").containsIgnoringWhitespaces("Permohonan bantuan logistik bencana").containsIgnoringWhitespaces("Paket sandang keluarga")
        .containsIgnoringWhitespaces("Pelaihari, 23 November 2026").containsIgnoringWhitespaces("Ir. NOR HIDAYAT");
    assertThat(render(DocumentKind.SURAT_PINJAM_PAKAI).text())
        .containsIgnoringWhitespaces("DA 1234 TL").containsIgnoringWhitespaces("1 Desember 2026 s.d. 2 Desember 2026");
    assertThat(render(DocumentKind.REKOMENDASI).text())
        .containsIgnoringWhitespaces("SUPARMI").containsIgnoringWhitespaces("Nanga Bulik, 5 Juli 1945")
        .containsIgnoringWhitespaces("Panti Sosial Tresna Werdha Sinta Rangkang Palangka Raya")
        .containsIgnoringWhitespaces("28 Februari 2027");
  }

  @Test
  void reportsCarryTheirSectionsTablesAndTotals() {
    assertThat(render(DocumentKind.LAPORAN_SOSIAL).text())
        .containsIgnoringWhitespaces("LAPORAN SOSIAL").containsIgnoringWhitespaces("RAHMAT HIDAYAT").containsIgnoringWhitespaces("9 Maret 2014")
        .containsIgnoringWhitespaces("Cemas dan menarik diri").containsIgnoringWhitespaces("Sentra Terpadu Pangudi Luhur").containsIgnoringWhitespaces("0007/REG/MGT/2026");
    assertThat(render(DocumentKind.LAPORAN_KEGIATAN).text())
        .containsIgnoringWhitespaces("Selasa, 24 November 2026").containsIgnoringWhitespaces("YOGI PRATAMA").containsIgnoringWhitespaces("Jalan rusak");
    assertThat(render(DocumentKind.LAPORAN_PERTANGGUNGJAWABAN).text())
        .containsIgnoringWhitespaces("Rp 750.000").containsIgnoringWhitespaces("Rp 500.000").containsIgnoringWhitespaces("Rp 1.250.000")
        .containsIgnoringWhitespaces("satu juta dua ratus lima puluh ribu rupiah").containsIgnoringWhitespaces("SLAMET RIYADI");
    assertThat(render(DocumentKind.STOCK_OPNAME).text())
        .containsIgnoringWhitespaces("Senin, 2 November 2026").containsIgnoringWhitespaces("Tenda keluarga").containsIgnoringWhitespaces("2027-05-31").containsIgnoringWhitespaces("2 rusak ringan");
    assertThat(render(DocumentKind.LAPKIN).text())
        .containsIgnoringWhitespaces("LAPORAN KINERJA INSTANSI PEMERINTAH").containsIgnoringWhitespaces("DINAS SOSIAL KABUPATEN TANAH LAUT TAHUN 2026")
        .containsIgnoringWhitespaces("103,5%").containsIgnoringWhitespaces("Pengiriman anak terlantar ke panti");
  }

  @Test
  void anAdministratorsTemplateDirectoryComesFirstAndStillUsesTheBundledFragments(@TempDir Path templateDir)
      throws IOException {
    Files.writeString(templateDir.resolve("surat-tugas.html"), """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org" lang="id">
        <head th:replace="~{layout :: head}"><title>Surat Tugas</title></head>
        <body>
        <div th:replace="~{layout :: kop}"></div>
        <p>TEMPLAT KANTOR: <span th:text="${dokumen.nomor}">nomor</span> untuk
          <span th:each="p : ${data.petugas}" th:text="${p.nama + '; '}">nama</span></p>
        <table th:replace="~{layout :: penutup}"></table>
        </body>
        </html>
        """);
    Office office = Office.MAGETAN;
    DocumentKind kind = DocumentKind.SURAT_TUGAS;
    DocumentTemplates templates = new DocumentTemplates(templateDir.toString());
    assertThat(templates.exists("surat-tugas")).isTrue();
    assertThat(templates.exists("laporan-sosial")).isTrue();
    assertThat(templates.exists("../offices")).isFalse();
    byte[] pdf = new DocumentRenderer(templates, new PdfRenderer()).render(new DocumentDraft("id", kind, "surat-tugas",
        "800/1/403.107/2026", ISSUED, office.officeName(), offices.settings("magetan").orElseThrow(),
        DocumentValues.read(kind, DocumentSamples.variables(kind)::get, office.zone()).values(),
        "http://localhost:8080/verifikasi/id", null));
    assertThat(text(pdf)).containsIgnoringWhitespaces("TEMPLAT KANTOR: 800/1/403.107/2026 untuk SRI WAHYUNINGSIH")
        .containsIgnoringWhitespaces("PEMERINTAH KABUPATEN MAGETAN")
        .containsIgnoringWhitespaces("PARMINTO BUDI UTOMO");
  }

  @Test
  void theQrCodeInThePdfOpensTheVerificationPage() throws Exception {
    Rendered rendered = render(DocumentKind.SURAT_TUGAS);
    List<BufferedImage> images = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
      PDPage page = document.getPage(0);
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
          images.add(image.getImage());
        }
      }
    }
    assertThat(images).hasSize(1);
    BufferedImage qr = images.get(0);
    int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
    assertThat(decoded).isEqualTo(rendered.verificationUrl());
  }
}
