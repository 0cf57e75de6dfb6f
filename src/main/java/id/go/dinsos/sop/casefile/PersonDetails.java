package id.go.dinsos.sop.casefile;

import java.time.LocalDate;

/**
 * A person as an intake form describes them; any part but the name may be unknown (null).
 *
 * @param sex {@code L} or {@code P}
 * @param address the address as one text, for forms that do not split it into desa and kecamatan
 */
public record PersonDetails(String nik, String name, String birthPlace, LocalDate birthDate, String sex,
    String desaKelurahan, String kecamatan, String address, String familyOrGuardian, BeneficiaryCategory category) {

  public boolean hasNik() {
    return nik != null && !nik.isBlank();
  }
}
