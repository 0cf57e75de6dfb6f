package id.go.dinsos.sop.process.cohort;

import static id.go.dinsos.sop.process.cohort.CohortVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The cohort mechanism as the diagrams call it, bean {@code ${cohort}}: one process instance handles a batch
 * (angkatan) of registrants, each assessed in a task of their own, some chosen as beneficiaries (PM) who then go
 * through the remaining steps together. Nothing in it belongs to one SOP; an SOP wires it like this:
 *
 * <ol>
 *   <li><b>Registration</b> (user task, form field {@value CohortVariables#DAFTAR_PENDAFTAR}, a textarea with one
 *   registrant per line: {@value RegistrantLines#FORMAT}; NIK 16 digits, empty or {@code -} when the person has
 *   none; no NIK twice): task listener {@code event="complete"}
 *   {@code expression="${cohort.register(task)}"}. Writes the index {@value CohortVariables#DAFTAR_NOMOR_PENDAFTAR}
 *   ({@code P01,P02,...}), one JSON string variable per registrant ({@code pendaftarP01}, see {@link Cohort}) and
 *   {@value CohortVariables#JUMLAH_PENDAFTAR}. A bad line refuses the whole form
 *   (HTTP 400, one Indonesian sentence per bad line: "Baris 3: NIK harus 16 angka ...").</li>
 *   <li><b>Assessment, one task per registrant</b>: parallel multi-instance user task with
 *   {@code camunda:collection="${cohort.registrantNumbers(execution)}"} and
 *   {@code camunda:elementVariable="pendaftarNomor"}, named e.g.
 *   {@code Asesmen pendaftar: ${cohort.identity(execution, pendaftarNomor)}}; task listener {@code event="create"}
 *   {@code ${cohort.showRegistrant(task)}} gives the instance its read-only
 *   {@value CohortVariables#PENDAFTAR_IDENTITAS} and {@value CohortVariables#PENDAFTAR_DATA} and keeps its answer
 *   local (input mappings of a multi-instance activity run before the element variable exists); task listener
 *   complete {@code ${cohort.recordAssessment(task)}} writes {@value CohortVariables#KESIMPULAN_ASESMEN} and {@value CohortVariables#HASIL_ASESMEN} to that
 *   registrant.</li>
 *   <li><b>Selection</b> (user task): input parameters {@value CohortVariables#RINGKASAN_ASESMEN} =
 *   {@code ${cohort.assessmentSummary(execution)}} (read-only) and {@value CohortVariables#NOMOR_PM_TERPILIH} =
 *   {@code ${cohort.suggestedSelection(execution)}} (prefilled with the registrants assessed layak), form field
 *   {@value CohortVariables#CATATAN_PENENTUAN}; task listener complete {@code ${cohort.recordSelection(task)}}
 *   marks the PM and writes {@value CohortVariables#JUMLAH_PM}; a gateway then tests {@code ${jumlahPm > 0}}.
 *   Nobody chosen needs a {@value CohortVariables#CATATAN_PENENTUAN}.</li>
 *   <li><b>The PM together</b>: {@value CohortVariables#DAFTAR_PM} = {@code ${cohort.pmList(execution)}} for a
 *   read-only field; for documents {@code ${cohort.pmAsKlien(execution)}} (rows of a berita acara serah terima
 *   klien: nama | nik | jenisKelamin | umur | keterangan) and {@code ${cohort.pmAsPeserta(execution)}} (rows of a
 *   laporan kegiatan: nama | keterangan).</li>
 *   <li><b>Certificates</b> (user task): input parameter {@value CohortVariables#SERTIFIKAT_PM} =
 *   {@code ${cohort.certificateTemplate(execution)}} (one prefilled line {@code P01 (name) | } per PM) and task
 *   listener complete {@code ${cohort.recordCertificates(task)}}.</li>
 * </ol>
 *
 * The engine stores a text variable in at most {@value CohortVariables#MAX_VARIABLE_LENGTH} characters (no Spin,
 * no Java serialization here): the registration list is limited to that (form maxLength 4000, about 40
 * registrants), each registrant is its own variable, read-only summaries are cut to fit, and the document lists are
 * transient values (never stored) so a berita acara can list any number of PM.
 *
 * Every refused input throws {@link FormFieldValidationException}: the engine rolls the whole submission back and
 * the REST API (and so Tasklist) answers 400 with the Indonesian message.
 */
@Component(CohortVariables.BEAN)
public class CohortSteps {

  private static final String REFUSED = "Data belum dapat disimpan: ";
  /** Characters of an assessment shown per registrant in the selection's summary. */
  private static final int BRIEF = 160;

  // ------------------------------------------------------------------ registration

  public void register(DelegateTask task) {
    RegistrantLines.Parsed parsed = RegistrantLines.parse(text(task, DAFTAR_PENDAFTAR));
    if (!parsed.valid()) {
      throw refused(DAFTAR_PENDAFTAR, parsed.errors());
    }
    Cohort cohort = Cohort.of(parsed.registrants());
    save(task, cohort, DAFTAR_PENDAFTAR);
    task.getExecution().getProcessInstance().setVariable(JUMLAH_PENDAFTAR, cohort.registrants().size());
  }

  // ------------------------------------------------------------------ assessment

  /** The multi-instance collection: the registrants' numbers, P01, P02, ... */
  public List<String> registrantNumbers(VariableScope execution) {
    return cohort(execution).numbers();
  }

  /** "P01 Siti Aminah (NIK ..., P, 15 tahun)". */
  public String identity(VariableScope execution, String nomor) {
    return cohort(execution).registrant(nomor).label();
  }

  /** The registrant's data as entered, one item per line, for a read-only textarea. */
  public String details(VariableScope execution, String nomor) {
    Registrant registrant = cohort(execution).registrant(nomor);
    return String.join("\n",
        "Nomor pendaftar: " + registrant.nomor(),
        "Nama: " + registrant.nama(),
        "NIK: " + (registrant.nik() == null ? "tidak ada" : registrant.nik()),
        "Jenis kelamin: " + registrant.jenisKelamin(),
        "Umur: " + registrant.umur() + " tahun",
        "Alamat: " + registrant.alamat(),
        "Orang tua/wali: " + orNone(registrant.keluarga()));
  }

  /**
   * Create listener of the assessment task: the instance's own, read-only copy of whose assessment it is, and local
   * answer variables so that parallel instances never share them.
   */
  public void showRegistrant(DelegateTask task) {
    String nomor = text(task, PENDAFTAR_NOMOR);
    VariableScope instance = task.getExecution();
    instance.setVariableLocal(PENDAFTAR_IDENTITAS, identity(task, nomor));
    instance.setVariableLocal(PENDAFTAR_DATA, details(task, nomor));
    instance.setVariableLocal(KESIMPULAN_ASESMEN, null);
    instance.setVariableLocal(HASIL_ASESMEN, null);
  }

  public void recordAssessment(DelegateTask task) {
    String nomor = text(task, PENDAFTAR_NOMOR);
    String kesimpulan = text(task, KESIMPULAN_ASESMEN);
    String hasil = text(task, HASIL_ASESMEN);
    List<String> problems = new ArrayList<>();
    if (!LAYAK.equals(kesimpulan) && !TIDAK_LAYAK.equals(kesimpulan)) {
      problems.add("Kesimpulan asesmen harus '" + LAYAK + "' atau '" + TIDAK_LAYAK + "'.");
    }
    if (hasil == null || hasil.isBlank()) {
      problems.add("Hasil asesmen wajib diisi.");
    }
    if (!problems.isEmpty()) {
      throw refused(KESIMPULAN_ASESMEN, problems);
    }
    save(task, cohort(task).withAssessment(nomor,
        new Registrant.Assessment(kesimpulan, hasil.strip(), task.getAssignee())), HASIL_ASESMEN);
  }

  // ------------------------------------------------------------------ selection

  /** Every registrant with the assessment's conclusion and findings, one per line. */
  public String assessmentSummary(VariableScope execution) {
    return fitted(cohort(execution).registrants().stream().map(registrant -> registrant.label() + ": "
        + (registrant.asesmen() == null ? "belum diasesmen"
        : (registrant.asesmen().layak() ? "LAYAK" : "TIDAK LAYAK") + " — " + brief(registrant.asesmen().hasil())))
        .toList());
  }

  /** The numbers of the registrants assessed layak, "P01, P03": the selection's starting point. */
  public String suggestedSelection(VariableScope execution) {
    return cohort(execution).registrants().stream()
        .filter(registrant -> registrant.asesmen() != null && registrant.asesmen().layak())
        .map(Registrant::nomor).collect(Collectors.joining(", "));
  }

  public void recordSelection(DelegateTask task) {
    String selection = text(task, NOMOR_PM_TERPILIH);
    Cohort selected;
    try {
      selected = cohort(task).withSelection(selection);
    } catch (CohortInputException e) {
      throw refused(NOMOR_PM_TERPILIH, e.problems());
    }
    String catatan = text(task, CATATAN_PENENTUAN);
    if (selected.pm().isEmpty() && (catatan == null || catatan.isBlank())) {
      throw refused(CATATAN_PENENTUAN, List.of("Tidak ada calon PM yang dipilih: tuliskan alasannya pada kolom "
          + "catatan penentuan."));
    }
    save(task, selected, NOMOR_PM_TERPILIH);
    task.getExecution().getProcessInstance().setVariable(JUMLAH_PM, selected.pm().size());
  }

  // ------------------------------------------------------------------ the PM together

  /** The PM, one per line with their data, for a read-only textarea. */
  public String pmList(VariableScope execution) {
    return fitted(cohort(execution).pm().stream().map(pm -> pm.label() + ", " + pm.alamat() + "; orang tua/wali: "
        + orNone(pm.keluarga()) + (pm.sertifikat() == null ? "" : "; sertifikat " + pm.sertifikat())).toList());
  }

  /**
   * Rows of a berita acara serah terima klien: nama | nik | jenisKelamin | umur | keterangan. Transient (never
   * stored): as an input parameter of a document step it may be longer than a stored text variable can be.
   */
  public StringValue pmAsKlien(VariableScope execution) {
    return Variables.stringValue(cohort(execution).pm().stream().map(pm -> String.join(" | ", pm.nama(),
        pm.nik() == null ? "-" : pm.nik(), pm.jenisKelamin(), pm.umur() + " tahun", keterangan(pm)))
        .collect(Collectors.joining("\n")), true);
  }

  /** Rows of a laporan kegiatan's peserta: nama | keterangan. Transient, as {@link #pmAsKlien}. */
  public StringValue pmAsPeserta(VariableScope execution) {
    return Variables.stringValue(cohort(execution).pm().stream().map(pm -> pm.nama() + " | " + keterangan(pm))
        .collect(Collectors.joining("\n")), true);
  }

  /**
   * One line per PM, "P01 (Siti Aminah) | " (or with the number already recorded), for staff to complete with the
   * certificate's number. Shorter than the registration list the PM came from, so it fits one text variable.
   */
  public String certificateTemplate(VariableScope execution) {
    return cohort(execution).pm().stream().map(pm -> pm.nomor() + " (" + pm.nama() + ") | " + orEmpty(pm.sertifikat()))
        .collect(Collectors.joining("\n"));
  }

  public void recordCertificates(DelegateTask task) {
    Cohort recorded;
    try {
      recorded = cohort(task).withCertificates(text(task, SERTIFIKAT_PM));
    } catch (CohortInputException e) {
      throw refused(SERTIFIKAT_PM, e.problems());
    }
    save(task, recorded, SERTIFIKAT_PM);
  }

  // ------------------------------------------------------------------ helpers

  private static String keterangan(Registrant pm) {
    return pm.nomor() + "; orang tua/wali: " + orNone(pm.keluarga())
        + (pm.sertifikat() == null ? "" : "; sertifikat " + pm.sertifikat());
  }

  private static String orNone(String value) {
    return value == null ? "-" : value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The start of a long text, for a summary line. */
  private static String brief(String text) {
    return text.length() <= BRIEF ? text : text.substring(0, BRIEF) + "…";
  }

  /**
   * Lines for a read-only field, cut to what one stored text variable holds (the full data stays in each
   * registrant's variable).
   */
  private static String fitted(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String more = "… dan " + (lines.size() - i) + " lainnya (data lengkap pada variabel pendaftarP.. di Cockpit)";
      String line = (i == 0 ? "" : "\n") + lines.get(i);
      if (text.length() + line.length() + more.length() + 1 > MAX_VARIABLE_LENGTH) {
        return text.append("\n").append(more).toString();
      }
      text.append(line);
    }
    return text.toString();
  }

  private static Cohort cohort(VariableScope scope) {
    return Cohort.read(scope::getVariable);
  }

  /**
   * Writes the cohort's variables on the case, only those that changed: parallel assessments each rewrite their own
   * registrant's variable.
   */
  private static void save(DelegateTask task, Cohort cohort, String field) {
    Map<String, String> variables;
    try {
      variables = cohort.variables();
    } catch (CohortInputException e) {
      throw refused(field, e.problems());
    }
    VariableScope caseScope = task.getExecution().getProcessInstance();
    variables.forEach((name, value) -> {
      if (!value.equals(caseScope.getVariable(name))) {
        caseScope.setVariable(name, value);
      }
    });
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static FormFieldValidationException refused(String field, List<String> problems) {
    return new FormFieldValidationException(field, REFUSED + String.join(" ", problems));
  }
}
