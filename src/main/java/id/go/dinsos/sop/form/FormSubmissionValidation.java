package id.go.dinsos.sop.form;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: every start event and user task that has a Camunda Form ({@code camunda:formRef})
 * validates what is submitted against that form before the engine accepts it. A refused submission
 * rolls back the whole transaction, so nothing of it is saved; the REST API answers 400 with the
 * Indonesian message, which Tasklist shows. The engine wraps whatever a task listener throws in a generic
 * exception (which the REST API reports as 500), so a command interceptor hands the validation error on
 * unwrapped.
 */
@Component
public class FormSubmissionValidation extends AbstractProcessEnginePlugin {

  private final FormSchemaValidator validator;

  public FormSubmissionValidation(FormSchemaValidator validator) {
    this.validator = validator;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new UnwrapValidationError());
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (hasCamundaForm(element)) {
          startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
              check(() -> execution.getProcessEngineServices().getFormService()
                  .getDeployedStartForm(execution.getProcessDefinitionId()), execution.getVariables()));
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl userTask) {
        if (hasCamundaForm(element)) {
          ((UserTaskActivityBehavior) userTask.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task ->
                  check(() -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()),
                      task.getVariables()));
        }
      }
    });
  }

  private static boolean hasCamundaForm(Element element) {
    return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
  }

  private void check(Supplier<InputStream> form, Map<String, Object> values) {
    // the engine has already checked that this user may start the case or complete the task; reading the form it
    // submits needs no second authorization query in the same command
    InputStream schema = Context.getCommandContext().runWithoutAuthorization((Callable<InputStream>) form::get);
    List<String> errors = validator.validate(schema, values);
    if (!errors.isEmpty()) {
      throw new FormFieldValidationException("formulir", "Data belum dapat disimpan: " + String.join(" ", errors));
    }
  }

  /** Rethrows a refused submission as the {@link FormFieldValidationException} it is, however deeply wrapped. */
  static final class UnwrapValidationError extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException refused) {
            throw refused;
          }
        }
        throw e;
      }
    }
  }
}
