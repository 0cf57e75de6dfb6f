package id.go.dinsos.sop.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.dinsos.sop.identity.Office;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseRegisterTest {

  // a year of its own per run, so runs on a kept PostgreSQL database start from 1 as well
  private final Instant now = Instant.parse("2100-06-15T03:00:00Z").plusSeconds(
      366L * 24 * 3600 * (Math.floorMod(UUID.randomUUID().hashCode(), 5000)));

  @Autowired CaseRegister caseRegister;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  private String issue(Office office) {
    return transactions.execute(status ->
        caseRegister.issue(office, "magetan-anjal-at", UUID.randomUUID().toString(), now));
  }

  private int year() {
    return now.atZone(Office.MAGETAN.zone()).getYear();
  }

  @Test
  void numbersCountPerOfficeFromOne() {
    assertThat(issue(Office.MAGETAN)).isEqualTo("0001/REG/MGT/" + year());
    assertThat(issue(Office.MAGETAN)).isEqualTo("0002/REG/MGT/" + year());
    assertThat(issue(Office.LAMANDAU)).isEqualTo("0001/REG/LMD/" + year());
  }

  @Test
  void rolledBackStepGivesItsNumberBack() {
    assertThat(issue(Office.TANAH_LAUT)).startsWith("0001/");
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      caseRegister.issue(Office.TANAH_LAUT, "magetan-anjal-at", UUID.randomUUID().toString(), now);
      throw new IllegalStateException("the step failed after taking a number");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(issue(Office.TANAH_LAUT)).startsWith("0002/");
  }

  @Test
  void concurrentCasesNeverShareANumberAndLeaveNoGap() throws Exception {
    int cases = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        numbers.add(pool.submit((Callable<String>) () -> issue(Office.MAGETAN)));
      }
      List<Integer> sequence = new ArrayList<>();
      for (Future<String> number : numbers) {
        sequence.add(Integer.parseInt(number.get().substring(0, 4)));
      }
      assertThat(sequence).doesNotHaveDuplicates().hasSize(cases);
      assertThat(sequence.stream().mapToInt(Integer::intValue).max().getAsInt()).isEqualTo(cases);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("select count(*) from case_register where tenant_id = 'magetan'"
        + " and register_year = ?", Integer.class, year())).isEqualTo(cases);
  }
}
