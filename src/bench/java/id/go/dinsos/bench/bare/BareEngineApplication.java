package id.go.dinsos.bench.bare;

import id.go.dinsos.bench.BenchDataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;

/**
 * The bare engine the benchmark compares against: the Camunda Spring Boot starter with its default configuration
 * (no authorization, no tenant check, no plugin of ours), the same diagram, and no-op delegates under our beans'
 * names. None of our application's classes or settings are loaded (it runs with its own config name).
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
@Import(BenchDataSource.class)
public class BareEngineApplication {

  @Bean
  JavaDelegate caseRegisterNumberIssuer() {
    return execution -> {
      execution.setVariable("nomorRegister", "0001/REG/BENCH");
      execution.getProcessInstance().setProcessBusinessKey("0001/REG/BENCH");
    };
  }

  @Bean
  TaskListener slaBreachRecorder() {
    return task -> { };
  }

  /** Prototype, like ours: the engine injects each step's fields into the instance it resolves. */
  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  NoOpDocumentGenerator documentGenerator() {
    return new NoOpDocumentGenerator();
  }

  /** Takes the document step's fields as ours does, and only sets the number variable later steps read. */
  public static final class NoOpDocumentGenerator implements JavaDelegate {

    private Expression kind;
    private Expression template;
    private Expression resultVariable;

    public void setKind(Expression kind) {
      this.kind = kind;
    }

    public void setTemplate(Expression template) {
      this.template = template;
    }

    public void setResultVariable(Expression resultVariable) {
      this.resultVariable = resultVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
      id.go.dinsos.bench.NoOpDocuments.markIssued(execution, kind, resultVariable);
    }
  }
}
