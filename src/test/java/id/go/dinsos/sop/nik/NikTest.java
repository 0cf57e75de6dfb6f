package id.go.dinsos.sop.nik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "{0} is valid, born {1}")
  @CsvSource({
      "3520011203120001, 2012-03-12",   // Magetan, a boy born 2012
      "6209014507450001, 1945-07-05",   // Lamandau, a woman born 1945 (day 05 + 40)
      "6301057112260003, 2026-12-31",   // would be in the future as 2026: read as 1926
      "3510122902000002, 2000-02-29"})  // leap day
  void validNiksAndTheirDatesOfBirth(String nik, LocalDate born) {
    assertThat(Nik.problem(nik, TODAY)).isEmpty();
    assertThat(Nik.birthDate(nik, TODAY)).contains(born.isAfter(TODAY) ? born.minusYears(100) : born);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "35200112031200,        16 digit",
      "35200112031200011,     16 digit",
      "3520O11203120001,      16 digit",
      "0020011203120001,      kode provinsi 00",
      "2920011203120001,      kode provinsi 29",
      "3500011203120001,      kabupaten/kota",
      "3520001203120001,      kecamatan",
      "3520013203120001,      tanggal lahir",
      "3520011213120001,      tanggal lahir",
      "3520013002010001,      tanggal lahir",
      "3520017202010001,      tanggal lahir",
      "3520011203120000,      nomor urut"})
  void invalidNiksSayWhatIsWrong(String nik, String why) {
    assertThat(Nik.problem(nik, TODAY)).hasValueSatisfying(problem -> assertThat(problem).contains(why));
  }

  @ParameterizedTest
  @CsvSource({"3520011203120001, 352001**********", "'', ''", "12345678, ********"})
  void maskingKeepsOnlyTheRegion(String nik, String masked) {
    assertThat(Nik.mask(nik)).isEqualTo(masked);
  }
}
