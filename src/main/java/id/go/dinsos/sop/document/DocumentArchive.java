package id.go.dinsos.sop.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The table {@code document_archive}: every document issued, with its PDF. Writes join the caller's transaction. */
@Repository
public class DocumentArchive {

  private static final String COLUMNS = "document_id, tenant_id, document_kind, document_number, document_year,"
      + " sequence_number, template_name, business_key, process_instance_id, activity_id, issued_by, issued_at,"
      + " content_sha256, content_length";
  private static final RowMapper<ArchivedDocument> ROW = DocumentArchive::toDocument;

  private final JdbcTemplate jdbc;

  public DocumentArchive(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void store(ArchivedDocument document, byte[] pdf) {
    jdbc.update("insert into document_archive (" + COLUMNS + ", pdf_content)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document.id(), document.tenantId(), document.kind().name(), document.number(), document.year(),
        document.sequence(), document.templateName(), document.businessKey(), document.processInstanceId(),
        document.activityId(), document.issuedBy(), Timestamp.from(document.issuedAt()), document.sha256(),
        document.contentLength(), pdf);
  }

  public Optional<ArchivedDocument> find(String documentId) {
    return jdbc.query("select " + COLUMNS + " from document_archive where document_id = ?", ROW, documentId)
        .stream().findFirst();
  }

  /** Documents carrying this number, in any office and of any kind (numbers of different offices may coincide). */
  public List<ArchivedDocument> findByNumber(String number) {
    return jdbc.query("select " + COLUMNS + " from document_archive where document_number = ? order by issued_at",
        ROW, number);
  }

  public List<ArchivedDocument> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from document_archive where process_instance_id = ? order by issued_at",
        ROW, processInstanceId);
  }

  public Optional<byte[]> pdf(String documentId) {
    return jdbc.query("select pdf_content from document_archive where document_id = ?",
        (rs, row) -> rs.getBytes(1), documentId).stream().findFirst();
  }

  private static ArchivedDocument toDocument(ResultSet rs, int row) throws SQLException {
    return new ArchivedDocument(rs.getString("document_id"), rs.getString("tenant_id"),
        DocumentKind.valueOf(rs.getString("document_kind")), rs.getString("document_number"),
        rs.getInt("document_year"), rs.getInt("sequence_number"), rs.getString("template_name"),
        rs.getString("business_key"), rs.getString("process_instance_id"), rs.getString("activity_id"),
        rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getString("content_sha256"),
        rs.getInt("content_length"));
  }
}
