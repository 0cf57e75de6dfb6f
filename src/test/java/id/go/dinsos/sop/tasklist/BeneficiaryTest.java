package id.go.dinsos.sop.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anakterlantar.AnakTerlantarVariables;
import id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables;
import id.go.dinsos.sop.process.cohort.CohortVariables;
import id.go.dinsos.sop.process.lansiapanti.LansiaPantiVariables;
import id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables;
import id.go.dinsos.sop.process.lapkin.LapkinVariables;
import id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables;
import java.util.List;
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
    Beneficiary applicant = Beneficiary.of(BantuanOrangTerlantarVariables.PROCESS_ID).orElseThrow();

    assertThat(applicant.describe(variables(Map.of(BantuanOrangTerlantarVariables.PEMOHON_NAMA, "Slamet",
        BantuanOrangTerlantarVariables.PEMOHON_NIK, "12345678")))).contains("Slamet (NIK ********)");
  }

  @Test
  void everySopWithPeopleInItsCaseFileShowsThemOnTheCard() {
    Beneficiary lansia = Beneficiary.of(LansiaPantiVariables.PROCESS_ID).orElseThrow();

    assertThat(lansia.describe(variables(Map.of(LansiaPantiVariables.LANSIA_NAMA, "Mbah Darmi",
        LansiaPantiVariables.LANSIA_NIK, "6301015007450001")))).contains("Mbah Darmi (NIK 630101**********)");
    assertThat(Beneficiary.of(LogistikBencanaVariables.PROCESS_ID)).as("D names no beneficiary").isEmpty();
    assertThat(Beneficiary.of(LapkinVariables.PROCESS_ID)).as("H has none").isEmpty();
  }

  @Test
  void aCohortCaseShowsItsBatchByNumbersOnceRegistered() {
    for (String cohortSop : List.of(AnakTerlantarVariables.PROCESS_ID, AnakTerlantarPantiVariables.PROCESS_ID)) {
      Beneficiary batch = Beneficiary.of(cohortSop).orElseThrow();

      assertThat(batch.describe(variables(Map.of()))).as("before registration").isEmpty();
      assertThat(batch.describe(variables(Map.of(CohortVariables.JUMLAH_PENDAFTAR, 3))))
          .contains("Angkatan: 3 pendaftar");
      assertThat(batch.describe(variables(Map.of(CohortVariables.JUMLAH_PENDAFTAR, 3, CohortVariables.JUMLAH_PM, 2))))
          .contains("Angkatan: 2 PM dari 3 pendaftar");
    }
  }

  private static Function<String, Object> variables(Map<String, Object> values) {
    return values::get;
  }
}
