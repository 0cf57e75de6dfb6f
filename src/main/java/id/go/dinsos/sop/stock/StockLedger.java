package id.go.dinsos.sop.stock;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The disaster-logistics warehouse of each office (tables {@code stock_item}, {@code stock_batch},
 * {@code stock_movement}): the stock opname sets the counted quantities, receipts raise them, handovers lower them,
 * and every change is written to the ledger with who booked it for which case.
 *
 * <p>Bookings run in the caller's transaction (for a process step, the engine's): a step that fails rolls its stock
 * change back with it. The batches a booking changes are locked first ({@code SELECT ... FOR UPDATE}, in batch id
 * order so two bookings never deadlock), so two handovers at the same moment are served one after the other and the
 * second sees what the first left; a shortfall refuses the whole handover before anything is changed. The
 * {@code CHECK (quantity >= 0)} of the table is the last guard. Only missing item and batch rows are created in
 * transactions of their own, so creating them never aborts the booking.
 */
@Repository
public class StockLedger {

  private static final String NO_EXPIRY = "TANPA";
  private static final String BATCH_COLUMNS =
      "b.batch_id, i.jenis, i.satuan, b.masa_berlaku, b.quantity from stock_batch b"
          + " join stock_item i on i.item_id = b.item_id";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public StockLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  // ------------------------------------------------------------------ reading

  /** The office's batches, by jenis and expiry (earliest first), including those counted empty. */
  public List<StockBatch> batches(String tenantId) {
    return jdbc.query("select " + BATCH_COLUMNS + " where b.tenant_id = ? order by lower(i.jenis), lower(i.satuan),"
        + " b.batch_key", StockLedger::batch, tenantId);
  }

  /** How much of that item the office holds that has not expired on {@code today}. */
  public long available(String tenantId, String jenis, String satuan, LocalDate today) {
    Long total = jdbc.queryForObject("select coalesce(sum(b.quantity), 0) from stock_batch b join stock_item i"
            + " on i.item_id = b.item_id where i.tenant_id = ? and i.item_key = ?"
            + " and (b.masa_berlaku is null or b.masa_berlaku >= ?)", Long.class,
        tenantId, StockLine.itemKey(jenis, satuan), Date.valueOf(today));
    return total == null ? 0 : total;
  }

  // ------------------------------------------------------------------ bookings

  /**
   * Stock opname: each counted batch now holds what was counted; a batch of the office that the count does not list
   * was not found and is set to 0. Returns every batch of the office with its quantity before and after.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StockChange> recordOpname(List<StockLine> counted, StockBooking booking) {
    Map<String, Long> countedByBatch = new LinkedHashMap<>();
    for (StockLine line : counted) {
      countedByBatch.put(ensureBatch(booking.tenantId(), line), line.jumlah());
    }
    List<StockChange> changes = new ArrayList<>();
    for (StockBatch batch : lockTenantBatches(booking.tenantId())) {
      Long count = countedByBatch.get(batch.batchId());
      if (count == null && batch.quantity() == 0) {
        continue;
      }
      long after = count == null ? 0 : count;
      jdbc.update("update stock_batch set quantity = ? where batch_id = ?", after, batch.batchId());
      book(batch, "OPNAME", null, after - batch.quantity(), after, booking);
      changes.add(new StockChange(batch, batch.quantity(), after));
    }
    return changes;
  }

  /** Goods received from {@code source}: each line's batch grows by its quantity. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StockChange> receive(StockSource source, List<StockLine> received, StockBooking booking) {
    Map<String, Long> addedByBatch = new LinkedHashMap<>();
    for (StockLine line : received) {
      addedByBatch.merge(ensureBatch(booking.tenantId(), line), line.jumlah(), Long::sum);
    }
    List<StockChange> changes = new ArrayList<>();
    for (StockBatch batch : lockBatches(addedByBatch.keySet())) {
      long after = batch.quantity() + addedByBatch.get(batch.batchId());
      jdbc.update("update stock_batch set quantity = ? where batch_id = ?", after, batch.batchId());
      book(batch, "RECEIPT", source.name(), after - batch.quantity(), after, booking);
      changes.add(new StockChange(batch, batch.quantity(), after));
    }
    return changes;
  }

  /**
   * A handover to disaster victims: takes each line's quantity from the item's batches that have not expired,
   * earliest expiry first. If any item falls short the whole handover is refused with every shortfall named, and
   * nothing is changed.
   *
   * @throws StockRefusedException when the warehouse does not hold enough of an item
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StockChange> distribute(List<StockLine> handedOver, StockBooking booking) {
    Map<String, StockLine> wanted = new LinkedHashMap<>();
    for (StockLine line : handedOver) {
      wanted.merge(line.itemKey(), line, (a, b) -> new StockLine(a.lineNumber(), a.jenis(), a.jumlah() + b.jumlah(),
          a.satuan(), null, a.keterangan()));
    }
    Map<String, String> itemIds = itemIds(booking.tenantId(), wanted.keySet());
    List<StockBatch> locked = itemIds.isEmpty() ? List.of()
        : lock("item_id in (" + placeholders(itemIds.size()) + ")", itemIds.values().toArray());
    Map<String, List<StockBatch>> usable = new LinkedHashMap<>();
    for (StockBatch batch : locked) {
      if (!batch.expiredOn(booking.today()) && batch.quantity() > 0) {
        usable.computeIfAbsent(StockLine.itemKey(batch.jenis(), batch.satuan()), key -> new ArrayList<>()).add(batch);
      }
    }
    List<String> shortfalls = new ArrayList<>();
    wanted.forEach((key, line) -> {
      long there = usable.getOrDefault(key, List.of()).stream().mapToLong(StockBatch::quantity).sum();
      if (there < line.jumlah()) {
        shortfalls.add(line.jenis() + " (" + line.satuan() + "): diminta " + line.jumlah() + ", tersedia " + there
            + (itemIds.containsKey(key) ? "" : " (tidak ada di gudang)"));
      }
    });
    if (!shortfalls.isEmpty()) {
      throw new StockRefusedException("Persediaan gudang tidak mencukupi: " + String.join("; ", shortfalls)
          + ". Tidak ada barang yang dikurangi; sesuaikan daftar barang yang diserahkan lalu kirim kembali.");
    }
    List<StockChange> changes = new ArrayList<>();
    wanted.forEach((key, line) -> {
      long rest = line.jumlah();
      List<StockBatch> earliestFirst = usable.get(key).stream()
          .sorted((a, b) -> expiryKey(a).compareTo(expiryKey(b))).toList();
      for (StockBatch batch : earliestFirst) {
        if (rest == 0) {
          break;
        }
        long take = Math.min(rest, batch.quantity());
        int updated = jdbc.update("update stock_batch set quantity = quantity - ? where batch_id = ?"
            + " and quantity >= ?", take, batch.batchId(), take);
        if (updated != 1) {
          throw new IllegalStateException("Batch " + batch.batchId() + " berubah saat terkunci");
        }
        book(batch, "DISTRIBUTION", null, -take, batch.quantity() - take, booking);
        changes.add(new StockChange(batch, batch.quantity(), batch.quantity() - take));
        rest -= take;
      }
    });
    return changes;
  }

  /** Writes the number of the handover's berita acara on the case's distribution movements that lack one. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int recordHandoverDocument(String processInstanceId, String documentNumber) {
    return jdbc.update("update stock_movement set document_number = ? where process_instance_id = ?"
        + " and movement_type = 'DISTRIBUTION' and document_number is null", documentNumber, processInstanceId);
  }

  // ------------------------------------------------------------------ rows

  private List<StockBatch> lockTenantBatches(String tenantId) {
    return lock("tenant_id = ?", tenantId);
  }

  private List<StockBatch> lockBatches(Collection<String> batchIds) {
    return lock("batch_id in (" + placeholders(batchIds.size()) + ")", batchIds.toArray());
  }

  /**
   * Locks the batches matching {@code where} until the transaction ends (one table only, in batch id order), then
   * reads them as they are now: a booking that waited for the lock sees what the booking before it committed.
   */
  private List<StockBatch> lock(String where, Object... args) {
    List<String> ids = jdbc.queryForList("select batch_id from stock_batch where " + where
        + " order by batch_id for update", String.class, args);
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select " + BATCH_COLUMNS + " where b.batch_id in (" + placeholders(ids.size())
        + ") order by b.batch_id", StockLedger::batch, ids.toArray());
  }

  private Map<String, String> itemIds(String tenantId, Collection<String> itemKeys) {
    Map<String, String> ids = new LinkedHashMap<>();
    jdbc.query("select item_key, item_id from stock_item where tenant_id = ? and item_key in ("
        + placeholders(itemKeys.size()) + ")", rs -> {
          ids.put(rs.getString(1), rs.getString(2));
        }, concat(tenantId, itemKeys));
    return ids;
  }

  /** The batch row of the line's item and expiry, created (with quantity 0) if the warehouse never held it. */
  private String ensureBatch(String tenantId, StockLine line) {
    String itemId = ensureRow(() -> findItem(tenantId, line.itemKey()), () -> jdbc.update(
        "insert into stock_item (item_id, tenant_id, item_key, jenis, satuan) values (?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), tenantId, line.itemKey(), line.jenis().strip(), line.satuan().strip()));
    String batchKey = line.masaBerlaku() == null ? NO_EXPIRY : line.masaBerlaku().toString();
    return ensureRow(() -> findBatch(itemId, batchKey), () -> jdbc.update(
        "insert into stock_batch (batch_id, tenant_id, item_id, batch_key, masa_berlaku, quantity)"
            + " values (?, ?, ?, ?, ?, 0)", UUID.randomUUID().toString(), tenantId, itemId, batchKey,
        line.masaBerlaku() == null ? null : Date.valueOf(line.masaBerlaku())));
  }

  private String ensureRow(Supplier<String> find, Runnable insert) {
    String id = find.get();
    if (id != null) {
      return id;
    }
    try {
      ownTransaction.executeWithoutResult(status -> insert.run());
    } catch (DuplicateKeyException createdByAnotherBooking) {
      // another booking created the row at the same moment: the row is all we need
    }
    return find.get();
  }

  private String findItem(String tenantId, String itemKey) {
    return jdbc.query("select item_id from stock_item where tenant_id = ? and item_key = ?",
        rs -> rs.next() ? rs.getString(1) : null, tenantId, itemKey);
  }

  private String findBatch(String itemId, String batchKey) {
    return jdbc.query("select batch_id from stock_batch where item_id = ? and batch_key = ?",
        rs -> rs.next() ? rs.getString(1) : null, itemId, batchKey);
  }

  private void book(StockBatch batch, String type, String source, long change, long after, StockBooking booking) {
    jdbc.update("insert into stock_movement (movement_id, tenant_id, batch_id, movement_type, source, quantity_change,"
            + " quantity_after, process_instance_id, business_key, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), booking.tenantId(), batch.batchId(), type, source, change, after,
        booking.processInstanceId(), booking.businessKey(), booking.recordedBy(), Timestamp.from(booking.recordedAt()));
  }

  private static String expiryKey(StockBatch batch) {
    return batch.masaBerlaku() == null ? NO_EXPIRY : batch.masaBerlaku().toString();
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static Object[] concat(String first, Collection<String> rest) {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }

  private static StockBatch batch(ResultSet rs, int row) throws SQLException {
    Date expiry = rs.getDate("masa_berlaku");
    return new StockBatch(rs.getString("batch_id"), rs.getString("jenis"), rs.getString("satuan"),
        expiry == null ? null : expiry.toLocalDate(), rs.getLong("quantity"));
  }
}
