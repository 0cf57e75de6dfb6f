package id.go.dinsos.sop.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The document step of every SOP: a service task with
 * {@code camunda:delegateExpression="${documentGenerator}"} and the fields
 * <ul>
 *   <li>{@code kind} (required): a {@link DocumentKind} name, e.g. {@code SURAT_TUGAS};</li>
 *   <li>{@code template} (optional): another template than the kind's default, e.g. {@code surat-tugas-penjemputan};
 *       absent, empty or {@value #DEFAULT} for the kind's default;</li>
 *   <li>{@code resultVariable} (optional): the stem of the variables written, when a case issues the same kind
 *       twice; absent, empty or {@value #DEFAULT} for {@code dokumen<Kind>}, e.g. {@code dokumenSuratTugas}.</li>
 * </ul>
 * It reads the kind's fields from the variables of the same name (an input parameter on the task
 * maps a differently named process variable, e.g. {@code klienNama = ${anakNama}}), issues the
 * document (number, PDF, archive: {@link DocumentIssuer}), writes {@code <stem>Id}, {@code <stem>Nomor},
 * {@code <stem>Sha256} and {@code <stem>Verifikasi}, and attaches the PDF to the process instance.
 *
 * <p>Prototype scope: the engine injects the fields into the bean it resolves for each execution,
 * so each execution gets its own instance and concurrent steps never see each other's fields.
 */
@Component(DocumentDelegate.BEAN_NAME)
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DocumentDelegate implements JavaDelegate {

  public static final String BEAN_NAME = "documentGenerator";
  public static final String FIELD_KIND = "kind";
  public static final String FIELD_TEMPLATE = "template";
  public static final String FIELD_RESULT_VARIABLE = "resultVariable";
  /** Optional variable naming the issuer when no user is logged in and no task was completed before the step. */
  public static final String ISSUED_BY_VARIABLE = "dokumenDiterbitkanOleh";
  public static final String SYSTEM_USER = "sistem";
  /** The value of the optional fields meaning "the kind's default" (a field must have a value in the BPMN). */
  public static final String DEFAULT = "bawaan";
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final DocumentIssuer issuer;

  private Expression kind;
  private Expression template;
  private Expression resultVariable;

  public DocumentDelegate(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

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
    DocumentKind documentKind = kind(kind, execution);
    String stem = resultStem(resultVariable, execution, documentKind);
    IssuedDocument issued = issuer.issue(new DocumentRequest(execution.getTenantId(), documentKind,
        text(template, execution), name -> read(execution, name), execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), issuedBy(execution),
        ClockUtil.getCurrentTime().toInstant()));

    ArchivedDocument document = issued.archived();
    execution.setVariable(stem + "Id", document.id());
    execution.setVariable(stem + "Nomor", document.number());
    execution.setVariable(stem + "Sha256", document.sha256());
    execution.setVariable(stem + "Verifikasi", issued.verificationUrl());
    execution.getProcessEngineServices().getTaskService().createAttachment("application/pdf", null,
        execution.getProcessInstanceId(), issued.fileName(),
        document.kind().title() + " Nomor " + document.number() + " (SHA-256 " + document.sha256() + "), verifikasi: "
            + issued.verificationUrl(),
        new ByteArrayInputStream(issued.pdf()));
  }

  /**
   * The step's document kind from its {@code kind} field, with a clear message when it is missing or unknown; also
   * read by the stand-ins of this delegate in the process tests and the benchmark, so that they take the fields
   * exactly as the step does.
   */
  public static DocumentKind kind(Expression kind, DelegateExecution execution) {
    String name = text(kind, execution);
    if (name == null) {
      throw new IllegalStateException("Dokumen tidak dapat dibuat: jenis dokumen (field 'kind') pada langkah '"
          + execution.getCurrentActivityId() + "' belum diisi; pilihan: " + DocumentKind.names());
    }
    return DocumentKind.byName(name).orElseThrow(() -> new IllegalStateException("Dokumen tidak dapat dibuat: jenis dokumen '"
        + name + "' pada langkah '" + execution.getCurrentActivityId() + "' tidak dikenal; pilihan: " + DocumentKind.names()));
  }

  /** The stem of the variables the step writes: its {@code resultVariable} field, or the kind's default. */
  public static String resultStem(Expression resultVariable, DelegateExecution execution, DocumentKind documentKind) {
    String stem = text(resultVariable, execution);
    if (stem == null) {
      return documentKind.resultVariable();
    }
    if (!VARIABLE_NAME.matcher(stem).matches()) {
      throw new IllegalStateException("Dokumen " + documentKind.title() + " tidak dapat dibuat: nama variabel hasil '"
          + stem + "' (field 'resultVariable') tidak sah");
    }
    return stem;
  }

  /**
   * The variable's value. An input parameter left empty on the task (as the element template
   * creates it) stands for the process variable of the same name, so it is looked up above the task.
   */
  public static Object read(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null && execution.hasVariableLocal(name) && execution instanceof ExecutionEntity entity
        && entity.getParent() != null) {
      value = entity.getParent().getVariable(name);
    }
    return value;
  }

  /** The logged-in user, else the variable {@value #ISSUED_BY_VARIABLE}, else the last task's assignee, else "sistem". */
  private static String issuedBy(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    Object named = execution.getVariable(ISSUED_BY_VARIABLE);
    if (named != null && !named.toString().isBlank()) {
      return named.toString().strip();
    }
    List<HistoricTaskInstance> lastTask = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .finished().taskAssigned().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
    return lastTask.isEmpty() ? SYSTEM_USER : lastTask.get(0).getAssignee();
  }

  private static String text(Expression expression, DelegateExecution execution) {
    if (expression == null) {
      return null;
    }
    Object value = expression.getValue(execution);
    return value == null || value.toString().isBlank() || value.toString().strip().equals(DEFAULT) ? null
        : value.toString().strip();
  }
}
