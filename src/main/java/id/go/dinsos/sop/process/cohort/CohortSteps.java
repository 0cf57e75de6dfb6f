package id.go.dinsos.sop.process.cohort;

import static id.go.dinsos.sop.process.cohort.CohortVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
 *   {@code expression="${cohort.register(task)}"}. Writes {@value CohortVariables#KOHORT} (the cohort as a JSON
 *   string, see {@link Cohort}) and {@value CohortVariables#JUMLAH_PENDAFTAR}. A bad line refuses the whole form
 *   (HTTP 400, one Indonesian sentence per bad line: "Baris 3: NIK harus 16 angka ...").</li>
 *   <li><b>Assessment, one task per registrant</b>: parallel multi-instance user task with
 *   {@code camunda:collection="${cohort.registrantNumbers(execution)}"} and
 *   {@code camunda:elementVariable="pendaftarNomor"}; input parameters {@value CohortVariables#PENDAFTAR_IDENTITAS}
 *   = {@code ${cohort.identity(execution, pendaftarNomor)}} (also usable in the task name) and
 *   {@value CohortVariables#PENDAFTAR_DATA} = {@code ${cohort.details(execution, pendaftarNomor)}} for read-only
 *   fields, and empty input parameters {@value CohortVariables#KESIMPULAN_ASESMEN} and
 *   {@value CohortVariables#HASIL_ASESMEN} so each instance keeps its answer local; task listener complete
 *   {@code ${cohort.recordAssessment(task)}} writes the answer to that registrant.</li>
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
 * Every refused input throws {@link FormFieldValidationException}: the engine rolls the whole submission back and
 * the REST API (and so Tasklist) answers 400 with the Indonesian message.
 */
@Component(CohortVariables.BEAN)
public class CohortSteps {

  private static final String REFUSED = "Data belum dapat disimpan: ";

  // ------------------------------------------------------------------ registration

  public void register(DelegateTask task) {
    RegistrantLines.Parsed parsed = RegistrantLines.parse(text(task, DAFTAR_PENDAFTAR));
    if (!parsed.valid()) {
      throw refused(DAFTAR_PENDAFTAR, parsed.errors());
    }
    Cohort cohort = Cohort.of(parsed.registrants());
    VariableScope caseScope = task.getExecution().getProcessInstance();
    caseScope.setVariable(KOHORT, cohort.toJson());
    caseScope.setVariable(JUMLAH_PENDAFTAR, cohort.registrants().size());
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
    change(task, cohort -> cohort.withAssessment(nomor,
        new Registrant.Assessment(kesimpulan, hasil.strip(), task.getAssignee())));
  }

  // ------------------------------------------------------------------ selection

  /** Every registrant with the assessment's conclusion and findings, one per line. */
  public String assessmentSummary(VariableScope execution) {
    return cohort(execution).registrants().stream().map(registrant -> registrant.label() + ": "
        + (registrant.asesmen() == null ? "belum diasesmen"
        : (registrant.asesmen().layak() ? "LAYAK" : "TIDAK LAYAK") + " — " + registrant.asesmen().hasil()))
        .collect(Collectors.joining("\n"));
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
    save(task, selected);
    task.getExecution().getProcessInstance().setVariable(JUMLAH_PM, selected.pm().size());
  }

  // ------------------------------------------------------------------ the PM together

  /** The PM, one per line with their data, for a read-only textarea. */
  public String pmList(VariableScope execution) {
    return cohort(execution).pm().stream().map(pm -> pm.label() + ", " + pm.alamat() + "; orang tua/wali: "
        + orNone(pm.keluarga()) + (pm.sertifikat() == null ? "" : "; sertifikat " + pm.sertifikat()))
        .collect(Collectors.joining("\n"));
  }

  /** Rows of a berita acara serah terima klien: nama | nik | jenisKelamin | umur | keterangan. */
  public String pmAsKlien(VariableScope execution) {
    return cohort(execution).pm().stream().map(pm -> String.join(" | ", pm.nama(), pm.nik() == null ? "-" : pm.nik(),
        pm.jenisKelamin(), pm.umur() + " tahun", keterangan(pm))).collect(Collectors.joining("\n"));
  }

  /** Rows of a laporan kegiatan's peserta: nama | keterangan. */
  public String pmAsPeserta(VariableScope execution) {
    return cohort(execution).pm().stream().map(pm -> pm.nama() + " | " + keterangan(pm))
        .collect(Collectors.joining("\n"));
  }

  /** One line per PM, "P01 (Siti Aminah) | ", for staff to complete with the certificate's number. */
  public String certificateTemplate(VariableScope execution) {
    return cohort(execution).pm().stream().map(pm -> pm.nomor() + " (" + pm.nama() + ") | "
        + (pm.sertifikat() == null ? "" : pm.sertifikat())).collect(Collectors.joining("\n"));
  }

  public void recordCertificates(DelegateTask task) {
    try {
      change(task, cohort -> cohort.withCertificates(text(task, SERTIFIKAT_PM)));
    } catch (CohortInputException e) {
      throw refused(SERTIFIKAT_PM, e.problems());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String keterangan(Registrant pm) {
    return pm.nomor() + "; orang tua/wali: " + orNone(pm.keluarga())
        + (pm.sertifikat() == null ? "" : "; sertifikat " + pm.sertifikat());
  }

  private static String orNone(String value) {
    return value == null ? "-" : value;
  }

  private static Cohort cohort(VariableScope scope) {
    Object json = scope.getVariable(KOHORT);
    return Cohort.fromJson(json == null ? null : json.toString());
  }

  private static void change(DelegateTask task, UnaryOperator<Cohort> change) {
    save(task, change.apply(cohort(task)));
  }

  private static void save(DelegateTask task, Cohort cohort) {
    task.getExecution().getProcessInstance().setVariable(KOHORT, cohort.toJson());
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static FormFieldValidationException refused(String field, List<String> problems) {
    return new FormFieldValidationException(field, REFUSED + String.join(" ", problems));
  }
}
