package id.go.dinsos.sop.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.process.cohort.Registrant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which people a process's cases are about and where its forms keep them, and at which step the client or
 * guardian consents to a referral. One per SOP, listed in {@link CasePeopleMappings}; no SOP needs Java code
 * of its own for its case file.
 *
 * @param people the persons named by single form fields (the anak, the lansia, the pemohon)
 * @param cohort for SOPs that serve a group at once (a cohort, angkatan): how its registrants are read, else null
 * @param consentSteps the referral steps whose form records the consent
 */
public record CasePeopleMapping(String processDefinitionKey, List<PersonFields> people, Cohort cohort,
    List<ConsentStep> consentSteps) {

  public CasePeopleMapping {
    people = List.copyOf(people);
    consentSteps = List.copyOf(consentSteps);
  }

  public static CasePeopleMapping of(String processDefinitionKey, PersonFields... people) {
    return new CasePeopleMapping(processDefinitionKey, List.of(people), null, List.of());
  }

  /**
   * The same mapping, for a cohort SOP ({@code process/cohort/}): every registrant of the case's batch, each read
   * from their own variable ({@code pendaftarP01}, …) with the properties {@code eachRegistrant} names.
   */
  public CasePeopleMapping withCohort(PersonFields eachRegistrant) {
    return new CasePeopleMapping(processDefinitionKey, people, new Cohort(eachRegistrant), consentSteps);
  }

  /** The same mapping, with the referral consent taken at that user task. */
  public CasePeopleMapping withConsentAt(String taskId, String givenByVariable, String giverNameVariable) {
    List<ConsentStep> steps = new ArrayList<>(consentSteps);
    steps.add(new ConsentStep(taskId, givenByVariable, giverNameVariable));
    return new CasePeopleMapping(processDefinitionKey, people, cohort, steps);
  }

  /**
   * The registrants of a cohort case, as {@link id.go.dinsos.sop.process.cohort.Cohort} keeps them: the index
   * {@value CohortVariables#DAFTAR_NOMOR_PENDAFTAR} and one JSON variable per registrant, whose properties
   * ({@code nama}, {@code nik}, {@code jenisKelamin}, {@code alamat}, {@code keluarga}) {@code eachMember} names.
   * Each is linked as {@code <key>-<nomor>}, e.g. {@code pendaftar-P01}.
   */
  public record Cohort(PersonFields eachMember) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each registrant by their key, in registration order; none before the registration step. */
    public Map<String, PersonDetails> members(Function<String, Object> variables) {
      Object index = variables.apply(CohortVariables.DAFTAR_NOMOR_PENDAFTAR);
      if (index == null || index.toString().isBlank()) {
        return Map.of();
      }
      Map<String, PersonDetails> members = new LinkedHashMap<>();
      for (Registrant registrant : id.go.dinsos.sop.process.cohort.Cohort.read(variables).registrants()) {
        JsonNode properties = JSON.valueToTree(registrant);
        members.put(memberKey(registrant.nomor()), eachMember.read(name -> properties.hasNonNull(name)
            ? properties.get(name).asText() : null));
      }
      return members;
    }

    /** The key of the registrant numbered {@code nomor} in the case: {@code pendaftar-P01}, … */
    public String memberKey(String nomor) {
      return eachMember.key() + "-" + nomor;
    }
  }

  /**
   * A referral step: {@code givenByVariable} holds {@link ReferralConsent#BY_CLIENT} or
   * {@link ReferralConsent#BY_GUARDIAN}, {@code giverNameVariable} who consented.
   */
  public record ConsentStep(String taskId, String givenByVariable, String giverNameVariable) {}
}
