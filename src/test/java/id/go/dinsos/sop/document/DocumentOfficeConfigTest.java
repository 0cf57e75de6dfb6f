package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.identity.Office;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled office settings, an administrator's override directory and what a missing setting says. */
class DocumentOfficeConfigTest {

  @TempDir Path configDir;

  @Test
  void everyOfficeCanIssueEveryKindWithTheBundledSettings() {
    OfficeDocumentConfig config = new OfficeDocumentConfig("");
    assertThat(config.tenantIds()).containsExactlyInAnyOrder(
        Arrays.stream(Office.values()).map(Office::tenantId).toArray(String[]::new));
    for (Office office : Office.values()) {
      OfficeDocumentSettings settings = config.settings(office.tenantId()).orElseThrow();
      assertThat(config.unknownKinds(office.tenantId())).as(office.tenantId()).isEmpty();
      for (DocumentKind kind : DocumentKind.values()) {
        assertThat(settings.problemsFor(kind)).as("%s %s", office.tenantId(), kind).isEmpty();
      }
    }
    Signer magetan = config.settings("magetan").orElseThrow().signerFor(DocumentKind.SURAT_TUGAS).orElseThrow();
    assertThat(magetan.nama()).isEqualTo("PARMINTO BUDI UTOMO, S.Sos., M.AP.");
    assertThat(magetan.pangkat()).startsWith("Pembina Utama Muda");
    assertThat(magetan.nip()).isEqualTo("19721221 199302 1 002");
  }

  @Test
  void anOverrideFileChangesOnlyWhatItNamesAndReplacesASignerWhole() throws IOException {
    Files.writeString(configDir.resolve("offices.yaml"), """
        kantor:
          magetan:
            kop:
              alamat: Jl. Raya Maospati No. 9, Magetan
            penandatangan:
              default:
                nama: Drs. PENGGANTI
                jabatan: Plt. Kepala Dinas Sosial Kabupaten Magetan
              LAPORAN_SOSIAL:
                nama: SRI WAHYUNINGSIH, S.Sos.
                jabatan: Pekerja Sosial Ahli Muda
                nip: 19850317 201001 2 014
            penomoran:
              STOCK_OPNAME: "027/{seq:4}/SO/{year}"
        """);
    OfficeDocumentConfig config = new OfficeDocumentConfig(configDir.toString());
    OfficeDocumentSettings magetan = config.settings("magetan").orElseThrow();

    assertThat(magetan.kop().alamat()).isEqualTo("Jl. Raya Maospati No. 9, Magetan");
    assertThat(magetan.kop().pemerintah()).isEqualTo("PEMERINTAH KABUPATEN MAGETAN");
    assertThat(magetan.signerFor(DocumentKind.LAPORAN_SOSIAL).orElseThrow().nama()).isEqualTo("SRI WAHYUNINGSIH, S.Sos.");
    assertThat(magetan.numberFormatFor(DocumentKind.STOCK_OPNAME)).contains("027/{seq:4}/SO/{year}");
    assertThat(magetan.numberFormatFor(DocumentKind.SURAT_TUGAS)).contains("800/{seq}/403.107/{year}");
    // the new default signer gave no NIP: the previous head's NIP must not be printed under the new name
    assertThat(magetan.signerFor(DocumentKind.SURAT_TUGAS).orElseThrow().nip()).isNull();
    assertThat(magetan.problemsFor(DocumentKind.SURAT_TUGAS))
        .containsExactly("data penandatangan Surat Tugas kantor magetan belum lengkap: NIP");
    assertThat(magetan.problemsFor(DocumentKind.LAPORAN_SOSIAL)).isEmpty();
    assertThat(config.settings("lamandau").orElseThrow().problemsFor(DocumentKind.SURAT_TUGAS)).isEmpty();
  }

  @Test
  void theOverrideIsReadAgainForEveryDocument() throws IOException {
    OfficeDocumentConfig config = new OfficeDocumentConfig(configDir.toString());
    assertThat(config.settings("tanah-laut").orElseThrow().kota()).isEqualTo("Pelaihari");
    Files.writeString(configDir.resolve("offices.yaml"), "kantor:\n  tanah-laut:\n    kota: Pelaihari, Tanah Laut\n");
    assertThat(config.settings("tanah-laut").orElseThrow().kota()).isEqualTo("Pelaihari, Tanah Laut");
  }

  @Test
  void missingSignerAndNumberingAreNamedForTheOffice() throws IOException {
    Files.writeString(configDir.resolve("offices.yaml"), """
        kantor:
          magetan:
            # an empty entry removes the bundled one
            penandatangan:
            penomoran:
              default: "400.9/{nomor}/{year}"
              SURAT_TUGAS: ""
        """);
    OfficeDocumentSettings magetan = new OfficeDocumentConfig(configDir.toString()).settings("magetan").orElseThrow();
    assertThat(magetan.problemsFor(DocumentKind.SURAT_TUGAS)).containsExactly(
        "penandatangan untuk kantor magetan belum dikonfigurasi",
        "format penomoran '400.9/{nomor}/{year}' memuat bagian yang tidak dikenal: {nomor} (yang dikenal: {seq},"
            + " {seq:3}, {year}, {month}, {roman-month}, {kind-code}, {office-code}) (kantor magetan)");
  }
}
