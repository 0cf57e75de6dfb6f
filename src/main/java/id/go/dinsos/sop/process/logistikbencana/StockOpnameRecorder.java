package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.HASIL_OPNAME;
import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.PERSEDIAAN_GUDANG;

import id.go.dinsos.sop.stock.StockBatch;
import id.go.dinsos.sop.stock.StockBooking;
import id.go.dinsos.sop.stock.StockChange;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.stock.StockLines;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Langkah 1 ({@code ${stockOpnameRecorder}}): the count of the stock opname becomes the warehouse's stock, and the
 * stock as it now is becomes the rows of the stock opname report ({@value LogistikBencanaVariables#PERSEDIAAN_GUDANG}:
 * jenis | jumlah | satuan | masa berlaku | keterangan, with the difference to the books).
 */
@Component("stockOpnameRecorder")
public class StockOpnameRecorder extends StockStepDelegate {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  public StockOpnameRecorder(StockLedger ledger) {
    super(ledger, HASIL_OPNAME);
  }

  @Override
  protected void book(DelegateExecution execution, StockBooking booking) {
    List<StockChange> changes = ledger.recordOpname(
        StockLines.batches(text(execution, HASIL_OPNAME), "hasil penghitungan persediaan", true), booking);
    execution.setVariable(PERSEDIAAN_GUDANG, changes.stream()
        .map(change -> reportRow(change, booking)).collect(Collectors.joining("\n")));
  }

  private static String reportRow(StockChange change, StockBooking booking) {
    StockBatch batch = change.batch();
    String keterangan = change.difference() == 0 ? "sesuai catatan"
        : "selisih " + (change.difference() > 0 ? "+" : "") + change.difference() + " dari catatan";
    if (batch.expiredOn(booking.today())) {
      keterangan += "; kedaluwarsa, tidak disalurkan";
    }
    return String.join(" | ", batch.jenis(), Long.toString(change.after()), batch.satuan(),
        batch.masaBerlaku() == null ? "-" : batch.masaBerlaku().format(DATE), keterangan);
  }
}
