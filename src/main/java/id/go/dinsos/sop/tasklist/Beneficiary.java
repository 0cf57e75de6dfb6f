package id.go.dinsos.sop.tasklist;

import id.go.dinsos.sop.nik.Nik;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables;
import id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who a case is for (the child, the lansia, the applicant), as Tasklist's task cards show it: the name
 * and the NIK with its middle digits hidden, e.g. {@code Budi Santoso (NIK 352001**********)}. Each SOP
 * names the two variables of its start form; a new SOP adds its line to {@link #VARIABLES_BY_PROCESS}.
 *
 * @param nameVariable the process variable with the beneficiary's name
 * @param nikVariable the process variable with the beneficiary's NIK (may be empty: no identity document)
 */
public record Beneficiary(String nameVariable, String nikVariable) {

  /** The task variable with the text, shown as a column of every Tasklist filter. */
  public static final String TASK_VARIABLE = "penerimaManfaat";

  static final Map<String, Beneficiary> VARIABLES_BY_PROCESS = Map.of(
      AnjalAtVariables.PROCESS_ID, new Beneficiary(AnjalAtVariables.ANAK_NAMA, AnjalAtVariables.ANAK_NIK),
      LansiaPantiJompoVariables.PROCESS_ID,
      new Beneficiary(LansiaPantiJompoVariables.LANSIA_NAMA, LansiaPantiJompoVariables.LANSIA_NIK),
      BantuanOrangTerlantarVariables.PROCESS_ID,
      new Beneficiary(BantuanOrangTerlantarVariables.PEMOHON_NAMA, BantuanOrangTerlantarVariables.PEMOHON_NIK));

  public static Optional<Beneficiary> of(String processDefinitionKey) {
    return Optional.ofNullable(VARIABLES_BY_PROCESS.get(processDefinitionKey));
  }

  /** The card text from the case's variables (by name); empty while the name is not known. */
  public Optional<String> describe(Function<String, Object> variables) {
    Object name = variables.apply(nameVariable);
    if (!(name instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    Object nik = variables.apply(nikVariable);
    return Optional.of(text.strip() + " (" + maskedNik(nik instanceof String digits ? digits.strip() : "") + ")");
  }

  /** {@code NIK 352001**********} ({@link Nik#mask}): never the birth date and serial. */
  static String maskedNik(String nik) {
    return nik.isEmpty() ? "tanpa NIK" : "NIK " + Nik.mask(nik);
  }
}
