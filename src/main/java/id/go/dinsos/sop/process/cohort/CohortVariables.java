package id.go.dinsos.sop.process.cohort;

/**
 * The names of the cohort mechanism ({@link CohortSteps}, bean {@value #BEAN}): the process variables it reads and
 * writes and the values of its choices. An SOP's own {@code *Variables} class refers to these for the form keys it
 * shares with the mechanism, so every SOP that handles a cohort uses the same names.
 */
public final class CohortVariables {

  private CohortVariables() {}

  /** Spring bean name the diagrams call: {@code ${cohort.registrantNumbers(execution)}}. */
  public static final String BEAN = "cohort";

  // ------------------------------------------------------------------ registration

  /**
   * Registration form field (textarea, required): one registrant per line, columns separated by {@code |} in the
   * order of {@link RegistrantLines#FORMAT}.
   */
  public static final String DAFTAR_PENDAFTAR = "daftarPendaftar";
  /**
   * The cohort's index (String): the registrants' numbers in registration order, {@code P01,P02,P03}. Each
   * registrant is its own String variable {@value #PENDAFTAR_VARIABLE_PREFIX}{@code <nomor>}, e.g.
   * {@code pendaftarP01}, holding that registrant as JSON (see {@link Cohort}): Spin is not installed, Java
   * serialization is off, and the engine stores a String variable in at most 4000 characters, so one variable per
   * registrant keeps a batch of any size within that limit and readable in Cockpit.
   */
  public static final String DAFTAR_NOMOR_PENDAFTAR = "daftarNomorPendaftar";
  /** Prefix of the variable of each registrant: {@code pendaftarP01}. */
  public static final String PENDAFTAR_VARIABLE_PREFIX = "pendaftar";
  /** What the engine stores of a String variable (varchar 4000): a longer registrant is refused. */
  public static final int MAX_VARIABLE_LENGTH = 4000;
  /** Number of registrants (Integer), written at registration. */
  public static final String JUMLAH_PENDAFTAR = "jumlahPendaftar";

  // ------------------------------------------------------------------ assessment, one task per registrant

  /** Element variable of the multi-instance assessment: the registrant's number ({@code P01}, ...). */
  public static final String PENDAFTAR_NOMOR = "pendaftarNomor";
  /** Set by {@code ${cohort.showRegistrant(task)}}, read-only on the assessment form: "P01 Siti Aminah (NIK ..., P, 15 tahun)". */
  public static final String PENDAFTAR_IDENTITAS = "pendaftarIdentitas";
  /** Set by {@code ${cohort.showRegistrant(task)}}, read-only on the assessment form: the registrant's data, one item per line. */
  public static final String PENDAFTAR_DATA = "pendaftarData";
  /** Assessment form field (radio, required): {@link #LAYAK} or {@link #TIDAK_LAYAK}. */
  public static final String KESIMPULAN_ASESMEN = "kesimpulanAsesmen";
  /** Value of {@link #KESIMPULAN_ASESMEN}: the registrant qualifies. */
  public static final String LAYAK = "layak";
  /** Value of {@link #KESIMPULAN_ASESMEN}: the registrant does not qualify. */
  public static final String TIDAK_LAYAK = "tidak-layak";
  /** Assessment form field (textarea, required): verification, validation and assessment findings. */
  public static final String HASIL_ASESMEN = "hasilAsesmen";

  // ------------------------------------------------------------------ selection of the PM

  /** Input-mapped, read-only on the selection form: every registrant with their assessment result. */
  public static final String RINGKASAN_ASESMEN = "ringkasanAsesmen";
  /**
   * Selection form field (textfield): the numbers of the registrants chosen as PM, e.g. {@code P01, P03}; prefilled
   * with those assessed {@link #LAYAK}. Empty = nobody chosen.
   */
  public static final String NOMOR_PM_TERPILIH = "nomorPmTerpilih";
  /** Selection form field (textarea): reasons of the selection; required when nobody is chosen. */
  public static final String CATATAN_PENENTUAN = "catatanPenentuan";
  /** Number of registrants chosen as PM (Integer), written at selection; a gateway tests {@code jumlahPm > 0}. */
  public static final String JUMLAH_PM = "jumlahPm";

  // ------------------------------------------------------------------ the PM together

  /** Input-mapped, read-only on later forms: the PM, one per line with their data. */
  public static final String DAFTAR_PM = "daftarPm";
  /**
   * Certificate form field (textarea): one line per PM, {@code P01 | nomor sertifikat}; prefilled with one line per
   * PM. A PM left out, or with an empty number, received no certificate.
   */
  public static final String SERTIFIKAT_PM = "sertifikatPm";
}
