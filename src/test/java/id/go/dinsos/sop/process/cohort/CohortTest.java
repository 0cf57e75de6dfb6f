package id.go.dinsos.sop.process.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.dinsos.sop.process.cohort.Registrant.Assessment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortTest {

  private static final Assessment LAYAK = new Assessment(CohortVariables.LAYAK, "Memenuhi syarat", "peksos.a");
  private static final Assessment TIDAK_LAYAK =
      new Assessment(CohortVariables.TIDAK_LAYAK, "Masih sekolah", "peksos.a");

  private static Cohort assessed() {
    Cohort cohort = Cohort.of(RegistrantLines.parse("""
        Siti Aminah | 6209014501100003 | P | 15 | Kujan | Ibu Rahmah
        Dodi | - | L | 17 | Bulik |
        Yanto | - | L | 16 | Tuat | Pak Amat
        """).registrants());
    return cohort.withAssessment("P01", LAYAK).withAssessment("P02", TIDAK_LAYAK).withAssessment("P03", LAYAK);
  }

  @Test
  void isStoredAsAnIndexAndOneJsonStringPerRegistrantAndReadBackWithEveryRegistrantsData() {
    Cohort cohort = assessed().withSelection("P01, p3").withCertificates("P01 (Siti Aminah) | SRT-01\nP03 | ");

    Map<String, String> variables = cohort.variables();
    Cohort read = Cohort.read(variables::get);

    assertThat(variables).containsOnlyKeys("daftarNomorPendaftar", "pendaftarP01", "pendaftarP02", "pendaftarP03");
    assertThat(variables.get("daftarNomorPendaftar")).isEqualTo("P01,P02,P03");
    assertThat(variables.get("pendaftarP01")).startsWith("{\"nomor\":\"P01\",\"nama\":\"Siti Aminah\"")
        .contains("\"kesimpulan\":\"layak\"", "\"pm\":true", "\"sertifikat\":\"SRT-01\"");
    assertThat(read.registrants()).isEqualTo(cohort.registrants());
    assertThat(read.registrant("P03").sertifikat()).as("no certificate").isNull();
  }

  @Test
  void aRegistrantTooLongForAnEngineStringVariableIsRefused() {
    Cohort cohort = assessed().withAssessment("P02",
        new Assessment(CohortVariables.LAYAK, "\"".repeat(2000), "peksos.a"));
    assertThatThrownBy(cohort::variables).isInstanceOfSatisfying(CohortInputException.class, e ->
        assertThat(e.problems()).singleElement().asString().startsWith("Data pendaftar P02 terlalu panjang"));
  }

  @Test
  void anAssessmentBelongsToItsRegistrantOnly() {
    Cohort cohort = assessed();
    assertThat(cohort.registrant("P02").asesmen()).isEqualTo(TIDAK_LAYAK);
    assertThat(cohort.registrant("P01").asesmen()).isEqualTo(LAYAK);
    assertThatThrownBy(() -> cohort.withAssessment("P09", LAYAK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P09");
  }

  @Test
  void selectionMarksExactlyTheNamedRegistrantsAsPm() {
    Cohort cohort = assessed().withSelection("P03;1");
    assertThat(cohort.pm()).extracting(Registrant::nomor).containsExactly("P01", "P03");
    assertThat(cohort.withSelection("P03").pm()).as("a new selection replaces the old")
        .extracting(Registrant::nomor).containsExactly("P03");
    assertThat(cohort.withSelection("  ").pm()).isEmpty();
  }

  @Test
  void selectionRefusesUnknownRepeatedAndUnqualifiedRegistrants() {
    assertThatThrownBy(() -> assessed().withSelection("P01, P01, P02, P07, Siti"))
        .isInstanceOfSatisfying(CohortInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Nomor pendaftar P01 tertulis lebih dari sekali.",
            "P02 Dodi tidak dinyatakan layak pada asesmen, sehingga tidak dapat ditetapkan sebagai calon PM.",
            "Nomor pendaftar 'P07' tidak ada dalam daftar pendaftar (P01, P02, P03).",
            "Nomor pendaftar 'Siti' tidak ada dalam daftar pendaftar (P01, P02, P03)."));
  }

  @Test
  void certificatesAreRecordedForPmOnly() {
    Cohort cohort = assessed().withSelection("P01, P03");
    assertThatThrownBy(() -> cohort.withCertificates("P02 | SRT-2\nP01 | A | B\nP03 | SRT-3\nP03 | SRT-4"))
        .isInstanceOfSatisfying(CohortInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Baris 1: 'P02' bukan nomor salah satu PM (P01, P03).",
            "Baris 2: tulis 'nomor PM | nomor sertifikat', dipisah satu '|'.",
            "Baris 4: P03 sudah tercantum di baris sebelumnya."));
  }

  @Test
  void aMissingOrUnreadableCohortIsAnErrorNamingTheVariable() {
    assertThatThrownBy(() -> Cohort.read(name -> null)).hasMessageContaining("daftarNomorPendaftar");
    assertThatThrownBy(() -> Cohort.read(Map.of("daftarNomorPendaftar", "P01")::get))
        .hasMessageContaining("pendaftarP01");
    assertThatThrownBy(() -> Cohort.read(Map.of("daftarNomorPendaftar", "P01", "pendaftarP01", "{")::get))
        .hasMessageContaining("tidak terbaca");
  }
}
