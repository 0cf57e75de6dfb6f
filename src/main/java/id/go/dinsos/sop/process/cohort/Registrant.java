package id.go.dinsos.sop.process.cohort;

import id.go.dinsos.sop.nik.Nik;

/**
 * One registrant of a cohort, as stored in the cohort's JSON: the person as entered at registration, the result of
 * their own assessment, whether the selection made them a beneficiary (PM), and the certificate they brought back.
 *
 * @param nomor the registrant's number within the cohort ({@code P01}, {@code P02}, ...), given by line order
 * @param nama full name
 * @param nik the 16-digit NIK, or {@code null} for a person without identity document
 * @param jenisKelamin {@code L} or {@code P}
 * @param umur age in years
 * @param alamat address (desa / kecamatan)
 * @param keluarga parent, family or guardian (name, relation, telephone), or {@code null} when none is known
 * @param asesmen the assessment result, {@code null} until assessed
 * @param pm whether the selection chose this registrant as beneficiary
 * @param sertifikat the training certificate's number, {@code null} until recorded (or when none was issued)
 */
public record Registrant(String nomor, String nama, String nik, String jenisKelamin, int umur, String alamat,
    String keluarga, Assessment asesmen, boolean pm, String sertifikat) {

  /** The result of one registrant's assessment. */
  public record Assessment(String kesimpulan, String hasil, String asesor) {

    public boolean layak() {
      return CohortVariables.LAYAK.equals(kesimpulan);
    }
  }

  /** A newly registered person: not yet assessed, not selected, no certificate. */
  public static Registrant registered(String nomor, String nama, String nik, String jenisKelamin, int umur,
      String alamat, String keluarga) {
    return new Registrant(nomor, nama, nik, jenisKelamin, umur, alamat, keluarga, null, false, null);
  }

  public Registrant withAssessment(Assessment result) {
    return new Registrant(nomor, nama, nik, jenisKelamin, umur, alamat, keluarga, result, pm, sertifikat);
  }

  public Registrant withPm(boolean selected) {
    return new Registrant(nomor, nama, nik, jenisKelamin, umur, alamat, keluarga, asesmen, selected, sertifikat);
  }

  public Registrant withSertifikat(String number) {
    return new Registrant(nomor, nama, nik, jenisKelamin, umur, alamat, keluarga, asesmen, pm, number);
  }

  /**
   * "P01 Siti Aminah (NIK 620901**********, P, 15 tahun)", how task names, lists and summaries name the person: they
   * are seen by every role of the office, so the NIK is masked; only the registrant's own data shows it whole.
   */
  public String label() {
    return nomor + " " + nama + " (" + (nik == null ? "tanpa NIK" : "NIK " + Nik.mask(nik)) + ", "
        + jenisKelamin + ", " + umur + " tahun)";
  }
}
