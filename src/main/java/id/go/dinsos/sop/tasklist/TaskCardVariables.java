package id.go.dinsos.sop.tasklist;

import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts on each task, as task variables, what its Tasklist card shows: the case's register number and
 * the beneficiary ({@link Beneficiary}). Staff may read their tasks but not whole process instances
 * (least privilege), and Tasklist reads card variables with the caller's permissions: a task variable
 * is what they can see.
 */
@Component
public class TaskCardVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl userTask) {
        Optional<Beneficiary> beneficiary = Beneficiary.of(
            ((ProcessDefinitionEntity) userTask.getProcessDefinition()).getKey());
        ((UserTaskActivityBehavior) userTask.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> copyToTask(task, beneficiary));
      }
    });
  }

  private static void copyToTask(DelegateTask task, Optional<Beneficiary> beneficiary) {
    Object number = task.getVariable(CaseRegisterNumberIssuer.NOMOR_REGISTER);
    if (number != null) {
      task.setVariableLocal(CaseRegisterNumberIssuer.NOMOR_REGISTER, number);
    }
    beneficiary.flatMap(who -> who.describe(task::getVariable))
        .ifPresent(text -> task.setVariableLocal(Beneficiary.TASK_VARIABLE, text));
  }
}
