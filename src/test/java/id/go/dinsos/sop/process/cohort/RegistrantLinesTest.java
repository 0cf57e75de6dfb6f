package id.go.dinsos.sop.process.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrantLinesTest {

  @Test
  void readsOneRegistrantPerLineNumberedInOrderSkippingEmptyAndCommentLines() {
    RegistrantLines.Parsed parsed = RegistrantLines.parse("""
        # nama | NIK | L/P | umur | alamat | orang tua/wali
        Siti Aminah | 6209014501100003 | p | 15 | Desa Kujan, Bulik | Ibu Rahmah (ibu), 081349001122

        Dodi Saputra | - | L | 17 | Nanga Bulik |
        Yanto |  | L | 16 | Desa Sungai Tuat
        """);

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.registrants()).containsExactly(
        Registrant.registered("P01", "Siti Aminah", "6209014501100003", "P", 15, "Desa Kujan, Bulik",
            "Ibu Rahmah (ibu), 081349001122"),
        Registrant.registered("P02", "Dodi Saputra", null, "L", 17, "Nanga Bulik", null),
        Registrant.registered("P03", "Yanto", null, "L", 16, "Desa Sungai Tuat", null));
  }

  @Test
  void aNikWithSpacesIsReadAsItsDigits() {
    assertThat(RegistrantLines.parse("Siti | 6209 0145 0110 0003 | P | 15 | Kujan").registrants())
        .extracting(Registrant::nik).containsExactly("6209014501100003");
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndNobodyIsRegistered() {
    RegistrantLines.Parsed parsed = RegistrantLines.parse("""
        Siti Aminah | 6209014501100003 | P | 15 | Kujan | Ibu Rahmah
        Dodi | 12345 | X | lima belas | Bulik
        Yanto | 6209014501100003 | L | 16 | Tuat
        | | L | 121 |
        Budi ; L ; 16
        """);

    assertThat(parsed.valid()).isFalse();
    assertThat(parsed.registrants()).isEmpty();
    assertThat(parsed.errors()).containsExactly(
        "Baris 2: NIK harus 16 angka (tertulis '12345'); kosongkan atau tulis '-' bila tidak punya NIK; "
            + "jenis kelamin harus L atau P (tertulis 'X'); umur harus bilangan bulat 0 sampai 120 tahun "
            + "(tertulis 'lima belas').",
        "Baris 3: NIK 6209014501100003 sudah tercantum di baris 1.",
        "Baris 4: nama belum diisi; umur harus bilangan bulat 0 sampai 120 tahun (tertulis '121'); "
            + "alamat belum diisi.",
        "Baris 5: harus ada 6 kolom dipisah '|' (nama | NIK | L/P | umur | alamat | orang tua/wali), "
            + "tertulis 1 kolom.");
  }

  @Test
  void aNikOfSixteenDigitsIsStillCheckedForItsRegionAndDateOfBirth() {
    assertThat(RegistrantLines.parse("Siti | 6209014513100003 | P | 15 | Kujan").errors()).containsExactly(
        "Baris 1: NIK tidak sah: tanggal lahir (digit 7–12, DDMMYY, tanggal +40 untuk perempuan) tidak valid.");
    assertThat(RegistrantLines.parse("Siti | 9909014501100003 | P | 15 | Kujan").errors()).singleElement()
        .asString().contains("kode provinsi 99");
  }

  @Test
  void tooManyColumnsIsAnError() {
    assertThat(RegistrantLines.parse("Siti | - | P | 15 | Kujan | Ibu | lagi").errors()).containsExactly(
        "Baris 1: harus paling banyak 6 kolom dipisah '|' (nama | NIK | L/P | umur | alamat | orang tua/wali), "
            + "tertulis 7 kolom.");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThat(RegistrantLines.parse("\n  \n").errors()).singleElement().asString()
        .startsWith("Daftar pendaftar belum diisi");
    assertThat(RegistrantLines.parse(null).valid()).isFalse();
  }

  @Test
  void moreRegistrantsThanTheLimitAreRefused() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= RegistrantLines.MAX_REGISTRANTS; i++) {
      lines.append("Anak ").append(i).append(" | - | L | 15 | Bulik\n");
    }
    assertThat(RegistrantLines.parse(lines.toString()).errors())
        .containsExactly("Paling banyak 200 pendaftar dalam satu angkatan; tertulis 201.");
  }
}
