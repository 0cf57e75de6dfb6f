package id.go.dinsos.sop.support;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link SopStep} whose enum constant carries its values as one {@link Definition}, so an SOP test lists its steps
 * without repeating the fields, constructor and accessors of the interface:
 * {@code enum Step implements DefinedStep { CHECK(Definition.timed(...)), ...; public Definition definition() ... }}.
 */
public interface DefinedStep extends SopStep {

  /**
   * What the step is: see {@link SopStep} for each value; {@code timerId}, {@code escalationKey} and
   * {@code supervisorGroup} are null exactly when {@code mutuBaku} is.
   */
  record Definition(String taskKey, String group, String mutuBaku, String timerId, String escalationKey,
      String supervisorGroup, String formId, Supplier<Map<String, Object>> values) {

    /** A step with a mutu baku: due date, timer and the supervisor's escalation task. */
    public static Definition timed(String taskKey, String group, String mutuBaku, String timerId,
        String escalationKey, String supervisorGroup, String formId, Supplier<Map<String, Object>> values) {
      return new Definition(taskKey, group, mutuBaku, timerId, escalationKey, supervisorGroup, formId, values);
    }

    /** A step without a mutu baku: no due date, no timer. */
    public static Definition untimed(String taskKey, String group, String formId,
        Supplier<Map<String, Object>> values) {
      return new Definition(taskKey, group, null, null, null, null, formId, values);
    }
  }

  Definition definition();

  @Override default String taskKey() { return definition().taskKey(); }
  @Override default String group() { return definition().group(); }
  @Override default String mutuBaku() { return definition().mutuBaku(); }
  @Override default String formId() { return definition().formId(); }
  @Override default String timerId() { return definition().timerId(); }
  @Override default String escalationKey() { return definition().escalationKey(); }
  @Override default String supervisorGroup() { return definition().supervisorGroup(); }
  @Override default Map<String, Object> formValues() { return definition().values().get(); }
}
