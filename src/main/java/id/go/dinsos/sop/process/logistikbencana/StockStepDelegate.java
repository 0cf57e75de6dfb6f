package id.go.dinsos.sop.process.logistikbencana;

import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.stock.StockBooking;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.stock.StockRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A service task of SOP D that books the form just submitted into the warehouse ({@link StockLedger}). It runs
 * synchronously in the transaction that completes the task: a list that cannot be read or goods that are not there
 * refuse the submission as a form error (HTTP 400 with the Indonesian message in Tasklist), the transaction rolls
 * back, the task stays open and the stock is as it was.
 */
abstract class StockStepDelegate implements JavaDelegate {

  static final String SYSTEM_USER = "sistem";

  protected final StockLedger ledger;
  private final String formField;

  /** @param formField the form field the refusal is reported on */
  StockStepDelegate(StockLedger ledger, String formField) {
    this.ledger = ledger;
    this.formField = formField;
  }

  @Override
  public final void execute(DelegateExecution execution) {
    try {
      book(execution, booking(execution));
    } catch (StockRefusedException refused) {
      throw new FormFieldValidationException(formField, refused.getMessage());
    }
  }

  protected abstract void book(DelegateExecution execution, StockBooking booking);

  static StockBooking booking(DelegateExecution execution) {
    Office office = Office.byTenantId(execution.getTenantId()).orElseThrow(() -> new IllegalStateException(
        "Persediaan logistik hanya dapat dicatat untuk kasus milik sebuah kantor; tenant: " + execution.getTenantId()));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String recordedBy = user != null && user.getUserId() != null ? user.getUserId() : SYSTEM_USER;
    return new StockBooking(office.tenantId(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        recordedBy, ClockUtil.getCurrentTime().toInstant(), office.zone());
  }

  static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    return value == null ? "" : value.toString();
  }
}
