package id.go.dinsos.sop.process.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cohort (angkatan): the registrants of one batch with their assessment, selection and certificate, immutable.
 * Stored as process variables ({@link #variables()}, {@link #read}): the index
 * {@value CohortVariables#DAFTAR_NOMOR_PENDAFTAR} = {@code P01,P02,P03} and one String variable per registrant,
 * {@code pendaftarP01} = {@code {"nomor":"P01","nama":...,"nik":...,"jenisKelamin":"L","umur":15,"alamat":...,
 * "keluarga":...,"asesmen":{"kesimpulan":"layak","hasil":...,"asesor":...},"pm":true,"sertifikat":...}}.
 * Each change returns a new cohort, or throws {@link CohortInputException} naming what staff must correct.
 */
public final class Cohort {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** A registrant number as staff type it: P01, p1, 1. */
  private static final Pattern NUMBER = Pattern.compile("(?i)^P?0*(\\d{1,3})\\b");

  private final List<Registrant> pendaftar;

  private Cohort(List<Registrant> pendaftar) {
    this.pendaftar = List.copyOf(pendaftar);
  }

  public static Cohort of(List<Registrant> registrants) {
    return new Cohort(registrants);
  }

  /** The variable that holds one registrant: {@code pendaftarP01}. */
  public static String variableOf(String nomor) {
    return CohortVariables.PENDAFTAR_VARIABLE_PREFIX + nomor;
  }

  /** Reads the cohort from the case's variables ({@code variables} answers a variable's value by name). */
  public static Cohort read(Function<String, Object> variables) {
    Object index = variables.apply(CohortVariables.DAFTAR_NOMOR_PENDAFTAR);
    if (index == null || index.toString().isBlank()) {
      throw new IllegalStateException("Kasus ini belum memiliki data pendaftar (variabel "
          + CohortVariables.DAFTAR_NOMOR_PENDAFTAR + ").");
    }
    List<Registrant> registrants = new ArrayList<>();
    for (String nomor : index.toString().split(",")) {
      String name = variableOf(nomor.strip());
      Object json = variables.apply(name);
      if (json == null) {
        throw new IllegalStateException("Data pendaftar " + nomor + " (variabel " + name + ") tidak ada.");
      }
      try {
        registrants.add(JSON.readValue(json.toString(), Registrant.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Data pendaftar (variabel " + name + ") tidak terbaca: "
            + e.getOriginalMessage(), e);
      }
    }
    return new Cohort(registrants);
  }

  /**
   * The variables that hold the cohort: the index and one JSON string per registrant. A registrant whose JSON is
   * longer than the engine stores ({@value CohortVariables#MAX_VARIABLE_LENGTH} characters) is refused.
   */
  public Map<String, String> variables() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put(CohortVariables.DAFTAR_NOMOR_PENDAFTAR, String.join(",", numbers()));
    List<String> problems = new ArrayList<>();
    for (Registrant registrant : pendaftar) {
      String json;
      try {
        json = JSON.writeValueAsString(registrant);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      if (json.length() > CohortVariables.MAX_VARIABLE_LENGTH) {
        problems.add("Data pendaftar " + registrant.nomor() + " terlalu panjang untuk disimpan (" + json.length()
            + " karakter, paling banyak " + CohortVariables.MAX_VARIABLE_LENGTH + "): persingkat isian teksnya.");
      }
      variables.put(variableOf(registrant.nomor()), json);
    }
    if (!problems.isEmpty()) {
      throw new CohortInputException(problems);
    }
    return variables;
  }

  public List<Registrant> registrants() {
    return pendaftar;
  }

  public List<String> numbers() {
    return pendaftar.stream().map(Registrant::nomor).toList();
  }

  /** The registrants chosen as PM, in registration order. */
  public List<Registrant> pm() {
    return pendaftar.stream().filter(Registrant::pm).toList();
  }

  public Registrant registrant(String nomor) {
    return find(nomor).orElseThrow(() -> new IllegalArgumentException("Tidak ada pendaftar bernomor " + nomor
        + " dalam angkatan ini."));
  }

  private Optional<Registrant> find(String nomor) {
    return pendaftar.stream().filter(registrant -> registrant.nomor().equals(nomor)).findFirst();
  }

  // ------------------------------------------------------------------ changes

  public Cohort withAssessment(String nomor, Registrant.Assessment result) {
    registrant(nomor);
    return map(nomor, registrant -> registrant.withAssessment(result));
  }

  /**
   * Marks exactly the registrants named in {@code selection} ("P01, P03"; commas, semicolons, spaces or line breaks
   * between numbers) as PM. Each must exist and have been assessed {@value CohortVariables#LAYAK}.
   */
  public Cohort withSelection(String selection) {
    List<String> problems = new ArrayList<>();
    Set<String> chosen = new LinkedHashSet<>();
    for (String token : tokens(selection)) {
      Optional<String> nomor = normalize(token).filter(number -> find(number).isPresent());
      if (nomor.isEmpty()) {
        problems.add("Nomor pendaftar '" + token + "' tidak ada dalam daftar pendaftar (" + String.join(", ",
            numbers()) + ").");
      } else if (!chosen.add(nomor.get())) {
        problems.add("Nomor pendaftar " + nomor.get() + " tertulis lebih dari sekali.");
      } else {
        Registrant registrant = registrant(nomor.get());
        if (registrant.asesmen() == null || !registrant.asesmen().layak()) {
          problems.add(registrant.nomor() + " " + registrant.nama() + " tidak dinyatakan layak pada asesmen, "
              + "sehingga tidak dapat ditetapkan sebagai calon PM.");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CohortInputException(problems);
    }
    return new Cohort(pendaftar.stream().map(registrant -> registrant.withPm(chosen.contains(registrant.nomor())))
        .toList());
  }

  /**
   * Records the certificates: one line per PM, {@code P01 | nomor sertifikat} (text after the number in the first
   * column, such as the name, is ignored). A PM without a line or with an empty number got no certificate.
   */
  public Cohort withCertificates(String lines) {
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    Cohort result = this;
    String[] rows = lines == null ? new String[0] : lines.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      String[] cells = row.split("\\|", -1);
      Optional<String> nomor = normalize(cells[0].strip());
      String where = "Baris " + (i + 1) + ": ";
      if (cells.length != 2) {
        problems.add(where + "tulis 'nomor PM | nomor sertifikat', dipisah satu '|'.");
      } else if (nomor.isEmpty() || find(nomor.get()).filter(Registrant::pm).isEmpty()) {
        problems.add(where + "'" + cells[0].strip() + "' bukan nomor salah satu PM (" + String.join(", ",
            pm().stream().map(Registrant::nomor).toList()) + ").");
      } else if (seen.contains(nomor.get())) {
        problems.add(where + nomor.get() + " sudah tercantum di baris sebelumnya.");
      } else if (cells[1].strip().length() > 100) {
        problems.add(where + "nomor sertifikat paling panjang 100 karakter.");
      } else {
        seen.add(nomor.get());
        String certificate = cells[1].strip().isEmpty() ? null : cells[1].strip();
        result = result.map(nomor.get(), registrant -> registrant.withSertifikat(certificate));
      }
    }
    if (!problems.isEmpty()) {
      throw new CohortInputException(problems);
    }
    return result;
  }

  private Cohort map(String nomor, UnaryOperator<Registrant> change) {
    return new Cohort(pendaftar.stream()
        .map(registrant -> registrant.nomor().equals(nomor) ? change.apply(registrant) : registrant).toList());
  }

  private static List<String> tokens(String selection) {
    if (selection == null || selection.isBlank()) {
      return List.of();
    }
    return List.of(selection.strip().split("[\\s,;]+"));
  }

  /** "p1", "1", "P001" → "P01"; anything else → empty. */
  private static Optional<String> normalize(String token) {
    Matcher matcher = NUMBER.matcher(token.strip());
    return matcher.find() ? Optional.of(RegistrantLines.number(Integer.parseInt(matcher.group(1))))
        : Optional.empty();
  }
}
