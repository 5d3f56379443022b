package dev.tradekit.intx.simulator;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * When each request arrived (its headers parsed), on {@link System#nanoTime()}, for tests of a
 * client's rate limit; kept only when asked for, as it grows with every request. Thread-safe.
 */
final class Arrivals {
  private final boolean kept;
  private final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();

  Arrivals(boolean kept) {
    this.kept = kept;
  }

  void arrived() {
    if (kept) {
      times.add(System.nanoTime());
    }
  }

  long[] sorted() {
    long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** The most arrivals within any window of {@code windowNanos} (both ends included). */
  static int busiest(long[] sorted, long windowNanos) {
    int most = 0;
    int first = 0;
    for (int last = 0; last < sorted.length; last++) {
      while (sorted[last] - sorted[first] > windowNanos) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }
}
