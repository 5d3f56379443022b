package dev.tradekit.intx.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Time that moves only when someone sleeps, by exactly as long; records every sleep. */
final class FakeTicker implements Ticker {
  private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
  final List<Long> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void sleep(long nanos) {
    sleeps.add(nanos);
    now.addAndGet(Math.max(0, nanos));
  }

  void advance(long nanos) {
    now.addAndGet(nanos);
  }
}
