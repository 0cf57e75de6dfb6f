package id.go.dinsos.sop.process.cohort;

import java.util.List;

/** What staff entered cannot be applied to the cohort; each problem is a sentence in Indonesian. */
public class CohortInputException extends RuntimeException {

  private final transient List<String> problems;

  public CohortInputException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
