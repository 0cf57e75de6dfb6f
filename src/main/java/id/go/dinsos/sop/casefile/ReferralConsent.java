package id.go.dinsos.sop.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The consent of the client or their guardian to a referral to a balai or panti, recorded when the referral
 * step's form is submitted (in that step's transaction). The forms name the fields alike in every SOP.
 */
@Repository
public class ReferralConsent {

  /** Form field: who consented, {@link #BY_CLIENT} or {@link #BY_GUARDIAN}. */
  public static final String GIVEN_BY_FIELD = "persetujuanRujukan";
  /** Form field: the name of the person who consented. */
  public static final String GIVER_NAME_FIELD = "pemberiPersetujuanNama";
  public static final String BY_CLIENT = "KLIEN";
  public static final String BY_GUARDIAN = "WALI";

  private final JdbcTemplate jdbc;

  public ReferralConsent(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String tenantId, String processInstanceId, String taskId, String activityId, String givenBy,
      String giverName, String recordedBy, Instant now) {
    jdbc.update("insert into referral_consent (consent_id, tenant_id, process_instance_id, task_id, activity_id,"
            + " given_by, giver_name, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), tenantId, processInstanceId, taskId, activityId, givenBy, giverName, recordedBy,
        Timestamp.from(now));
  }

  public List<Consent> ofCase(String processInstanceId) {
    return jdbc.query("select activity_id, given_by, giver_name, recorded_by, recorded_at from referral_consent"
            + " where process_instance_id = ? order by recorded_at",
        (rs, row) -> new Consent(rs.getString("activity_id"), rs.getString("given_by"), rs.getString("giver_name"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()), processInstanceId);
  }

  /** A recorded consent. */
  public record Consent(String activityId, String givenBy, String giverName, String recordedBy, Instant recordedAt) {
    public String givenByLabel() {
      return BY_GUARDIAN.equals(givenBy) ? "Wali / keluarga" : "Klien sendiri";
    }
  }
}
