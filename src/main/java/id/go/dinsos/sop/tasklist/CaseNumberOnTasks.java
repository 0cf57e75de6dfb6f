package id.go.dinsos.sop.tasklist;

import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the case's register number on each of its tasks as a task variable, so Tasklist's filters show
 * it on every task card. Staff may read their tasks but not whole process instances (least privilege),
 * and Tasklist reads card variables with the caller's permissions: a task variable is what they can see.
 */
@Component
public class CaseNumberOnTasks extends AbstractProcessEnginePlugin {

  private static final TaskListener COPY_CASE_NUMBER = task -> {
    Object number = task.getVariable(CaseRegisterNumberIssuer.NOMOR_REGISTER);
    if (number != null) {
      task.setVariableLocal(CaseRegisterNumberIssuer.NOMOR_REGISTER, number);
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl userTask) {
        ((UserTaskActivityBehavior) userTask.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_CASE_NUMBER);
      }
    });
  }
}
