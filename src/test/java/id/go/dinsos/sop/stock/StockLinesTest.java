package id.go.dinsos.sop.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stock lists staff type in SOP D's forms: what is read, and the Indonesian message naming every bad line. */
class StockLinesTest {

  @Test
  void batchesAreReadWithTheirExpiryOrNone() {
    assertThat(StockLines.batches("""
        Beras | 1.000 | kg | 2027-06-30

        Selimut | 200 | lembar | -
        Mie instan | 0 | dus | 31-12-2026
        Tenda keluarga | 5 | unit
        """, "hasil penghitungan", true))
        .containsExactly(
            new StockLine(1, "Beras", 1000, "kg", LocalDate.of(2027, 6, 30), null),
            new StockLine(3, "Selimut", 200, "lembar", null, null),
            new StockLine(4, "Mie instan", 0, "dus", LocalDate.of(2026, 12, 31), null),
            new StockLine(5, "Tenda keluarga", 5, "unit", null, null));
  }

  @Test
  void everyBadLineIsNamedWithItsNumberAndWhatIsWrong() {
    assertThatThrownBy(() -> StockLines.batches("""
        Beras | lima | kg | 2027-06-30
        Selimut | 20 | | 30/02/2027
        Minyak goreng 20 liter
        | 3 | dus |
        """, "hasil penghitungan", true))
        .isInstanceOf(StockRefusedException.class)
        .hasMessage("Daftar hasil penghitungan belum dapat dicatat: "
            + "baris 1 ('Beras | lima | kg | 2027-06-30'): jumlah 'lima' bukan bilangan bulat (contoh: 500); "
            + "baris 2 ('Selimut | 20 | | 30/02/2027'): satuan kosong, masa berlaku '30/02/2027' bukan tanggal"
            + " (contoh: 2027-06-30 atau 30-06-2027; kosongkan atau tulis - bila tanpa masa berlaku); "
            + "baris 3 ('Minyak goreng 20 liter'): tulis jenis | jumlah | satuan | masa berlaku, dipisahkan tanda |; "
            + "baris 4 ('| 3 | dus |'): jenis barang kosong.");
  }

  @Test
  void aReceiptOrHandoverBringsAtLeastOneOfEachLineAndTheSameBatchOnlyOnce() {
    assertThatThrownBy(() -> StockLines.batches("Beras | 0 | kg | 2027-06-30", "barang dari Perum Bulog", false))
        .hasMessageContaining("baris 1 ('Beras | 0 | kg | 2027-06-30'): jumlah harus paling sedikit 1");
    assertThatThrownBy(() -> StockLines.batches("Beras | 5 | kg | 2027-06-30\nberas | 7 | KG | 30-06-2027",
        "barang dari Perum Bulog", false))
        .hasMessageContaining("baris 2: barang dan masa berlaku yang sama sudah ada di baris 1");
    assertThatThrownBy(() -> StockLines.handover("  \n ", "barang yang diserahkan"))
        .hasMessage("Daftar barang yang diserahkan belum dapat dicatat: belum ada barang; tulis satu barang per baris.");
  }

  @Test
  void aHandoverKeepsItsRemarkAndNamesItemsWhateverTheirCapitals() {
    assertThat(StockLines.handover("Beras | 100 | KG | dapur umum\nSelimut | 4 | lembar", "barang"))
        .containsExactly(new StockLine(1, "Beras", 100, "KG", null, "dapur umum"),
            new StockLine(2, "Selimut", 4, "lembar", null, null));
    assertThat(new StockLine(1, " Beras  Medium", 1, "KG", null, null).itemKey())
        .isEqualTo(new StockLine(2, "beras medium", 1, "kg", null, null).itemKey());
  }
}
