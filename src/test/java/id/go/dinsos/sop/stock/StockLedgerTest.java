package id.go.dinsos.sop.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warehouse ledger on the test database (H2, or PostgreSQL with {@code -Ppostgres}), migrated by Flyway: receipts,
 * stock opname, handovers earliest expiry first, a shortfall refused with nothing changed, the database refusing a
 * negative quantity, and two handovers at the same moment of more than the stock holds together: exactly one
 * succeeds. Each booking commits in its own transaction, as a process step does; each test uses an office id of its
 * own.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(StockLedger.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StockLedgerTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  /** Monday 2 March 2026, 08:00 WITA. */
  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

  @Autowired StockLedger ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private String tenant;
  private ExecutorService threads;

  @BeforeEach
  void setUp() {
    tenant = "uji-stok-" + UUID.randomUUID();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
    jdbc.update("delete from stock_movement where tenant_id = ?", tenant);
    jdbc.update("delete from stock_batch where tenant_id = ?", tenant);
    jdbc.update("delete from stock_item where tenant_id = ?", tenant);
  }

  @Test
  void receiptsRaiseTheirBatchAndRecordTheSourceWhoAndForWhichCase() {
    inTransaction(() -> ledger.receive(StockSource.BULOG, List.of(line("Beras", 500, "kg", "2027-03-31")),
        booking("staf.tanah-laut")));
    inTransaction(() -> ledger.receive(StockSource.DINSOS_PROVINSI, List.of(line("Selimut", 200, "lembar", null),
        line("beras", 250, "KG", "2027-03-31")), booking("staf.tanah-laut")));

    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|750", "Selimut|lembar|-|200");
    assertThat(movements()).containsExactlyInAnyOrder(
        "RECEIPT BULOG +500 = 500 by staf.tanah-laut for 0001/REG/TNL/2026",
        "RECEIPT DINSOS_PROVINSI +200 = 200 by staf.tanah-laut for 0001/REG/TNL/2026",
        "RECEIPT DINSOS_PROVINSI +250 = 750 by staf.tanah-laut for 0001/REG/TNL/2026");
  }

  @Test
  void stockOpnameSetsTheCountedQuantitiesAndWhatWasNotFoundToZero() {
    receive(line("Beras", 500, "kg", "2027-03-31"), line("Selimut", 200, "lembar", null));

    List<StockChange> changes = inTransaction(() -> ledger.recordOpname(List.of(line("Beras", 480, "kg", "2027-03-31"),
        line("Mie instan", 30, "dus", "2026-12-31")), booking("staf.tanah-laut")));

    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|480", "Mie instan|dus|2026-12-31|30", "Selimut|lembar|-|0");
    assertThat(changes).extracting(change -> change.batch().jenis() + " " + change.before() + "->" + change.after())
        .containsExactlyInAnyOrder("Beras 500->480", "Mie instan 0->30", "Selimut 200->0");
    assertThat(movements()).filteredOn(movement -> movement.startsWith("OPNAME")).containsExactlyInAnyOrder(
        "OPNAME -20 = 480 by staf.tanah-laut for 0001/REG/TNL/2026",
        "OPNAME +30 = 30 by staf.tanah-laut for 0001/REG/TNL/2026",
        "OPNAME -200 = 0 by staf.tanah-laut for 0001/REG/TNL/2026");
  }

  @Test
  void aHandoverTakesTheEarliestExpiryFirstAndNeverAnExpiredBatch() {
    receive(line("Beras", 50, "kg", "2026-01-31"), line("Beras", 100, "kg", "2026-06-30"),
        line("Beras", 500, "kg", "2027-03-31"));
    assertThat(ledger.available(tenant, "beras", "KG", LocalDate.of(2026, 3, 2))).as("expired rice not counted")
        .isEqualTo(600);

    inTransaction(() -> ledger.distribute(List.of(handover("Beras", 150, "kg")), booking("staf.tanah-laut")));

    assertThat(stock()).containsExactly("Beras|kg|2026-01-31|50", "Beras|kg|2026-06-30|0", "Beras|kg|2027-03-31|450");
    assertThat(movements()).filteredOn(movement -> movement.startsWith("DISTRIBUTION")).containsExactlyInAnyOrder(
        "DISTRIBUTION -100 = 0 by staf.tanah-laut for 0001/REG/TNL/2026",
        "DISTRIBUTION -50 = 450 by staf.tanah-laut for 0001/REG/TNL/2026");
  }

  @Test
  void aShortfallRefusesTheWholeHandoverNamingEachItemAndChangesNothing() {
    receive(line("Beras", 100, "kg", "2027-03-31"), line("Selimut", 10, "lembar", null),
        line("Mie instan", 40, "dus", "2026-01-31"));
    List<String> before = stock();

    assertThatThrownBy(() -> inTransaction(() -> ledger.distribute(List.of(handover("Beras", 50, "kg"),
        handover("Selimut", 20, "lembar"), handover("Tenda", 1, "unit"), handover("Mie instan", 5, "dus")),
        booking("staf.tanah-laut"))))
        .isInstanceOf(StockRefusedException.class)
        .hasMessage("Persediaan gudang tidak mencukupi: Selimut (lembar): diminta 20, tersedia 10; "
            + "Tenda (unit): diminta 1, tersedia 0 (tidak ada di gudang); Mie instan (dus): diminta 5, tersedia 0. "
            + "Tidak ada barang yang dikurangi; sesuaikan daftar barang yang diserahkan lalu kirim kembali.");

    assertThat(stock()).as("nothing taken, not even the rice that was there").isEqualTo(before);
    assertThat(movements()).noneMatch(movement -> movement.startsWith("DISTRIBUTION"));
  }

  @Test
  void aBookingBelongsToTheCallersTransactionAndIsUndoneWithIt() {
    receive(line("Beras", 100, "kg", "2027-03-31"));

    assertThatThrownBy(() -> inTransaction(() -> {
      ledger.distribute(List.of(handover("Beras", 30, "kg")), booking("staf.tanah-laut"));
      throw new IllegalStateException("the step fails after the handover was booked");
    })).hasMessageContaining("the step fails");
    assertThatThrownBy(() -> ledger.distribute(List.of(handover("Beras", 30, "kg")), booking("staf.tanah-laut")))
        .as("never outside a transaction").isInstanceOf(IllegalTransactionStateException.class);

    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|100");
    assertThat(movements()).noneMatch(movement -> movement.startsWith("DISTRIBUTION"));
  }

  @Test
  void theDatabaseItselfRefusesANegativeQuantity() {
    receive(line("Beras", 10, "kg", "2027-03-31"));

    assertThatThrownBy(() -> jdbc.update("update stock_batch set quantity = quantity - 11 where tenant_id = ?", tenant))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|10");
  }

  @Test
  void aHandoverWaitsForTheOneHoldingTheStockAndThenSeesWhatIsLeft() throws Exception {
    receive(line("Beras", 100, "kg", "2027-03-31"));
    CountDownLatch firstHoldsTheStock = new CountDownLatch(1);

    Future<String> first = threads.submit(() -> inTransaction(() -> {
      ledger.distribute(List.of(handover("Beras", 60, "kg")), booking("staf.tanah-laut"));
      firstHoldsTheStock.countDown();
      pause(300);
      return "diserahkan";
    }));
    firstHoldsTheStock.await(5, TimeUnit.SECONDS);
    long started = System.nanoTime();
    Future<String> second = threads.submit(() -> attemptHandover(60));

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("diserahkan");
    assertThat(second.get(10, TimeUnit.SECONDS)).startsWith("ditolak: Persediaan gudang tidak mencukupi: "
        + "Beras (kg): diminta 60, tersedia 40");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("the second waited for the first")
        .isGreaterThanOrEqualTo(200);
    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|40");
  }

  @Test
  void twoHandoversAtTheSameMomentOfMoreThanTheStockTogetherLetExactlyOneThrough() throws Exception {
    receive(line("Beras", 100, "kg", "2027-03-31"));
    CyclicBarrier together = new CyclicBarrier(2);

    List<Future<String>> attempts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attempts.add(threads.submit(() -> {
        together.await(5, TimeUnit.SECONDS);
        return attemptHandover(60);
      }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> attempt : attempts) {
      results.add(attempt.get(20, TimeUnit.SECONDS));
    }

    assertThat(results).filteredOn("diserahkan"::equals).hasSize(1);
    assertThat(results).filteredOn(result -> result.startsWith("ditolak: Persediaan gudang tidak mencukupi"))
        .hasSize(1);
    assertThat(stock()).containsExactly("Beras|kg|2027-03-31|40");
    assertThat(movements()).filteredOn(movement -> movement.startsWith("DISTRIBUTION")).hasSize(1);
  }

  @Test
  void theBeritaAcaraNumberIsWrittenOnTheCasesDistributionMovements() {
    receive(line("Beras", 100, "kg", "2027-03-31"));
    inTransaction(() -> ledger.distribute(List.of(handover("Beras", 30, "kg")), booking("staf.tanah-laut")));

    int updated = inTransaction(() -> ledger.recordHandoverDocument(processInstance(), "460/7/BAST-B/2026"));

    assertThat(updated).isOne();
    assertThat(jdbc.queryForList("select movement_type, document_number from stock_movement where tenant_id = ?"
        + " order by movement_type", tenant)).extracting(row -> row.get("movement_type") + " "
        + row.get("document_number")).containsExactlyInAnyOrder("RECEIPT null", "DISTRIBUTION 460/7/BAST-B/2026");
  }

  // ------------------------------------------------------------------ helpers

  private String attemptHandover(long jumlah) {
    try {
      inTransaction(() -> ledger.distribute(List.of(handover("Beras", jumlah, "kg")), booking("staf.tanah-laut")));
      return "diserahkan";
    } catch (StockRefusedException refused) {
      return "ditolak: " + refused.getMessage();
    }
  }

  private void receive(StockLine... lines) {
    inTransaction(() -> ledger.receive(StockSource.BULOG, List.of(lines), booking("staf.tanah-laut")));
  }

  private <T> T inTransaction(Supplier<T> work) {
    return new TransactionTemplate(transactionManager).execute(status -> work.get());
  }

  private StockBooking booking(String user) {
    return new StockBooking(tenant, processInstance(), "0001/REG/TNL/2026", user, NOW, WITA);
  }

  private String processInstance() {
    return "pi-" + tenant.substring(tenant.length() - 12);
  }

  /** The office's batches as "jenis|satuan|masa berlaku|quantity". */
  private List<String> stock() {
    return ledger.batches(tenant).stream().map(batch -> batch.jenis() + "|" + batch.satuan() + "|"
        + (batch.masaBerlaku() == null ? "-" : batch.masaBerlaku()) + "|" + batch.quantity()).toList();
  }

  /** The office's ledger. */
  private List<String> movements() {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("select * from stock_movement where tenant_id = ?",
        tenant)) {
      long change = ((Number) row.get("quantity_change")).longValue();
      rows.add(row.get("movement_type") + (row.get("source") == null ? "" : " " + row.get("source"))
          + " " + (change > 0 ? "+" : "") + change + " = " + row.get("quantity_after") + " by " + row.get("recorded_by")
          + " for " + row.get("business_key"));
    }
    return Collections.unmodifiableList(rows);
  }

  private static StockLine line(String jenis, long jumlah, String satuan, String masaBerlaku) {
    return new StockLine(1, jenis, jumlah, satuan, masaBerlaku == null ? null : LocalDate.parse(masaBerlaku), null);
  }

  private static StockLine handover(String jenis, long jumlah, String satuan) {
    return new StockLine(1, jenis, jumlah, satuan, null, null);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
