package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.DOKUMEN_BA_SERAH_TERIMA_BARANG_NOMOR;

import id.go.dinsos.sop.stock.StockLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Langkah 8 ({@code ${stockHandoverNumberRecorder}}, end listener of the berita acara step): writes the berita
 * acara's number on the case's distribution movements, in the transaction that issues the number.
 */
@Component("stockHandoverNumberRecorder")
public class StockHandoverNumberRecorder implements ExecutionListener {

  private final StockLedger ledger;

  public StockHandoverNumberRecorder(StockLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ledger.recordHandoverDocument(execution.getProcessInstanceId(),
        (String) execution.getVariable(DOKUMEN_BA_SERAH_TERIMA_BARANG_NOMOR));
  }
}
