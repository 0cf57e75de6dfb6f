package id.go.dinsos.sop.casefile;

import id.go.dinsos.sop.casefile.CasePeopleMapping.Cohort;
import id.go.dinsos.sop.casefile.CasePeopleMapping.ConsentStep;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Links the people a case's forms name to the office's registry, following the SOP's {@link CasePeopleMapping}:
 * after the start form and after every step, so details that come later (a NIK found, an address) reach the
 * person too. A person first known without NIK who gets one is given it, or merged into the office's person
 * who already has it (the merge recorded). Runs in the step's transaction.
 */
@Component
public class CasePeopleLinker {

  /** Process variable with the address of the case's case-file page, for the link on every task form. */
  public static final String CASE_FILE_URL = "berkasKasusUrl";
  private static final String SYSTEM_USER = "sistem";

  private final BeneficiaryRegistry registry;
  private final ReferralConsent consents;

  public CasePeopleLinker(BeneficiaryRegistry registry, ReferralConsent consents) {
    this.registry = registry;
    this.consents = consents;
  }

  /** At the end of the start event: the case-file link, and the people of the start form. */
  public void caseStarted(DelegateExecution execution) {
    execution.setVariable(CASE_FILE_URL, CaseFileController.casePath(execution.getProcessInstanceId()));
    linkPeople(execution, currentUser(execution));
  }

  /** When a step's form is submitted: people named or completed by it, and the referral consent. */
  public void stepCompleted(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String user = task.getAssignee() != null ? task.getAssignee() : currentUser(execution);
    linkPeople(execution, user);
    CasePeopleMappings.forProcess(processKey(execution)).ifPresent(mapping -> {
      for (ConsentStep step : mapping.consentSteps()) {
        if (!step.taskId().equals(task.getTaskDefinitionKey())) {
          continue;
        }
        Object givenBy = task.getVariable(step.givenByVariable());
        Object giverName = task.getVariable(step.giverNameVariable());
        // the step's form requires both; a step completed without its form records nothing
        if (givenBy != null && giverName != null) {
          consents.record(execution.getTenantId(), execution.getProcessInstanceId(), task.getId(),
              task.getTaskDefinitionKey(), givenBy.toString(), giverName.toString(), user, now());
        }
      }
    });
  }

  private void linkPeople(DelegateExecution execution, String user) {
    if (execution.getTenantId() == null) {
      return;
    }
    CasePeopleMappings.forProcess(processKey(execution)).ifPresent(mapping -> {
      for (PersonFields person : mapping.people()) {
        link(execution, person.key(), person.read(execution::getVariable), user);
      }
      if (mapping.cohort() != null) {
        linkCohort(execution, mapping.cohort(), user);
      }
    });
  }

  private void linkCohort(DelegateExecution execution, Cohort cohort, String user) {
    cohort.members(execution::getVariable).forEach((key, details) -> link(execution, key, details, user));
  }

  private void link(DelegateExecution execution, String personKey, PersonDetails details, String user) {
    if (details == null) {
      return;
    }
    String tenantId = execution.getTenantId();
    String caseId = execution.getProcessInstanceId();
    String linked = registry.linkedPerson(caseId, personKey).orElse(null);
    if (linked == null) {
      Beneficiary person = registry.findOrCreate(tenantId, details, user, now());
      registry.link(caseId, personKey, person.id(), tenantId, processKey(execution), now());
      return;
    }
    Beneficiary person = registry.find(linked).orElseThrow();
    if (details.hasNik() && !person.details().hasNik()) {
      Beneficiary holder = registry.findByNik(tenantId, details.nik()).orElse(null);
      if (holder == null) {
        registry.assignNik(person.id(), details.nik());
      } else {
        registry.merge(tenantId, person.id(), holder.id(), user,
            "NIK ditemukan pada kasus " + caseNumber(execution), now());
        person = holder;
      }
    }
    registry.completeDetails(person.id(), details);
  }

  private static String caseNumber(DelegateExecution execution) {
    return execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
        : execution.getProcessInstanceId();
  }

  private static String processKey(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getKey();
  }

  private static String currentUser(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_USER;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
