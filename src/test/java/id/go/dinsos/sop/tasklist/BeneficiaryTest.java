package id.go.dinsos.sop.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables;
import id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {

  @Test
  void theCardShowsTheNameAndTheNikWithItsMiddleHidden() {
    Beneficiary child = Beneficiary.of(AnjalAtVariables.PROCESS_ID).orElseThrow();

    assertThat(child.describe(variables(Map.of(AnjalAtVariables.ANAK_NAMA, " Budi Santoso ",
        AnjalAtVariables.ANAK_NIK, "3520011201150001"))))
        .contains("Budi Santoso (NIK 352001**********)");
  }

  @Test
  void aBeneficiaryWithoutIdentityDocumentIsShownAsSuch() {
    Beneficiary lansia = Beneficiary.of(LansiaPantiJompoVariables.PROCESS_ID).orElseThrow();

    assertThat(lansia.describe(variables(Map.of(LansiaPantiJompoVariables.LANSIA_NAMA, "Mbah Sarinah",
        LansiaPantiJompoVariables.LANSIA_NIK, ""))))
        .contains("Mbah Sarinah (tanpa NIK)");
    assertThat(lansia.describe(variables(Map.of(LansiaPantiJompoVariables.LANSIA_NAMA, "Mbah Sarinah"))))
        .contains("Mbah Sarinah (tanpa NIK)");
  }

  @Test
  void nothingIsShownBeforeTheNameIsKnownNorForAProcessWithoutBeneficiary() {
    Beneficiary applicant = Beneficiary.of(BantuanOrangTerlantarVariables.PROCESS_ID).orElseThrow();

    assertThat(applicant.describe(variables(Map.of()))).isEmpty();
    assertThat(applicant.describe(variables(Map.of(BantuanOrangTerlantarVariables.PEMOHON_NAMA, "  ")))).isEmpty();
    assertThat(Beneficiary.of("proses-lain")).isEmpty();
  }

  @Test
  void aShortNikIsHiddenWhole() {
    assertThat(Beneficiary.maskedNik("12345678")).isEqualTo("NIK ********");
  }

  private static Function<String, Object> variables(Map<String, Object> values) {
    return values::get;
  }
}
