package id.go.dinsos.sop.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The conventions of an SOP's Camunda Forms, checked on what a process test deployed: each form is deployed from a
 * file named after its id, targets Camunda Platform 7.24 with schema version 16, has unique component ids and keys,
 * and every key is a constant of the SOP's {@code *Variables} class (so code and tests name each process variable
 * through that class).
 */
public final class SopForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SopForms() {
  }

  /** Checks every deployed form and that exactly {@code expectedFormIds} are deployed. */
  public static void assertDeployedFormsFollowConventions(RepositoryService repositoryService, String deploymentId,
      Class<?> variablesClass, Set<String> expectedFormIds) {
    Set<String> known = constants(variablesClass);
    Set<String> deployed = new HashSet<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      JsonNode form;
      try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource)) {
        form = JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String formId = form.path("id").asText();
      assertThat(resource).as("file name of form %s", formId).endsWith("/" + formId + ".form");
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      Set<String> ids = new HashSet<>();
      Set<String> keys = new HashSet<>();
      for (JsonNode component : form.path("components")) {
        assertThat(ids.add(component.path("id").asText())).as("unique id in %s", formId).isTrue();
        if (component.has("key")) {
          String key = component.path("key").asText();
          assertThat(keys.add(key)).as("unique key %s in %s", key, formId).isTrue();
          assertThat(known).as("key %s of %s is a constant of %s", key, formId, variablesClass.getSimpleName())
              .contains(key);
        }
      }
      deployed.add(formId);
    }
    assertThat(deployed).isEqualTo(expectedFormIds);
  }

  /** The values of the class's {@code static final String} constants. */
  public static Set<String> constants(Class<?> variablesClass) {
    Set<String> values = new HashSet<>();
    for (Field field : variablesClass.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return values;
  }
}
