package id.go.dinsos.sop.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free numbers per office, series and year (table {@code numbering_counter}), for anything the
 * office numbers: official documents per kind, the case register.
 *
 * <p>{@link #next} runs in the caller's transaction (for a process step, the engine's transaction):
 * the {@code UPDATE} that takes the number locks the counter row until that transaction ends, so two
 * steps never get the same number, and a step that rolls back gives its number back. Only the
 * counter row itself is created in a transaction of its own, so creating it never takes or loses a
 * number and never blocks the other series.
 */
@Component
public class GaplessCounter {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public GaplessCounter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Takes the next number of a series, starting from 1 each year.
   *
   * @param tenantId the office
   * @param series what is counted, e.g. {@code SURAT_TUGAS} or {@code case-register}
   * @param year the year the number belongs to, in the office's time zone
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String tenantId, String series, int year) {
    ensureCounterRow(tenantId, series, year);
    jdbc.update("update numbering_counter set last_number = last_number + 1"
        + " where tenant_id = ? and series_name = ? and counter_year = ?", tenantId, series, year);
    return jdbc.queryForObject("select last_number from numbering_counter"
        + " where tenant_id = ? and series_name = ? and counter_year = ?", Integer.class, tenantId, series, year);
  }

  /** The last number taken and committed (0 if none), as the other transactions see it. */
  public int last(String tenantId, String series, int year) {
    Integer last = ownTransaction.execute(status -> jdbc.query("select last_number from numbering_counter"
            + " where tenant_id = ? and series_name = ? and counter_year = ?",
        rs -> rs.next() ? rs.getInt(1) : 0, tenantId, series, year));
    return last == null ? 0 : last;
  }

  private void ensureCounterRow(String tenantId, String series, int year) {
    // seen from the caller's transaction first: the own transaction (a second pooled connection) only for a new series
    if (jdbc.queryForObject("select count(*) from numbering_counter"
        + " where tenant_id = ? and series_name = ? and counter_year = ?", Integer.class, tenantId, series, year) > 0) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> {
        Integer rows = jdbc.queryForObject("select count(*) from numbering_counter"
            + " where tenant_id = ? and series_name = ? and counter_year = ?", Integer.class, tenantId, series, year);
        if (rows == 0) {
          jdbc.update("insert into numbering_counter (tenant_id, series_name, counter_year, last_number)"
              + " values (?, ?, ?, 0)", tenantId, series, year);
        }
      });
    } catch (DuplicateKeyException createdByAnotherStep) {
      // another step created the row at the same moment (its own transaction was rolled back): the row is all we need
    }
  }
}
