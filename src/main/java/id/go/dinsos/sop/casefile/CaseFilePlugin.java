package id.go.dinsos.sop.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every process the case file without a listener in its diagram: when the start event is left (after the
 * start form was checked) and when a user task is completed (after its form was checked), the
 * {@link CasePeopleLinker} links the people of the case. Built-in listeners, so they also run when custom
 * listeners are skipped.
 */
@Component
public class CaseFilePlugin extends AbstractProcessEnginePlugin {

  private final CasePeopleLinker linker;

  public CaseFilePlugin(CasePeopleLinker linker) {
    this.linker = linker;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener started = linker::caseStarted;
    TaskListener completed = linker::stepCompleted;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionImpl) {
          startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_END, started);
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl userTask) {
        ((UserTaskActivityBehavior) userTask.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
      }
    });
  }
}
