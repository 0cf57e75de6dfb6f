package id.go.dinsos.sop.register;

import id.go.dinsos.sop.identity.Office;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's case register (buku register kasus). Numbers count per office and year from 1 and are
 * taken inside the caller's transaction: the counter row stays locked until it commits, so two cases
 * never get the same number, and a rollback gives the number back, leaving no gap.
 */
@Repository
public class CaseRegister {

  private final JdbcTemplate jdbc;
  private final CounterRows counterRows;

  public CaseRegister(JdbcTemplate jdbc, CounterRows counterRows) {
    this.jdbc = jdbc;
    this.counterRows = counterRows;
  }

  /** Takes the next number, e.g. {@code 0007/REG/MGT/2026}, and records which case holds it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String issue(Office office, String processDefinitionKey, String processInstanceId, Instant now) {
    int year = Year.from(now.atZone(office.zone())).getValue();
    // an own transaction takes a second pooled connection: only for the year's first case, or a full pool of
    // concurrent submissions each waits for a second connection that never comes (docs/benchmarks.md)
    if (jdbc.queryForObject("select count(*) from case_register_sequence where tenant_id = ? and register_year = ?",
        Integer.class, office.tenantId(), year) == 0) {
      counterRows.ensureExists(office.tenantId(), year);
    }
    jdbc.update("update case_register_sequence set last_number = last_number + 1"
        + " where tenant_id = ? and register_year = ?", office.tenantId(), year);
    int sequence = jdbc.queryForObject("select last_number from case_register_sequence"
        + " where tenant_id = ? and register_year = ?", Integer.class, office.tenantId(), year);
    String number = String.format("%04d/REG/%s/%d", sequence, office.code(), year);
    jdbc.update("insert into case_register (register_number, tenant_id, register_year, sequence_number,"
            + " process_definition_key, process_instance_id, issued_at) values (?, ?, ?, ?, ?, ?, ?)",
        number, office.tenantId(), year, sequence, processDefinitionKey, processInstanceId, Timestamp.from(now));
    return number;
  }

  /** Creates a year's counter row in its own transaction, so creating it never takes or loses a number. */
  @Repository
  static class CounterRows {

    private final JdbcTemplate jdbc;

    CounterRows(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureExists(String tenantId, int year) {
      Integer rows = jdbc.queryForObject("select count(*) from case_register_sequence"
          + " where tenant_id = ? and register_year = ?", Integer.class, tenantId, year);
      if (rows == 0) {
        try {
          jdbc.update("insert into case_register_sequence (tenant_id, register_year, last_number)"
              + " values (?, ?, 0)", tenantId, year);
        } catch (DuplicateKeyException createdByAnotherCase) {
          // another case created the row first: the row is all we need
        }
      }
    }
  }
}
