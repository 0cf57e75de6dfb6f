package id.go.dinsos.sop.support;

import id.go.dinsos.sop.document.DocumentDelegate;
import id.go.dinsos.sop.document.DocumentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code ${documentGenerator}} in process tests: takes the same fields, checks what the real delegate
 * would refuse (an unknown kind, a required value missing or blank at that point of the case) and, instead of a PDF,
 * records which document the step issued and writes the number variable the real one writes. One stand-in serves
 * every step, while the engine sets only the fields a step declares and the real (prototype) delegate is fresh per
 * step: so each execution forgets its fields when done, and a step without {@code resultVariable} writes under its
 * kind's default stem, never the previous step's.
 */
public class RecordingDocumentGenerator implements JavaDelegate {

  /** One document a step issued: the kind, the variable stem, the step and the case. */
  public record Issued(DocumentKind kind, String stem, String activityId, String processInstanceId) {}

  private final List<Issued> issued = new ArrayList<>();
  private Expression kind;
  /** Accepted (a diagram may choose a template) but not rendered here. */
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
    try {
      record(execution);
    } finally {
      kind = null;
      template = null;
      resultVariable = null;
    }
  }

  private void record(DelegateExecution execution) {
    DocumentKind documentKind = DocumentDelegate.kind(kind, execution);
    List<String> missing = documentKind.requiredVariables().stream()
        .filter(name -> {
          Object value = DocumentDelegate.read(execution, name);
          return value == null || value.toString().isBlank();
        }).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError(documentKind + " at " + execution.getCurrentActivityId() + " lacks " + missing);
    }
    String stem = DocumentDelegate.resultStem(resultVariable, execution, documentKind);
    issued.add(new Issued(documentKind, stem, execution.getCurrentActivityId(), execution.getProcessInstanceId()));
    execution.setVariable(stem + "Nomor", "UJI/" + documentKind.code() + "/" + issued.size());
  }

  /** The kinds the steps of that case issued, in order. */
  public List<DocumentKind> kindsIssued(String processInstanceId) {
    return issued.stream().filter(document -> document.processInstanceId().equals(processInstanceId))
        .map(Issued::kind).toList();
  }

  public List<Issued> issued() {
    return Collections.unmodifiableList(issued);
  }
}
