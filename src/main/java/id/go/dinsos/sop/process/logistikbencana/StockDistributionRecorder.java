package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.BARANG_DISERAHKAN;
import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.BARANG_SERAH_TERIMA;
import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.RINCIAN_PENYALURAN;

import id.go.dinsos.sop.stock.StockBooking;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.stock.StockLine;
import id.go.dinsos.sop.stock.StockLines;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Langkah 8 ({@code ${stockDistributionRecorder}}): the goods handed over to the victims leave the warehouse. The
 * same list becomes the berita acara's {@code barang} ({@value LogistikBencanaVariables#BARANG_SERAH_TERIMA}) and the
 * report's {@code rincian} ({@value LogistikBencanaVariables#RINCIAN_PENYALURAN}), so the documents show exactly
 * what was taken from the stock. A shortfall refuses the handover and changes nothing.
 */
@Component("stockDistributionRecorder")
public class StockDistributionRecorder extends StockStepDelegate {

  public StockDistributionRecorder(StockLedger ledger) {
    super(ledger, BARANG_DISERAHKAN);
  }

  @Override
  protected void book(DelegateExecution execution, StockBooking booking) {
    List<StockLine> handedOver = StockLines.handover(text(execution, BARANG_DISERAHKAN), "barang yang diserahkan");
    ledger.distribute(handedOver, booking);
    execution.setVariable(BARANG_SERAH_TERIMA, handedOver.stream().map(line -> String.join(" | ", line.jenis(),
        Long.toString(line.jumlah()), line.satuan(), Objects.toString(line.keterangan(), "")))
        .collect(Collectors.joining("\n")));
    execution.setVariable(RINCIAN_PENYALURAN, handedOver.stream().map(line -> String.join(" | ", line.jenis(),
        Long.toString(line.jumlah()), line.satuan(), "")).collect(Collectors.joining("\n")));
  }
}
