package id.go.dinsos.sop.tasklist;

import id.go.dinsos.sop.casefile.CasePeopleMapping;
import id.go.dinsos.sop.casefile.CasePeopleMappings;
import id.go.dinsos.sop.casefile.PersonDetails;
import id.go.dinsos.sop.nik.Nik;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who a case is for, as Tasklist's task cards show it: the child, the lansia or the applicant by name and NIK with
 * its middle digits hidden, e.g. {@code Budi Santoso (NIK 352001**********)}; for a cohort SOP the batch, e.g.
 * {@code Angkatan: 3 pendaftar}, later {@code Angkatan: 2 PM dari 3 pendaftar}. Which variables name a case's
 * people is said once, in {@link CasePeopleMappings}; a SOP without people there (D, H) has no card text.
 *
 * @param people the SOP's entry in {@link CasePeopleMappings}
 */
public record Beneficiary(CasePeopleMapping people) {

  /** The task variable with the text, shown as a column of every Tasklist filter. */
  public static final String TASK_VARIABLE = "penerimaManfaat";

  public static Optional<Beneficiary> of(String processDefinitionKey) {
    return CasePeopleMappings.forProcess(processDefinitionKey).map(Beneficiary::new);
  }

  /** The card text from the case's variables (by name); empty while nobody is named yet. */
  public Optional<String> describe(Function<String, Object> variables) {
    if (people.cohort() != null) {
      return cohort(variables);
    }
    String named = people.people().stream().map(person -> person.read(variables)).filter(Objects::nonNull)
        .map(person -> person.name() + " (" + maskedNik(person) + ")").collect(Collectors.joining("; "));
    return named.isEmpty() ? Optional.empty() : Optional.of(named);
  }

  /** The counts the cohort's registration and selection write: a batch of 40 does not fit on a card by name. */
  private static Optional<String> cohort(Function<String, Object> variables) {
    Object registrants = variables.apply(CohortVariables.JUMLAH_PENDAFTAR);
    if (registrants == null) {
      return Optional.empty();
    }
    Object pm = variables.apply(CohortVariables.JUMLAH_PM);
    return Optional.of("Angkatan: " + (pm == null ? "" : pm + " PM dari ") + registrants + " pendaftar");
  }

  /** {@code NIK 352001**********} ({@link Nik#mask}): never the birth date and serial. */
  static String maskedNik(PersonDetails person) {
    return person.hasNik() ? "NIK " + Nik.mask(person.nik()) : "tanpa NIK";
  }
}
