package id.go.dinsos.sop.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

/**
 * Scanned papers and photos of a case (KTP/KK, SKTM, surat kepolisian, photos): PDF, JPEG or PNG by content,
 * at most {@code spring.servlet.multipart.max-file-size}, kept with their SHA-256, uploader and time.
 */
@Repository
public class CaseUploads {

  private static final String COLUMNS = "upload_id, tenant_id, process_instance_id, beneficiary_id, description,"
      + " file_name, content_type, content_length, content_sha256, uploaded_by, uploaded_at";
  private static final RowMapper<Upload> ROW = (rs, row) -> new Upload(rs.getString("upload_id"),
      rs.getString("tenant_id"), rs.getString("process_instance_id"), rs.getString("beneficiary_id"),
      rs.getString("description"), rs.getString("file_name"), rs.getString("content_type"),
      rs.getInt("content_length"), rs.getString("content_sha256"), rs.getString("uploaded_by"),
      rs.getTimestamp("uploaded_at").toInstant());

  private final JdbcTemplate jdbc;
  private final long maxBytes;

  /** The limit is the server's own for one uploaded file, so a file above it is refused before it is read. */
  public CaseUploads(JdbcTemplate jdbc, @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.maxBytes = maxSize.toBytes();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Why a file above the limit is refused, in Indonesian. */
  public String tooLargeMessage() {
    return "Berkas terlalu besar: paling besar " + megabytes(maxBytes)
        + " MB. Perkecil hasil pindaian (resolusi 150–200 dpi) atau bagi menjadi beberapa berkas, lalu unggah lagi.";
  }

  /**
   * Stores the file after checking it.
   *
   * @throws UploadRefused empty, too large, or not a PDF, JPEG or PNG by content
   */
  public Upload store(String tenantId, String processInstanceId, String beneficiaryId, String description,
      String fileName, byte[] content, String uploadedBy, Instant now) {
    if (content.length == 0) {
      throw new UploadRefused("Berkas kosong: pilih berkas hasil pindaian atau foto.");
    }
    if (content.length > maxBytes) {
      throw new UploadRefused(HttpStatus.PAYLOAD_TOO_LARGE, tooLargeMessage());
    }
    UploadType type = UploadType.of(content).orElseThrow(() -> new UploadRefused("Jenis berkas '" + fileName
        + "' tidak diterima: isinya bukan PDF, JPEG atau PNG (nama berkas tidak menentukan jenisnya)."));
    if (description == null || description.isBlank()) {
      throw new UploadRefused("Tuliskan jenis dokumen yang diunggah (mis. KTP/KK, SKTM, surat kepolisian).");
    }
    String id = UUID.randomUUID().toString();
    String name = safeName(fileName, type);
    String sha256 = sha256(content);
    jdbc.update("insert into case_upload (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, tenantId, processInstanceId, beneficiaryId, truncate(description.strip(), 200), name, type.contentType(),
        content.length, sha256, uploadedBy, Timestamp.from(now), content);
    return find(id).orElseThrow();
  }

  public Optional<Upload> find(String uploadId) {
    return jdbc.query("select " + COLUMNS + " from case_upload where upload_id = ?", ROW, uploadId).stream().findFirst();
  }

  public byte[] content(String uploadId) {
    return jdbc.queryForObject("select content from case_upload where upload_id = ?", byte[].class, uploadId);
  }

  public List<Upload> ofCase(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from case_upload where process_instance_id = ? order by uploaded_at",
        ROW, processInstanceId);
  }

  /** The uploads that belong to a person (chosen on upload), over all their cases. */
  public List<Upload> ofPerson(String beneficiaryId) {
    return jdbc.query("select " + COLUMNS + " from case_upload where beneficiary_id = ? order by uploaded_at",
        ROW, beneficiaryId);
  }

  public int countOfCase(String processInstanceId) {
    return jdbc.queryForObject("select count(*) from case_upload where process_instance_id = ?", Integer.class,
        processInstanceId);
  }

  /** The file's own name without folders or odd characters, ending in the extension of its real type. */
  private static String safeName(String fileName, UploadType type) {
    String base = fileName == null ? "" : fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    return truncate(stem.isEmpty() ? "berkas" : stem, 200) + "." + type.extension();
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  private static String megabytes(long bytes) {
    String shown = String.format(Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    return shown.endsWith(",0") ? shown.substring(0, shown.length() - 2) : shown;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An uploaded file, without its bytes. */
  public record Upload(String id, String tenantId, String processInstanceId, String beneficiaryId,
      String description, String fileName, String contentType, int contentLength, String sha256, String uploadedBy,
      Instant uploadedAt) {}

  /** A file that is not accepted, with the reason in Indonesian. */
  public static class UploadRefused extends RuntimeException {

    private final HttpStatus status;

    public UploadRefused(String message) {
      this(HttpStatus.BAD_REQUEST, message);
    }

    public UploadRefused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    public HttpStatus status() {
      return status;
    }
  }
}
