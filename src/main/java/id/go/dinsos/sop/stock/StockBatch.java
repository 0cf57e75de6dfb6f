package id.go.dinsos.sop.stock;

import java.time.LocalDate;

/** One batch of goods in the warehouse: its item (jenis and satuan), expiry date (null: none) and quantity now. */
public record StockBatch(String batchId, String jenis, String satuan, LocalDate masaBerlaku, long quantity) {

  /** Expired on {@code today}: the batch is kept in the books but never handed out. */
  public boolean expiredOn(LocalDate today) {
    return masaBerlaku != null && masaBerlaku.isBefore(today);
  }
}
