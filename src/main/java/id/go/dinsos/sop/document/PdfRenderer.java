package id.go.dinsos.sop.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf and the bundled DejaVu fonts (Sans and Serif, regular and bold;
 * subset into each PDF), so a document looks the same on every server. The page size and margins
 * come from the template's CSS ({@code @page { size: A4; ... }}).
 */
@Component
public class PdfRenderer {

  static final String SERIF = "DejaVu Serif";
  static final String SANS = "DejaVu Sans";
  private static final String FONTS = "/documents/fonts/";
  private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

  static {
    XRLog.setLoggerImpl(new PdfRendererLog());
  }

  /** Renders the XHTML; relative links in it would resolve against the bundled templates folder. */
  public byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Dinas Sosial SOP (openhtmltopdf)");
    font(builder, "DejaVuSerif.ttf", SERIF, 400);
    font(builder, "DejaVuSerif-Bold.ttf", SERIF, 700);
    font(builder, "DejaVuSans.ttf", SANS, 400);
    font(builder, "DejaVuSans-Bold.ttf", SANS, 700);
    builder.withHtmlContent(xhtml, PdfRenderer.class.getResource("/" + DocumentTemplates.CLASSPATH_FOLDER).toExternalForm());
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF tidak dapat dibuat", e);
    }
    return pdf.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
    byte[] font = FONT_FILES.computeIfAbsent(file, PdfRenderer::read);
    builder.useFont(() -> new ByteArrayInputStream(font), family, weight, FontStyle.NORMAL, true);
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " missing from " + FONTS);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Font " + file + " cannot be read", e);
    }
  }
}
