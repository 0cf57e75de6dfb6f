package id.go.dinsos.sop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian translation of each webapp ({@code app/<app>/locales/id.json} of the application)
 * against the English file of the Camunda 7.24 webjar on the classpath: every key there, nothing
 * else, and in every value the same placeholders ({{...}}, %d, %s, {}) and the same HTML markup.
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  /** Angular/moment placeholders and the HTML elements the English texts use (not <null>, <version>…). */
  private static final Pattern PLACEHOLDER_OR_MARKUP =
      Pattern.compile("\\{\\{[^}]*}}|%[ds]|\\{}|</?(?:a|br|strong|em|b|i|span|code|p)\\b[^>]*>|&[a-z]+;");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void indonesianHasEveryEnglishKeyWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> indonesian = flatten(read(app, "id"));

    assertThat(english).as("en.json of %s in the webjar", app).isNotEmpty();
    assertThat(indonesian.keySet()).as("keys of %s/id.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
    List<String> differing = new ArrayList<>();
    english.forEach((key, text) -> {
      if (!placeholdersAndMarkup(text).equals(placeholdersAndMarkup(indonesian.get(key)))) {
        differing.add(key + ": \"" + text + "\" -> \"" + indonesian.get(key) + "\"");
      }
    });
    assertThat(differing).as("values of %s/id.json whose placeholders or markup differ from en.json", app).isEmpty();
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = LOCALES.formatted(app, language);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      // the webjar's files start with a byte order mark
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  /** Every leaf as "labels.KEY" or "dateLocales.months.0" → its text. */
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.properties().forEach(field -> flatten(path + "." + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "." + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path.substring(1), node.asText());
    }
  }

  private static List<String> placeholdersAndMarkup(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER_OR_MARKUP.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }
}
