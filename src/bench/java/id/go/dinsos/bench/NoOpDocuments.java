package id.go.dinsos.bench;

import id.go.dinsos.sop.document.DocumentDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;

/**
 * What a document step leaves behind when no document is made: only its number variable, because later input
 * parameters of the diagram read it (e.g. the recommendation cites the social report's number).
 */
public final class NoOpDocuments {

  private NoOpDocuments() {
  }

  public static void markIssued(DelegateExecution execution, Expression kind, Expression resultVariable) {
    String stem = DocumentDelegate.resultStem(resultVariable, execution, DocumentDelegate.kind(kind, execution));
    execution.setVariable(stem + "Nomor", "0001/BENCH");
  }
}
