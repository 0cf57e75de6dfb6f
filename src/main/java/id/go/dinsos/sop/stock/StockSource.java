package id.go.dinsos.sop.stock;

/** Where goods received into the warehouse come from (SOP D, langkah 4). */
public enum StockSource {
  BULOG("Perum Bulog"),
  DINSOS_PROVINSI("Dinas Sosial Provinsi");

  private final String label;

  StockSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
