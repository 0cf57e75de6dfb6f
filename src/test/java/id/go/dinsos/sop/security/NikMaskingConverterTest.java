package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NikMaskingConverterTest {

  @Test
  void everySixteenDigitRunIsMaskedAndNothingElse() {
    assertThat(NikMaskingConverter.mask("NIK 3520011203120001 dan 6201014507450002."))
        .isEqualTo("NIK 352001********** dan 620101**********.");
    assertThat(NikMaskingConverter.mask("nik=3520011203120001,"))
        .isEqualTo("nik=352001**********,");
    assertThat(NikMaskingConverter.mask("0001/REG/MGT/2026, 800/7/403.107/2026, 35200112031200011 (17 digit)"))
        .as("register and letter numbers, longer runs").isEqualTo("0001/REG/MGT/2026, 800/7/403.107/2026, "
            + "35200112031200011 (17 digit)");
    assertThat(NikMaskingConverter.mask(null)).isNull();
  }
}
