package id.go.dinsos.sop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.process.anakterlantar.AnakTerlantarVariables;
import id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.cohort.Cohort;
import id.go.dinsos.sop.process.cohort.Registrant;
import id.go.dinsos.sop.process.cohort.RegistrantLines;
import id.go.dinsos.sop.process.lapkin.LapkinVariables;
import id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
  void aCohortSopReadsEveryRegistrantFromTheCohortsOwnVariablesUnderTheirNumber() {
    CasePeopleMapping sopA = CasePeopleMappings.forProcess(AnakTerlantarVariables.PROCESS_ID).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    assertThat(sopA.cohort().members(variables::get)).as("before the registration step: nobody yet").isEmpty();

    variables.putAll(Cohort.of(RegistrantLines.parse("""
        Siti Aminah | 6209014501100003 | P | 15 | Desa Kujan, Bulik | Ibu Rahmah (ibu)
        Dodi Saputra | - | L | 17 | Nanga Bulik |
        """).registrants()).variables());
    Map<String, PersonDetails> members = sopA.cohort().members(variables::get);

    assertThat(members).containsOnlyKeys("pendaftar-P01", "pendaftar-P02");
    PersonDetails siti = members.get("pendaftar-P01");
    assertThat(siti.nik()).isEqualTo("6209014501100003");
    assertThat(siti.name()).isEqualTo("Siti Aminah");
    assertThat(siti.sex()).isEqualTo("P");
    assertThat(siti.address()).isEqualTo("Desa Kujan, Bulik");
    assertThat(siti.familyOrGuardian()).isEqualTo("Ibu Rahmah (ibu)");
    assertThat(siti.category()).isEqualTo(BeneficiaryCategory.ANAK_TERLANTAR);
    assertThat(members.get("pendaftar-P02").hasNik()).as("registered with '-': no NIK").isFalse();
    assertThat(CasePeopleMappings.forProcess(AnakTerlantarPantiVariables.PROCESS_ID).orElseThrow().cohort())
        .as("SOP E reads its registrants the same way").isEqualTo(sopA.cohort());
  }

  @Test
  void sopsWithoutANamedPersonHaveNoMapping() {
    assertThat(CasePeopleMappings.forProcess(LogistikBencanaVariables.PROCESS_ID)).isEmpty();
    assertThat(CasePeopleMappings.forProcess(LapkinVariables.PROCESS_ID)).isEmpty();
  }

  @Test
  void everyMappedFieldIsAFieldOfTheSopsFormsAndEveryConsentStepAskedThere() throws IOException {
    assertThat(CasePeopleMappings.all()).extracting(CasePeopleMapping::processDefinitionKey)
        .containsExactlyInAnyOrder("lamandau-anak-terlantar", "magetan-anjal-at", "lamandau-lansia-panti-jompo",
            "tanah-laut-anak-terlantar-panti", "tanah-laut-lansia-panti", "tanah-laut-bantuan-orang-terlantar");
    Set<String> registrantProperties = Stream.of(Registrant.class.getRecordComponents())
        .map(RecordComponent::getName).collect(Collectors.toSet());
    for (CasePeopleMapping mapping : CasePeopleMappings.all()) {
      Set<String> keys = formKeys(mapping.processDefinitionKey());
      for (PersonFields person : mapping.people()) {
        assertThat(keys).as("fields of %s in the forms of %s", person.key(), mapping.processDefinitionKey())
            .containsAll(person.names().values());
        if (person.categoryName() != null) {
          assertThat(keys).contains(person.categoryName());
        }
      }
      if (mapping.cohort() != null) {
        assertThat(registrantProperties).as("properties of a cohort's registrant")
            .containsAll(mapping.cohort().eachMember().names().values());
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
