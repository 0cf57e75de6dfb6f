package id.go.dinsos.sop.stock;

/** What a booking did to one batch: its quantity before and after. */
public record StockChange(StockBatch batch, long before, long after) {

  public long difference() {
    return after - before;
  }
}
