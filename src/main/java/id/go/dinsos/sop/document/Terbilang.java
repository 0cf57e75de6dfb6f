package id.go.dinsos.sop.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in Indonesian words ("terbilang"), as written on berita acara and receipts:
 * 1.250.000 is "satu juta dua ratus lima puluh ribu".
 */
public final class Terbilang {

  private static final String[] UNITS = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
      "sembilan", "sepuluh", "sebelas"};
  private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
  private static final String[] SCALE_NAMES = {"triliun", "miliar", "juta", "ribu"};

  private Terbilang() {}

  /** The words for a whole number, e.g. {@code 1011} is "seribu sebelas"; 0 is "nol". */
  public static String of(long number) {
    if (number == 0) {
      return "nol";
    }
    if (number < 0) {
      return "minus " + of(-number);
    }
    if (number >= 1_000_000_000_000_000L) {
      throw new IllegalArgumentException("Angka terlalu besar untuk ditulis dengan huruf: " + number);
    }
    return words(number).trim();
  }

  /** An amount of rupiah in words, rounded to the whole rupiah: "satu juta dua ratus lima puluh ribu rupiah". */
  public static String rupiah(BigDecimal amount) {
    return of(amount.setScale(0, RoundingMode.HALF_UP).longValueExact()) + " rupiah";
  }

  private static String words(long number) {
    StringBuilder words = new StringBuilder();
    long rest = number;
    for (int i = 0; i < SCALES.length; i++) {
      long count = rest / SCALES[i];
      rest %= SCALES[i];
      if (count == 0) {
        continue;
      }
      if (count == 1 && SCALES[i] == 1_000L) {
        words.append("seribu ");
      } else {
        words.append(belowThousand((int) count)).append(' ').append(SCALE_NAMES[i]).append(' ');
      }
    }
    if (rest > 0) {
      words.append(belowThousand((int) rest));
    }
    return words.toString().trim();
  }

  private static String belowThousand(int number) {
    StringBuilder words = new StringBuilder();
    int hundreds = number / 100;
    int rest = number % 100;
    if (hundreds == 1) {
      words.append("seratus");
    } else if (hundreds > 1) {
      words.append(UNITS[hundreds]).append(" ratus");
    }
    if (rest > 0) {
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(belowHundred(rest));
    }
    return words.toString();
  }

  private static String belowHundred(int number) {
    if (number < 12) {
      return UNITS[number];
    }
    if (number < 20) {
      return UNITS[number - 10] + " belas";
    }
    int tens = number / 10;
    int units = number % 10;
    return UNITS[tens] + " puluh" + (units > 0 ? " " + UNITS[units] : "");
  }
}
