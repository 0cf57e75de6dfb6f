package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers in Indonesian words, as berita acara and receipts write them. */
class DocumentTerbilangTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '=', value = {
      "0 = nol",
      "1 = satu",
      "10 = sepuluh",
      "11 = sebelas",
      "12 = dua belas",
      "19 = sembilan belas",
      "20 = dua puluh",
      "21 = dua puluh satu",
      "99 = sembilan puluh sembilan",
      "100 = seratus",
      "101 = seratus satu",
      "111 = seratus sebelas",
      "250 = dua ratus lima puluh",
      "1000 = seribu",
      "1011 = seribu sebelas",
      "1500 = seribu lima ratus",
      "2026 = dua ribu dua puluh enam",
      "11000 = sebelas ribu",
      "100000 = seratus ribu",
      "101000 = seratus satu ribu",
      "1000000 = satu juta",
      "1250000 = satu juta dua ratus lima puluh ribu",
      "1001001 = satu juta seribu satu",
      "25000000 = dua puluh lima juta",
      "1000000000 = satu miliar",
      "3000000000000 = tiga triliun",
      "-5000 = minus lima ribu",
  })
  void wholeNumbers(long number, String words) {
    assertThat(Terbilang.of(number)).isEqualTo(words);
  }

  @Test
  void rupiahAreRoundedToTheWholeRupiah() {
    assertThat(Terbilang.rupiah(new BigDecimal("1250000"))).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
    assertThat(Terbilang.rupiah(new BigDecimal("750000.60"))).isEqualTo("tujuh ratus lima puluh ribu satu rupiah");
  }

  @Test
  void refusesNumbersBeyondTrillions() {
    assertThatThrownBy(() -> Terbilang.of(1_000_000_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
  }
}
