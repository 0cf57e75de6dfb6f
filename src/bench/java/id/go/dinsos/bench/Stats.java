package id.go.dinsos.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies collected from many threads; percentiles by the nearest-rank method. */
public final class Stats {

  private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

  public void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  public int count() {
    return nanos.size();
  }

  /** The p-th percentile (0 < p <= 100) in milliseconds, NaN when nothing was measured. */
  public double percentileMillis(double p) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return percentileMillis(sorted, p);
  }

  static double percentileMillis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
  }

  static long[] sorted(long... values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
