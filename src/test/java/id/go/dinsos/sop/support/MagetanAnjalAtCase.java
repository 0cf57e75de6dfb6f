package id.go.dinsos.sop.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One SOP B case on its path to the balai, read from {@code cases/magetan-anjal-at.json}: the start form's values and
 * each step's, with the role that works it. The same file feeds the REST tests, the benchmark and
 * {@code .ci/cluster-test}; every variable name in it must be one of {@link AnjalAtVariables}' constants.
 */
public final class MagetanAnjalAtCase {

  /** The office whose demo users work the case. */
  public static final String OFFICE = "magetan";

  /** One step: the task's key, the role whose user works it, what its form submits. */
  public record Step(String task, String role, Map<String, Object> values) {

    public String user() {
      return role + "." + OFFICE;
    }
  }

  private record Fixture(Step start, List<Step> steps) {
  }

  private static final Fixture CASE = read();

  private MagetanAnjalAtCase() {
  }

  /** The start form's report (a fresh, modifiable copy). */
  public static Map<String, Object> laporan() {
    return new LinkedHashMap<>(CASE.start().values());
  }

  /** The role that starts the case. */
  public static String starterRole() {
    return CASE.start().role();
  }

  /** Every step in order, from the check of the files to the balai's receipt. */
  public static List<Step> steps() {
    return CASE.steps();
  }

  /** What the form of the step with this task key submits (a fresh, modifiable copy). */
  public static Map<String, Object> values(String task) {
    return new LinkedHashMap<>(CASE.steps().stream().filter(step -> step.task().equals(task)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + task + " in cases/magetan-anjal-at.json"))
        .values());
  }

  private static Fixture read() {
    try (InputStream in = MagetanAnjalAtCase.class.getResourceAsStream("/cases/magetan-anjal-at.json")) {
      ObjectMapper mapper = new ObjectMapper();
      Map<String, Object> json = mapper.readValue(in, new TypeReference<>() { });
      Step start = step(mapper, json.get("start"));
      List<Step> steps = ((List<?>) json.get("steps")).stream().map(step -> step(mapper, step)).toList();
      Set<String> declared = declaredNames();
      for (Step step : Stream.concat(Stream.of(start), steps.stream()).toList()) {
        if (step.task() != null && !declared.contains(step.task())) {
          throw new IllegalStateException("cases/magetan-anjal-at.json: task " + step.task()
              + " is no constant of AnjalAtVariables");
        }
        for (String name : step.values().keySet()) {
          if (!declared.contains(name)) {
            throw new IllegalStateException("cases/magetan-anjal-at.json: variable " + name
                + " is no constant of AnjalAtVariables");
          }
        }
      }
      return new Fixture(start, steps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A step of the file; the start has no task key. */
  private static Step step(ObjectMapper mapper, Object node) {
    Map<?, ?> map = (Map<?, ?>) node;
    Map<String, Object> values = mapper.convertValue(map.get("values"), new TypeReference<>() { });
    return new Step(map.get("task") == null ? null : map.get("task").toString(), map.get("role").toString(), values);
  }

  private static Set<String> declaredNames() {
    return Arrays.stream(AnjalAtVariables.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
        .map(MagetanAnjalAtCase::value).collect(Collectors.toSet());
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
