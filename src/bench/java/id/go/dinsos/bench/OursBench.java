package id.go.dinsos.bench;

import id.go.dinsos.sop.document.DocumentDelegate;
import id.go.dinsos.sop.document.DocumentIssuer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Added to our deployment for the benchmark: the document steps can be switched off ({@link #documents}), so that
 * the "documents excluded" figures run the very same application with only the PDF work left out.
 */
@Configuration(proxyBeanMethods = false)
public class OursBench {

  static volatile boolean documents = true;

  @Bean
  static BeanPostProcessor switchableDocuments(ObjectProvider<DocumentIssuer> issuer) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return DocumentDelegate.BEAN_NAME.equals(beanName) ? new SwitchableDocumentDelegate(issuer.getObject()) : bean;
      }
    };
  }

  /** Our document delegate, or its bare-engine stand-in while documents are off. */
  public static final class SwitchableDocumentDelegate extends DocumentDelegate {

    private Expression kind;
    private Expression resultVariable;

    public SwitchableDocumentDelegate(DocumentIssuer issuer) {
      super(issuer);
    }

    @Override
    public void setKind(Expression kind) {
      super.setKind(kind);
      this.kind = kind;
    }

    @Override
    public void setResultVariable(Expression resultVariable) {
      super.setResultVariable(resultVariable);
      this.resultVariable = resultVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
      if (documents) {
        super.execute(execution);
      } else {
        NoOpDocuments.markIssued(execution, kind, resultVariable);
      }
    }
  }
}
