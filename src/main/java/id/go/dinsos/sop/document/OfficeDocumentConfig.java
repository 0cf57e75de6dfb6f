package id.go.dinsos.sop.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The offices' document settings: {@code documents/offices.yaml} on the class path, with
 * {@code offices.yaml} in the directory {@code dinsos.documents.config-dir} (if set) merged over it
 * key by key, so an administrator overrides only what differs (a new head of office, a new
 * numbering format) without rebuilding. The override file is read again for every document, so
 * an edit applies to the next document issued.
 */
@Component
public class OfficeDocumentConfig {

  static final String FILE_NAME = "offices.yaml";
  private static final String BUNDLED = "documents/" + FILE_NAME;
  private static final String DEFAULT_KEY = "default";
  private static final Logger LOG = LoggerFactory.getLogger(OfficeDocumentConfig.class);

  private final Path configDir;
  private final Map<String, Object> bundled;

  public OfficeDocumentConfig(@Value("${dinsos.documents.config-dir:}") String configDir) {
    this.configDir = configDir == null || configDir.isBlank() ? null : Path.of(configDir).toAbsolutePath().normalize();
    this.bundled = readBundled();
    if (this.configDir != null) {
      LOG.info("Document office settings: {} merged over the bundled {}", this.configDir.resolve(FILE_NAME), BUNDLED);
    }
  }

  /** The office's settings, or empty if the office has no entry at all. */
  public Optional<OfficeDocumentSettings> settings(String tenantId) {
    Map<String, Object> offices = map(merged().get("kantor"));
    Map<String, Object> office = map(offices.get(tenantId));
    if (office.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(toSettings(tenantId, office));
  }

  /** The tenant ids with an entry. */
  public List<String> tenantIds() {
    return List.copyOf(map(merged().get("kantor")).keySet());
  }

  /** Keys under {@code penandatangan} or {@code penomoran} that are neither {@code default} nor a document kind. */
  public List<String> unknownKinds(String tenantId) {
    Map<String, Object> office = map(map(merged().get("kantor")).get(tenantId));
    return Stream.of("penandatangan", "penomoran")
        .flatMap(section -> map(office.get(section)).keySet().stream()
            .filter(key -> !key.equals(DEFAULT_KEY) && DocumentKind.byName(key).isEmpty())
            .map(key -> section + "." + key))
        .toList();
  }

  private Map<String, Object> merged() {
    if (configDir == null) {
      return bundled;
    }
    Path override = configDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(override)) {
      return bundled;
    }
    try (InputStream in = Files.newInputStream(override)) {
      return deepMerge(bundled, parse(in, override.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("Berkas konfigurasi dokumen " + override + " tidak dapat dibaca", e);
    }
  }

  private static Map<String, Object> readBundled() {
    try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
      return parse(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("Missing " + BUNDLED + " on the class path", e);
    }
  }

  private static Map<String, Object> parse(InputStream in, String source) {
    try {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return loaded == null ? Map.of() : map(loaded);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Berkas konfigurasi dokumen " + source + " tidak sah: " + e.getMessage(), e);
    }
  }

  /**
   * The override merged over the base key by key, except that a signing official is replaced as a
   * whole: a new official given only by name must not inherit the previous official's NIP.
   */
  static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> override) {
    return deepMerge(base, override, false);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> override, boolean signers) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
    override.forEach((key, value) -> {
      Object existing = merged.get(key);
      if (!signers && existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> valueMap) {
        merged.put(key, deepMerge((Map<String, Object>) existingMap, (Map<String, Object>) valueMap,
            key.equals("penandatangan")));
      } else {
        merged.put(key, value);
      }
    });
    return merged;
  }

  private OfficeDocumentSettings toSettings(String tenantId, Map<String, Object> office) {
    Map<String, Object> kop = map(office.get("kop"));
    Letterhead letterhead = new Letterhead(text(kop, "pemerintah"), text(kop, "dinas"), text(kop, "alamat"),
        text(kop, "telepon"), text(kop, "email"), text(kop, "website"), logo(text(kop, "logo")));
    Map<String, Object> signers = map(office.get("penandatangan"));
    Map<DocumentKind, Signer> signerPerKind = new EnumMap<>(DocumentKind.class);
    Map<String, Object> formats = map(office.get("penomoran"));
    Map<DocumentKind, String> formatPerKind = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      Map<String, Object> signer = map(signers.get(kind.name()));
      if (!signer.isEmpty()) {
        signerPerKind.put(kind, signer(signer));
      }
      String format = text(formats, kind.name());
      if (format != null) {
        formatPerKind.put(kind, format);
      }
    }
    Map<String, Object> defaultSigner = map(signers.get(DEFAULT_KEY));
    return new OfficeDocumentSettings(tenantId, text(office, "kota"), letterhead,
        defaultSigner.isEmpty() ? null : signer(defaultSigner), signerPerKind,
        text(formats, DEFAULT_KEY), formatPerKind);
  }

  private static Signer signer(Map<String, Object> values) {
    return new Signer(text(values, "nama"), text(values, "jabatan"), text(values, "pangkat"), text(values, "nip"),
        text(values, "atasNama"));
  }

  /** A logo file (PNG or JPEG) named in the kop: looked up in the config directory, then under documents/ on the class path. */
  private String logo(String fileName) {
    if (fileName == null) {
      return null;
    }
    try {
      byte[] bytes;
      Path inDir = configDir == null ? null : configDir.resolve(fileName).normalize();
      if (inDir != null && inDir.startsWith(configDir) && Files.isRegularFile(inDir)) {
        bytes = Files.readAllBytes(inDir);
      } else {
        ClassPathResource resource = new ClassPathResource("documents/" + fileName);
        if (!resource.exists() || fileName.contains("..")) {
          LOG.warn("Logo {} in the office settings not found; the kop surat is printed without it", fileName);
          return null;
        }
        try (InputStream in = resource.getInputStream()) {
          bytes = in.readAllBytes();
        }
      }
      String type = fileName.toLowerCase().endsWith(".png") ? "image/png" : "image/jpeg";
      return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Logo " + fileName + " tidak dapat dibaca", e);
    }
  }

  private static String text(Map<String, Object> values, String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<Object, Object>) map).forEach((k, v) -> copy.put(String.valueOf(k), v));
      return copy;
    }
    return Map.of();
  }
}
