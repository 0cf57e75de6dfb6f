package id.go.dinsos.sop.register;

import id.go.dinsos.sop.identity.Office;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Issues the case's register number (Nomor Register) and makes it the business key, which is what
 * Tasklist and Cockpit show for the case. Used as {@code ${caseRegisterNumberIssuer}}.
 */
@Component
public class CaseRegisterNumberIssuer implements JavaDelegate {

  /** The process variable that holds the number, in every SOP. */
  public static final String NOMOR_REGISTER = "nomorRegister";

  private final CaseRegister caseRegister;

  public CaseRegisterNumberIssuer(CaseRegister caseRegister) {
    this.caseRegister = caseRegister;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(NOMOR_REGISTER) != null) {
      throw new IllegalStateException("Kasus ini sudah memiliki nomor register " + execution.getVariable(NOMOR_REGISTER));
    }
    Office office = Office.byTenantId(execution.getTenantId()).orElseThrow(() -> new IllegalStateException(
        "Nomor register hanya dapat diterbitkan untuk kasus milik sebuah kantor; tenant: " + execution.getTenantId()));
    String processDefinitionKey = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    String number = caseRegister.issue(office, processDefinitionKey, execution.getProcessInstanceId(),
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(NOMOR_REGISTER, number);
    execution.getProcessInstance().setProcessBusinessKey(number);
  }
}
