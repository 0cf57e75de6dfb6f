package id.go.dinsos.sop.sla.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The report page rendered as an A4 PDF with openhtmltopdf. The page's XHTML is rendered as it is;
 * the DejaVu Sans font shipped for the documents is embedded when present, so that Indonesian names
 * and the dashes print everywhere.
 */
public final class SlaReportPdf {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final Resource REGULAR = new ClassPathResource("documents/fonts/DejaVuSans.ttf");
  private static final Resource BOLD = new ClassPathResource("documents/fonts/DejaVuSans-Bold.ttf");

  private SlaReportPdf() {
  }

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
    useFont(builder, REGULAR, 400);
    useFont(builder, BOLD, 700);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Laporan SLA tidak dapat dibuat sebagai PDF", e);
    }
    return pdf.toByteArray();
  }

  private static void useFont(PdfRendererBuilder builder, Resource font, int weight) {
    if (!font.exists()) {
      return;
    }
    builder.useFont(() -> {
      try {
        return font.getInputStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, FONT_FAMILY, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
  }
}
