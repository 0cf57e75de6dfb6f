package id.go.dinsos.sop.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Which people a process's cases are about and where its forms keep them, and at which step the client or
 * guardian consents to a referral. One per SOP, listed in {@link CasePeopleMappings}; no SOP needs Java code
 * of its own for its case file.
 *
 * @param people the persons named by single form fields (the anak, the lansia, the pemohon)
 * @param cohort for SOPs that serve a group at once (a cohort of PM): the variable holding them, else null
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

  /** The same mapping, with the members of a cohort read from a JSON array variable. */
  public CasePeopleMapping withCohort(String variableName, PersonFields eachMember) {
    return new CasePeopleMapping(processDefinitionKey, people, new Cohort(variableName, eachMember), consentSteps);
  }

  /** The same mapping, with the referral consent taken at that user task. */
  public CasePeopleMapping withConsentAt(String taskId, String givenByVariable, String giverNameVariable) {
    List<ConsentStep> steps = new ArrayList<>(consentSteps);
    steps.add(new ConsentStep(taskId, givenByVariable, giverNameVariable));
    return new CasePeopleMapping(processDefinitionKey, people, cohort, steps);
  }

  /**
   * A JSON array of the group's members (a String or JSON variable), each an object whose properties are
   * named by {@code eachMember}; the members are linked as {@code <key>-1}, {@code <key>-2}, …
   */
  public record Cohort(String variableName, PersonFields eachMember) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Each member the variable's value lists, in its order (null where an entry names nobody yet).
     *
     * @throws IllegalArgumentException when the value is not a JSON array, with the reason in Indonesian
     */
    public List<PersonDetails> members(Object value) {
      if (value == null) {
        return List.of();
      }
      JsonNode members;
      try {
        members = JSON.readTree(value.toString());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Daftar PM pada variabel " + variableName + " bukan JSON yang sah.", e);
      }
      if (!members.isArray()) {
        throw new IllegalArgumentException("Daftar PM pada variabel " + variableName + " harus berupa daftar (array).");
      }
      List<PersonDetails> read = new ArrayList<>();
      members.forEach(member -> read.add(eachMember.read(name -> member.hasNonNull(name) ? member.get(name).asText()
          : null)));
      return read;
    }

    /** The key of the {@code index}-th member (from 0) in the case: {@code pm-1}, {@code pm-2}, … */
    public String memberKey(int index) {
      return eachMember.key() + "-" + (index + 1);
    }
  }

  /**
   * A referral step: {@code givenByVariable} holds {@link ReferralConsent#BY_CLIENT} or
   * {@link ReferralConsent#BY_GUARDIAN}, {@code giverNameVariable} who consented.
   */
  public record ConsentStep(String taskId, String givenByVariable, String giverNameVariable) {}
}
