package id.go.dinsos.sop.casefile;

import static id.go.dinsos.sop.casefile.PersonFields.person;

import id.go.dinsos.sop.casefile.PersonFields.Part;
import id.go.dinsos.sop.process.anakterlantar.AnakTerlantarVariables;
import id.go.dinsos.sop.process.anakterlantarpanti.AnakTerlantarPantiVariables;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables;
import id.go.dinsos.sop.process.lansiapanti.LansiaPantiVariables;
import id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that says, per SOP, which form fields name the people of its cases (and, for a cohort SOP,
 * that its registrants are read from the cohort's variables) and where the referral consent is taken. A SOP
 * missing here (D, H: nobody named) still gets its case-file page, with no people linked. To add a SOP, add one entry built from its {@code *Variables} class.
 */
public final class CasePeopleMappings {

  /**
   * A registrant of a cohort SOP (A, E): the properties of their JSON variable ({@code pendaftarP01}, written by
   * {@code process/cohort/}), all anak terlantar sent to a panti's training.
   */
  private static final PersonFields REGISTRANT = person("pendaftar").with(Part.NIK, "nik").with(Part.NAME, "nama")
      .with(Part.SEX, "jenisKelamin").with(Part.ADDRESS, "alamat").with(Part.FAMILY_OR_GUARDIAN, "keluarga")
      .category(BeneficiaryCategory.ANAK_TERLANTAR);

  private static final Map<String, CasePeopleMapping> BY_PROCESS = Stream.of(
      // A. Lamandau: a batch of anak terlantar; the parents consent when the panti's forms are filled in
      CasePeopleMapping.of(AnakTerlantarVariables.PROCESS_ID).withCohort(REGISTRANT)
          .withConsentAt(AnakTerlantarVariables.TASK_PENGISIAN_FORMULIR_PERSYARATAN,
              AnakTerlantarVariables.PERSETUJUAN_RUJUKAN, AnakTerlantarVariables.PEMBERI_PERSETUJUAN_NAMA),
      // B. Magetan: the child handed over (often without NIK), anak jalanan or anak terlantar
      CasePeopleMapping.of(AnjalAtVariables.PROCESS_ID,
              person("anak").with(Part.NIK, AnjalAtVariables.ANAK_NIK).with(Part.NAME, AnjalAtVariables.ANAK_NAMA)
                  .with(Part.SEX, AnjalAtVariables.ANAK_JENIS_KELAMIN)
                  .with(Part.BIRTH_DATE, AnjalAtVariables.ANAK_TANGGAL_LAHIR)
                  .category(AnjalAtVariables.KATEGORI, Map.of("ANJAL", BeneficiaryCategory.ANAK_JALANAN,
                      "AT", BeneficiaryCategory.ANAK_TERLANTAR)))
          .withConsentAt(AnjalAtVariables.TASK_KOORDINASI_RUJUKAN, AnjalAtVariables.PERSETUJUAN_RUJUKAN,
              AnjalAtVariables.PEMBERI_PERSETUJUAN_NAMA),
      // C. Lamandau: the lansia named in the village's letter
      CasePeopleMapping.of(LansiaPantiJompoVariables.PROCESS_ID,
              person("lansia").with(Part.NIK, LansiaPantiJompoVariables.LANSIA_NIK)
                  .with(Part.NAME, LansiaPantiJompoVariables.LANSIA_NAMA)
                  .with(Part.SEX, LansiaPantiJompoVariables.LANSIA_JENIS_KELAMIN)
                  .with(Part.DESA_KELURAHAN, LansiaPantiJompoVariables.DESA_KELURAHAN)
                  .with(Part.KECAMATAN, LansiaPantiJompoVariables.KECAMATAN)
                  .with(Part.ADDRESS, LansiaPantiJompoVariables.LANSIA_ALAMAT)
                  .category(BeneficiaryCategory.LANSIA_TERLANTAR))
          .withConsentAt(LansiaPantiJompoVariables.TASK_VERIFIKASI_ASESMEN,
              LansiaPantiJompoVariables.PERSETUJUAN_RUJUKAN, LansiaPantiJompoVariables.PEMBERI_PERSETUJUAN_NAMA),
      // D. Tanah Laut logistik bencana: no entry. Its forms count the victims (jumlahKorban, "35 KK korban banjir")
      //    and name only officials and the recipient's representative (kepala desa, posko): nobody to register.
      // E. Tanah Laut: a batch of anak terlantar, as A
      CasePeopleMapping.of(AnakTerlantarPantiVariables.PROCESS_ID).withCohort(REGISTRANT)
          .withConsentAt(AnakTerlantarPantiVariables.TASK_PENGISIAN_FORMULIR_PERSYARATAN,
              AnakTerlantarPantiVariables.PERSETUJUAN_RUJUKAN, AnakTerlantarPantiVariables.PEMBERI_PERSETUJUAN_NAMA),
      // F. Tanah Laut: the lansia brought to the office or reported by the community; consent at the home visit
      CasePeopleMapping.of(LansiaPantiVariables.PROCESS_ID,
          person("lansia").with(Part.NIK, LansiaPantiVariables.LANSIA_NIK)
              .with(Part.NAME, LansiaPantiVariables.LANSIA_NAMA)
              .with(Part.SEX, LansiaPantiVariables.LANSIA_JENIS_KELAMIN)
              .with(Part.BIRTH_PLACE, LansiaPantiVariables.LANSIA_TEMPAT_LAHIR)
              .with(Part.BIRTH_DATE, LansiaPantiVariables.LANSIA_TANGGAL_LAHIR)
              .with(Part.ADDRESS, LansiaPantiVariables.LANSIA_ALAMAT)
              .with(Part.FAMILY_OR_GUARDIAN, LansiaPantiVariables.KELUARGA_LANSIA)
              .category(BeneficiaryCategory.LANSIA_TERLANTAR))
          .withConsentAt(LansiaPantiVariables.TASK_HOME_VISIT, LansiaPantiVariables.PERSETUJUAN_RUJUKAN,
              LansiaPantiVariables.PEMBERI_PERSETUJUAN_NAMA),
      // G. Tanah Laut: the stranded applicant or former prisoner; the address of origin comes at a later step
      CasePeopleMapping.of(BantuanOrangTerlantarVariables.PROCESS_ID,
          person("pemohon").with(Part.NIK, BantuanOrangTerlantarVariables.PEMOHON_NIK)
              .with(Part.NAME, BantuanOrangTerlantarVariables.PEMOHON_NAMA)
              .with(Part.SEX, BantuanOrangTerlantarVariables.PEMOHON_JENIS_KELAMIN)
              .with(Part.ADDRESS, BantuanOrangTerlantarVariables.ALAMAT_ASAL)
              .category(BantuanOrangTerlantarVariables.KATEGORI_PEMOHON, Map.of(
                  "ORANG_TERLANTAR", BeneficiaryCategory.ORANG_TERLANTAR,
                  "EKS_NARAPIDANA", BeneficiaryCategory.EKS_NARAPIDANA)))
      // H. Tanah Laut laporan kinerja: no entry, an office report without beneficiaries
  ).collect(Collectors.toUnmodifiableMap(CasePeopleMapping::processDefinitionKey, Function.identity()));

  private CasePeopleMappings() {}

  public static Optional<CasePeopleMapping> forProcess(String processDefinitionKey) {
    return Optional.ofNullable(BY_PROCESS.get(processDefinitionKey));
  }

  public static Collection<CasePeopleMapping> all() {
    return BY_PROCESS.values();
  }
}
