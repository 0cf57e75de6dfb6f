package id.go.dinsos.sop.casefile;

import static id.go.dinsos.sop.casefile.PersonFields.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.casefile.PersonFields.Part;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The declarative mapping from a SOP's form fields to the people of its cases. */
class CasePeopleMappingTest {

  @Test
  void readsTheChildOfSopBFromItsStartForm() {
    PersonFields anak = CasePeopleMappings.forProcess(AnjalAtVariables.PROCESS_ID).orElseThrow().people().get(0);
    Map<String, Object> form = new HashMap<>(Map.of(AnjalAtVariables.ANAK_NAMA, " Andi ",
        AnjalAtVariables.ANAK_NIK, "", AnjalAtVariables.ANAK_JENIS_KELAMIN, "L",
        AnjalAtVariables.ANAK_TANGGAL_LAHIR, "2014-05-02", AnjalAtVariables.KATEGORI, "AT"));

    PersonDetails child = anak.read(form::get);

    assertThat(child.name()).isEqualTo("Andi");
    assertThat(child.hasNik()).as("an empty NIK field: a child without identity document").isFalse();
    assertThat(child.birthDate()).isEqualTo(LocalDate.of(2014, 5, 2));
    assertThat(child.category()).isEqualTo(BeneficiaryCategory.ANAK_TERLANTAR);

    form.put(AnjalAtVariables.ANAK_TANGGAL_LAHIR, "kemarin");
    assertThat(anak.read(form::get).birthDate()).as("a value the form never sends counts as unknown").isNull();
    form.remove(AnjalAtVariables.ANAK_NAMA);
    assertThat(anak.read(form::get)).as("no name yet: nobody to link").isNull();
  }

  @Test
  void aCohortVariableListsEveryMemberUnderItsOwnKey() {
    CasePeopleMapping cohortSop = CasePeopleMapping.of("contoh-bencana").withCohort("daftarPm",
        person("pm").with(Part.NIK, "nik").with(Part.NAME, "nama").with(Part.KECAMATAN, "kecamatan")
            .category(BeneficiaryCategory.KORBAN_BENCANA));

    List<PersonDetails> members = cohortSop.cohort().members(
        "[{\"nik\":\"6308014507600002\",\"nama\":\"Siti\",\"kecamatan\":\"Pelaihari\"},{\"nama\":\"Udin\"},{}]");

    assertThat(members).hasSize(3);
    assertThat(members.get(0).nik()).isEqualTo("6308014507600002");
    assertThat(members.get(0).kecamatan()).isEqualTo("Pelaihari");
    assertThat(members.get(1).hasNik()).isFalse();
    assertThat(members.get(1).category()).isEqualTo(BeneficiaryCategory.KORBAN_BENCANA);
    assertThat(members.get(2)).as("an entry without a name").isNull();
    assertThat(cohortSop.cohort().memberKey(1)).isEqualTo("pm-2");
    assertThatThrownBy(() -> cohortSop.cohort().members("{\"nama\":\"Siti\"}"))
        .hasMessageContaining("harus berupa daftar");
    assertThatThrownBy(() -> cohortSop.cohort().members("[{"))
        .hasMessageContaining("bukan JSON yang sah");
  }

  @Test
  void everyMappedFieldIsAFieldOfTheSopsFormsAndEveryConsentStepAskedThere() throws IOException {
    assertThat(CasePeopleMappings.all()).extracting(CasePeopleMapping::processDefinitionKey)
        .contains("magetan-anjal-at", "lamandau-lansia-panti-jompo", "tanah-laut-lansia-panti",
            "tanah-laut-bantuan-orang-terlantar");
    for (CasePeopleMapping mapping : CasePeopleMappings.all()) {
      Set<String> keys = formKeys(mapping.processDefinitionKey());
      for (PersonFields person : mapping.people()) {
        assertThat(keys).as("fields of %s in the forms of %s", person.key(), mapping.processDefinitionKey())
            .containsAll(person.names().values());
        if (person.categoryName() != null) {
          assertThat(keys).contains(person.categoryName());
        }
      }
      String bpmn = Files.readString(bpmn(mapping.processDefinitionKey()));
      for (CasePeopleMapping.ConsentStep step : mapping.consentSteps()) {
        assertThat(bpmn).as("consent step of %s", mapping.processDefinitionKey())
            .contains("<bpmn:userTask id=\"" + step.taskId() + "\"");
        assertThat(keys).contains(step.givenByVariable(), step.giverNameVariable());
      }
    }
  }

  private static Path bpmn(String processKey) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      return files.filter(path -> path.getFileName().toString().equals(processKey + ".bpmn")).findFirst()
          .orElseThrow();
    }
  }

  private static Set<String> formKeys(String processKey) throws IOException {
    Set<String> keys = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(bpmn(processKey).getParent())) {
      for (Path form : files.filter(path -> path.getFileName().toString().startsWith(processKey + "-")
          && path.toString().endsWith(".form")).toList()) {
        collectKeys(json.readTree(form.toFile()).path("components"), keys);
      }
    }
    return keys;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }
}
