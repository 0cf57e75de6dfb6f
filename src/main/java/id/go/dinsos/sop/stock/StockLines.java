package id.go.dinsos.sop.stock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stock lists of SOP D's forms, one row per line with the columns separated by {@code |} (the list format of
 * docs/documents.md): batches as "jenis | jumlah | satuan | masa berlaku" (stock opname, receipts) and a handover as
 * "jenis | jumlah | satuan | keterangan". Every bad line is reported at once, in Indonesian, with its number and text.
 */
public final class StockLines {

  /** What an empty masa berlaku may also be written as. */
  private static final List<String> NO_EXPIRY = List.of("-", "—", "tanpa", "tidak ada");
  private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private StockLines() {
  }

  /**
   * Batches "jenis | jumlah | satuan | masa berlaku"; the date may be left empty or "-" for goods without one.
   *
   * @param listName the form field, as the message names it
   * @param zeroAllowed whether a count of 0 is allowed (stock opname) or every line must bring at least 1 (receipt)
   */
  public static List<StockLine> batches(String text, String listName, boolean zeroAllowed) {
    List<StockLine> lines = read(text, listName, zeroAllowed, true);
    Map<String, Integer> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (StockLine line : lines) {
      String key = line.itemKey() + "|" + line.masaBerlaku();
      Integer first = seen.putIfAbsent(key, line.lineNumber());
      if (first != null) {
        problems.add("baris " + line.lineNumber() + ": barang dan masa berlaku yang sama sudah ada di baris " + first
            + "; jumlahkan dalam satu baris");
      }
    }
    refuseIfAny(listName, problems);
    return lines;
  }

  /** A handover "jenis | jumlah | satuan | keterangan"; each line must hand over at least 1. */
  public static List<StockLine> handover(String text, String listName) {
    return read(text, listName, false, false);
  }

  private static List<StockLine> read(String text, String listName, boolean zeroAllowed, boolean withExpiry) {
    List<StockLine> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] rows = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      int number = i + 1;
      String[] cells = row.split("\\|", -1);
      if (cells.length < 3 || cells.length > 4) {
        problems.add("baris " + number + " ('" + row + "'): tulis " + (withExpiry
            ? "jenis | jumlah | satuan | masa berlaku" : "jenis | jumlah | satuan | keterangan")
            + ", dipisahkan tanda |");
        continue;
      }
      String jenis = cells[0].strip();
      String jumlahText = cells[1].strip().replace(".", "");
      String satuan = cells[2].strip();
      String last = cells.length == 4 ? cells[3].strip() : "";
      List<String> lineProblems = new ArrayList<>();
      if (jenis.isEmpty()) {
        lineProblems.add("jenis barang kosong");
      } else if (jenis.length() > 200) {
        lineProblems.add("jenis barang lebih dari 200 karakter");
      }
      if (satuan.isEmpty()) {
        lineProblems.add("satuan kosong");
      } else if (satuan.length() > 50) {
        lineProblems.add("satuan lebih dari 50 karakter");
      }
      long jumlah = -1;
      if (!jumlahText.matches("\\d{1,12}")) {
        lineProblems.add("jumlah '" + cells[1].strip() + "' bukan bilangan bulat (contoh: 500)");
      } else {
        jumlah = Long.parseLong(jumlahText);
        if (jumlah == 0 && !zeroAllowed) {
          lineProblems.add("jumlah harus paling sedikit 1");
        }
      }
      LocalDate masaBerlaku = null;
      if (withExpiry && !last.isEmpty() && !NO_EXPIRY.contains(last.toLowerCase())) {
        masaBerlaku = date(last);
        if (masaBerlaku == null) {
          lineProblems.add("masa berlaku '" + last + "' bukan tanggal (contoh: 2027-06-30 atau 30-06-2027;"
              + " kosongkan atau tulis - bila tanpa masa berlaku)");
        }
      }
      if (!lineProblems.isEmpty()) {
        problems.add("baris " + number + " ('" + row + "'): " + String.join(", ", lineProblems));
        continue;
      }
      lines.add(new StockLine(number, jenis, jumlah, satuan, masaBerlaku,
          withExpiry || last.isEmpty() ? null : last));
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add("belum ada barang; tulis satu barang per baris");
    }
    refuseIfAny(listName, problems);
    return lines;
  }

  private static LocalDate date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException notThisOne) {
        // try the next format
      }
    }
    return null;
  }

  private static void refuseIfAny(String listName, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new StockRefusedException("Daftar " + listName + " belum dapat dicatat: " + String.join("; ", problems)
          + ".");
    }
  }
}
