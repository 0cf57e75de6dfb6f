package id.go.dinsos.sop.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who read whose file and when: every opening of a person's or a case's file page, one row per person shown. */
@Repository
public class CaseFileAccessLog {

  private static final int SHOWN = 500;

  private final JdbcTemplate jdbc;

  public CaseFileAccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String tenantId, String userId, String beneficiaryId, String processInstanceId, Instant now) {
    jdbc.update("insert into case_file_access (access_id, tenant_id, user_id, accessed_at, beneficiary_id,"
            + " process_instance_id) values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), tenantId, userId,
        Timestamp.from(now), beneficiaryId, processInstanceId);
  }

  /** The office's latest readings, newest first. */
  public List<Access> latest(String tenantId) {
    return jdbc.query("select a.user_id, a.accessed_at, a.beneficiary_id, b.full_name, a.process_instance_id"
            + " from case_file_access a join beneficiary b on b.beneficiary_id = a.beneficiary_id"
            + " where a.tenant_id = ? order by a.accessed_at desc", (rs, row) -> new Access(rs.getString("user_id"),
            rs.getTimestamp("accessed_at").toInstant(), rs.getString("beneficiary_id"), rs.getString("full_name"),
            rs.getString("process_instance_id")), tenantId)
        .stream().limit(SHOWN).toList();
  }

  /** One reading: who, when, which person, from which case's page (null: the person's own page). */
  public record Access(String userId, Instant accessedAt, String beneficiaryId, String beneficiaryName,
      String processInstanceId) {}
}
