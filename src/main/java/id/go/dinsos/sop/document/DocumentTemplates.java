package id.go.dinsos.sop.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The documents' Thymeleaf templates: {@code <name>.html} in the directory
 * {@code dinsos.documents.template-dir} if set and the file is there (read afresh each time, so an
 * administrator's edit applies to the next document), else {@code documents/templates/<name>.html}
 * on the class path. Fragments ({@code layout.html}: kop surat, signature block, QR code) resolve
 * the same way, so one fragment can be overridden alone. Templates must be well-formed XHTML, which
 * is what the PDF renderer reads.
 *
 * <p>This engine is deliberately not a Spring bean: the web pages keep Spring Boot's own.
 */
@Component
public class DocumentTemplates {

  static final String CLASSPATH_FOLDER = "documents/templates/";
  private static final String SUFFIX = ".html";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Logger LOG = LoggerFactory.getLogger(DocumentTemplates.class);

  private final Path templateDir;
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public DocumentTemplates(@Value("${dinsos.documents.template-dir:}") String templateDir) {
    this.templateDir = templateDir == null || templateDir.isBlank() ? null
        : Path.of(templateDir).toAbsolutePath().normalize();
    if (this.templateDir != null) {
      FileTemplateResolver files = new FileTemplateResolver();
      files.setPrefix(this.templateDir + "/");
      files.setSuffix(SUFFIX);
      files.setTemplateMode(TemplateMode.HTML);
      files.setCharacterEncoding("UTF-8");
      files.setCheckExistence(true);
      files.setCacheable(false);
      files.setOrder(1);
      engine.addTemplateResolver(files);
      LOG.info("Document templates: {} first, then the bundled ones", this.templateDir);
    }
    ClassLoaderTemplateResolver bundled = new ClassLoaderTemplateResolver();
    bundled.setPrefix(CLASSPATH_FOLDER);
    bundled.setSuffix(SUFFIX);
    bundled.setTemplateMode(TemplateMode.HTML);
    bundled.setCharacterEncoding("UTF-8");
    bundled.setCheckExistence(true);
    bundled.setCacheable(true);
    bundled.setOrder(2);
    engine.addTemplateResolver(bundled);
  }

  /** Template names are simple ({@code surat-tugas}), so no name reaches outside the template folders. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  public boolean exists(String name) {
    if (!isValidName(name)) {
      return false;
    }
    if (templateDir != null && Files.isRegularFile(templateDir.resolve(name + SUFFIX))) {
      return true;
    }
    return new ClassPathResource(CLASSPATH_FOLDER + name + SUFFIX).exists();
  }

  /** The template filled with the model, as XHTML. */
  public String render(String name, Map<String, Object> model) {
    if (!isValidName(name)) {
      throw new IllegalArgumentException("Nama templat tidak sah: " + name);
    }
    return engine.process(name, new Context(IndonesianFormat.INDONESIAN, model));
  }
}
