package id.go.dinsos.sop.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/** Stores breaches in the engine's transaction: a timer job that rolls back leaves no record behind. */
@Repository
public class SlaBreachRepository {

  private final JdbcTemplate jdbc;

  public SlaBreachRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(SlaBreach b) {
    jdbc.update("insert into sla_breach (breach_key, tenant_id, process_definition_key, process_instance_id,"
            + " business_key, step_id, step_name, late_task_id, assignee, standard_duration, due_at, breached_at,"
            + " escalation_task_id, supervisor_groups) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        b.breachKey(), b.tenantId(), b.processDefinitionKey(), b.processInstanceId(), b.businessKey(), b.stepId(),
        b.stepName(), b.lateTaskId(), b.assignee(), b.standardDuration(), timestamp(b.dueAt()),
        timestamp(b.breachedAt()), b.escalationTaskId(), b.supervisorGroups());
  }

  /** The breach stored under that key that is not finished yet. */
  public Optional<SlaBreach> findUncompleted(String breachKey) {
    return jdbc.query("select * from sla_breach where breach_key = ? and completed_at is null",
        SlaBreachRepository::breach, breachKey).stream().findFirst();
  }

  /**
   * Stores how a late step ended. Only the first call counts: a breach already finished keeps its
   * figures.
   *
   * @param dueAt stored only where the breach has no due date yet (the whole service)
   * @return whether the breach was open and is now finished
   */
  public boolean recordCompletion(String breachKey, Instant startedAt, Instant dueAt, Instant completedAt,
      long durationWorkingMinutes, long lateWorkingMinutes) {
    return jdbc.update("update sla_breach set started_at = ?, completed_at = ?, duration_working_minutes = ?,"
            + " late_working_minutes = ?, due_at = coalesce(due_at, ?)"
            + " where breach_key = ? and completed_at is null",
        typed(startedAt), typed(completedAt), durationWorkingMinutes, lateWorkingMinutes, typed(dueAt),
        breachKey) == 1;
  }

  public List<SlaBreach> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from sla_breach where process_instance_id = ? order by breached_at, breach_key",
        SlaBreachRepository::breach, processInstanceId);
  }

  private static SlaBreach breach(ResultSet rs, int row) throws SQLException {
    return new SlaBreach(rs.getString("breach_key"), rs.getString("tenant_id"),
        rs.getString("process_definition_key"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("step_id"), rs.getString("step_name"), rs.getString("late_task_id"), rs.getString("assignee"),
        rs.getString("standard_duration"), instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("breached_at")),
        rs.getString("escalation_task_id"), rs.getString("supervisor_groups"),
        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("completed_at")),
        number(rs, "duration_working_minutes"), number(rs, "late_working_minutes"));
  }

  private static Long number(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** A timestamp parameter that keeps its SQL type when null (PostgreSQL needs it inside coalesce). */
  private static SqlParameterValue typed(Instant instant) {
    return new SqlParameterValue(Types.TIMESTAMP, timestamp(instant));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
