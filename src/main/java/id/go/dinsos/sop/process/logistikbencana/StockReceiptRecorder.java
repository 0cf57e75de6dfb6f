package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.BARANG_DARI_BULOG;
import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.BARANG_DARI_PROVINSI;

import id.go.dinsos.sop.stock.StockBooking;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.stock.StockLine;
import id.go.dinsos.sop.stock.StockLines;
import id.go.dinsos.sop.stock.StockRefusedException;
import id.go.dinsos.sop.stock.StockSource;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Langkah 4 ({@code ${stockReceiptRecorder}}): the goods fetched from Dinas Sosial Provinsi and Perum Bulog raise the
 * warehouse's stock, each booked with its source. Both lists are read before anything is booked.
 */
@Component("stockReceiptRecorder")
public class StockReceiptRecorder extends StockStepDelegate {

  public StockReceiptRecorder(StockLedger ledger) {
    super(ledger, BARANG_DARI_PROVINSI);
  }

  @Override
  protected void book(DelegateExecution execution, StockBooking booking) {
    String provinsi = text(execution, BARANG_DARI_PROVINSI);
    String bulog = text(execution, BARANG_DARI_BULOG);
    if (provinsi.isBlank() && bulog.isBlank()) {
      throw new StockRefusedException("Belum ada barang yang dicatat diterima: isi daftar barang dari Dinas Sosial"
          + " Provinsi atau dari Perum Bulog.");
    }
    List<StockLine> fromProvinsi = provinsi.isBlank() ? List.of()
        : StockLines.batches(provinsi, "barang dari Dinas Sosial Provinsi", false);
    List<StockLine> fromBulog = bulog.isBlank() ? List.of()
        : StockLines.batches(bulog, "barang dari Perum Bulog", false);
    if (!fromProvinsi.isEmpty()) {
      ledger.receive(StockSource.DINSOS_PROVINSI, fromProvinsi, booking);
    }
    if (!fromBulog.isEmpty()) {
      ledger.receive(StockSource.BULOG, fromBulog, booking);
    }
  }
}
