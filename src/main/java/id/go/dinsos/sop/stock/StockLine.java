package id.go.dinsos.sop.stock;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of a stock list as staff type it in a form: the goods (jenis), how many, the unit (satuan), and either the
 * expiry date of the batch (masa berlaku; null for goods without one) or, on a handover, a remark.
 */
public record StockLine(int lineNumber, String jenis, long jumlah, String satuan, LocalDate masaBerlaku,
    String keterangan) {

  /** The goods as one item of the warehouse: jenis and satuan, whatever their capitals and spaces. */
  public String itemKey() {
    return itemKey(jenis, satuan);
  }

  static String itemKey(String jenis, String satuan) {
    return normalize(jenis) + "|" + normalize(satuan);
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
