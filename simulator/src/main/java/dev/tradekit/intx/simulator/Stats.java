package dev.tradekit.intx.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters a test reads: single-order cancels answered 200 and 400, and requests refused as
 * unauthenticated (401). Thread-safe.
 */
final class Stats {
  static final String CANCEL_ORDER = "DELETE /api/v1/orders/{id}";

  final AtomicLong canceled = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong unauthorized = new AtomicLong();

  /** Counts one answer; {@code route} is null when no operation matched. */
  void answered(Route route, int status) {
    if (status == 401) {
      unauthorized.incrementAndGet();
    } else if (route != null && CANCEL_ORDER.equals(route.key())) {
      if (status == 200) {
        canceled.incrementAndGet();
      } else if (status == 400) {
        rejected.incrementAndGet();
      }
    }
  }
}
