package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.Expression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Camunda Modeler element templates for document steps: well-formed, bound to the delegate's
 * bean and fields, one template per document kind (plus one with a drop-down of all kinds), each
 * offering the kind's fields as input parameters and naming a template file that exists.
 */
class DocumentElementTemplatesTest {

  private static final Path FILE = Path.of("processes/.camunda/element-templates/dinsos-documents.json");
  private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  /** Bindings of Camunda 7 element templates and the property types each accepts (element-templates-json-schema). */
  private static final Map<String, Set<String>> TYPES_PER_BINDING = Map.of(
      "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
      "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
      "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"));

  private static JsonNode templates;

  @BeforeAll
  static void read() throws IOException {
    templates = new ObjectMapper().readTree(Files.readString(FILE));
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }

  private static List<JsonNode> bindings(JsonNode template, String type) {
    return stream(template.get("properties")).filter(p -> p.get("binding").get("type").asText().equals(type)).toList();
  }

  private static JsonNode field(JsonNode template, String name) {
    return bindings(template, "camunda:field").stream().filter(p -> p.get("binding").get("name").asText().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(template.get("id") + " has no field " + name));
  }

  @Test
  void everyTemplateIsACamunda7ServiceTaskTemplateForTheDelegate() {
    assertThat(templates.isArray()).isTrue();
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates) {
      String id = template.get("id").asText();
      assertThat(ids.add(id)).as("unique id %s", id).isTrue();
      assertThat(template.get("$schema").asText()).isEqualTo(SCHEMA);
      assertThat(template.get("name").asText()).as(id).startsWith("Dokumen");
      assertThat(template.get("version").asInt()).as(id).isPositive();
      assertThat(stream(template.get("appliesTo")).map(JsonNode::asText)).as(id).containsExactly("bpmn:ServiceTask");
      assertThat(template.get("elementType").get("value").asText()).isEqualTo("bpmn:ServiceTask");
      Set<String> groups = new HashSet<>();
      template.get("groups").forEach(group -> groups.add(group.get("id").asText()));

      for (JsonNode property : template.get("properties")) {
        JsonNode binding = property.get("binding");
        String type = property.get("type").asText();
        assertThat(TYPES_PER_BINDING).as("%s binding", id).containsKey(binding.get("type").asText());
        assertThat(TYPES_PER_BINDING.get(binding.get("type").asText())).as("%s %s", id, binding).contains(type);
        assertThat(binding.hasNonNull("name")).as("%s %s", id, binding).isTrue();
        if (!type.equals("Hidden")) {
          assertThat(property.hasNonNull("label")).as("%s %s", id, binding).isTrue();
          assertThat(groups).as("%s %s", id, binding).contains(property.get("group").asText());
        }
        if (type.equals("Dropdown")) {
          assertThat(property.get("choices").size()).isPositive();
        }
        if (binding.get("type").asText().equals("camunda:field")) {
          // Camunda rejects a field without a value on deployment, so fields always have one
          assertThat(property.get("value").asText()).as("%s %s", id, binding).isNotBlank();
          assertThat(setterFor(binding.get("name").asText())).as("the delegate takes field %s", binding.get("name")).isTrue();
        }
      }
      List<JsonNode> implementation = bindings(template, "property");
      assertThat(implementation).anySatisfy(p -> {
        assertThat(p.get("binding").get("name").asText()).isEqualTo("camunda:delegateExpression");
        assertThat(p.get("type").asText()).isEqualTo("Hidden");
        assertThat(p.get("value").asText()).isEqualTo("${" + DocumentDelegate.BEAN_NAME + "}");
      });
      assertThat(implementation).anySatisfy(p -> {
        assertThat(p.get("binding").get("name").asText()).isEqualTo("camunda:asyncBefore");
        assertThat(p.get("value").asBoolean()).isTrue();
      });
    }
  }

  @Test
  void theGenericTemplateOffersEveryKindInADropDown() {
    JsonNode generic = stream(templates).filter(t -> t.get("id").asText().equals("id.go.dinsos.sop.dokumen")).findFirst()
        .orElseThrow();
    JsonNode kind = field(generic, DocumentDelegate.FIELD_KIND);
    assertThat(kind.get("type").asText()).isEqualTo("Dropdown");
    assertThat(stream(kind.get("choices")).map(choice -> choice.get("value").asText()))
        .containsExactly(Arrays.stream(DocumentKind.values()).map(Enum::name).toArray(String[]::new));
    assertThat(stream(kind.get("choices")).map(choice -> choice.get("name").asText()))
        .containsExactly(Arrays.stream(DocumentKind.values()).map(DocumentKind::title).toArray(String[]::new));
    assertThat(field(generic, DocumentDelegate.FIELD_TEMPLATE).get("value").asText()).isEqualTo(DocumentDelegate.DEFAULT);
    assertThat(field(generic, DocumentDelegate.FIELD_RESULT_VARIABLE).get("value").asText()).isEqualTo(DocumentDelegate.DEFAULT);
  }

  @Test
  void eachKindHasATemplateWithItsFieldsAsInputParametersAndAnExistingTemplateFile() {
    for (DocumentKind kind : DocumentKind.values()) {
      List<JsonNode> forKind = stream(templates).filter(t -> t.get("properties").findValues("value").stream()
          .anyMatch(v -> v.asText().equals(kind.name())) && bindings(t, "camunda:field").stream()
          .anyMatch(p -> p.get("binding").get("name").asText().equals("kind") && p.get("type").asText().equals("Hidden")))
          .toList();
      assertThat(forKind).as("templates for %s", kind).hasSize(1);
      JsonNode template = forKind.get(0);
      assertThat(template.get("name").asText()).isEqualTo("Dokumen: " + kind.title());
      assertThat(field(template, DocumentDelegate.FIELD_KIND).get("value").asText()).isEqualTo(kind.name());

      String templateName = field(template, DocumentDelegate.FIELD_TEMPLATE).get("value").asText();
      assertThat(templateName).isEqualTo(kind.templateName());
      assertThat(new ClassPathResource(DocumentTemplates.CLASSPATH_FOLDER + templateName + ".html").exists())
          .as("template file of %s", kind).isTrue();
      assertThat(field(template, DocumentDelegate.FIELD_RESULT_VARIABLE).get("value").asText())
          .isEqualTo(kind.resultVariable());

      List<String> inputs = bindings(template, "camunda:inputParameter").stream()
          .map(p -> p.get("binding").get("name").asText()).toList();
      assertThat(inputs).as("inputs of %s", kind)
          .containsExactly(kind.fields().stream().map(DocumentField::name).toArray(String[]::new));
      for (JsonNode input : bindings(template, "camunda:inputParameter")) {
        DocumentField documentField = kind.fields().stream()
            .filter(f -> f.name().equals(input.get("binding").get("name").asText())).findFirst().orElseThrow();
        assertThat(input.get("value").asText()).as("empty = the process variable of the same name").isEmpty();
        assertThat(input.get("label").asText()).startsWith(documentField.label());
        assertThat(input.get("label").asText().endsWith("*")).isEqualTo(documentField.required());
      }
    }
  }

  @Test
  void everyBundledTemplateBelongsToAKind() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", DocumentTemplates.CLASSPATH_FOLDER))) {
      files.map(file -> file.getFileName().toString().replace(".html", "")).forEach(names::add);
    }
    names.remove("layout");
    assertThat(names).containsExactlyInAnyOrder(
        Arrays.stream(DocumentKind.values()).map(DocumentKind::templateName).toArray(String[]::new));
  }

  private static boolean setterFor(String field) {
    String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    try {
      DocumentDelegate.class.getMethod(setter, Expression.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
