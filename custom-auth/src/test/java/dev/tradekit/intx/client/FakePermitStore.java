package dev.tradekit.intx.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PermitStore} in memory, as Redis and Hazelcast keep it, on a test's ticker; {@link
 * #down} makes every call fail as an unreachable store does. As Lettuce and Hazelcast do, a call by
 * an interrupted thread fails with the interrupt kept; {@link #interruptNextGrant} interrupts the
 * caller while its permit is being granted. Thread-safe.
 */
final class FakePermitStore implements PermitStore {
  private final Ticker ticker;
  /** Per key: permit id to the microsecond it frees. */
  final Map<String, Map<Long, Long>> permits = new HashMap<>();
  volatile boolean down;
  volatile boolean interruptNextGrant;
  int calls;

  FakePermitStore(Ticker ticker) {
    this.ticker = ticker;
  }

  private long now() {
    return TimeUnit.NANOSECONDS.toMicros(ticker.nanoTime());
  }

  private Map<Long, Long> live(String key) {
    calls++;
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("interrupted");
    }
    if (down) {
      throw new IllegalStateException("store down");
    }
    Map<Long, Long> held = permits.computeIfAbsent(key, k -> new HashMap<>());
    long now = now();
    held.values().removeIf(free -> free <= now);
    return held;
  }

  @Override
  public synchronized long tryAcquire(String key, long id, int ceiling, long leaseMicros, long windowMicros) {
    Map<Long, Long> held = live(key);
    if (held.size() < ceiling) {
      held.put(id, now() + leaseMicros);
      if (interruptNextGrant) {
        interruptNextGrant = false;
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      return 0;
    }
    List<Long> frees = new ArrayList<>(held.values());
    frees.sort(null);
    return Math.max(1, Math.min(frees.get(held.size() - ceiling) - now(), windowMicros));
  }

  @Override
  public synchronized void release(String key, long id, long windowMicros) {
    live(key).computeIfPresent(id, (i, free) -> now() + windowMicros);
  }

  @Override
  public synchronized void discard(String key, long id) {
    live(key).remove(id);
  }

  synchronized int held(String key) {
    long now = now();
    return (int) permits.getOrDefault(key, Map.of()).values().stream().filter(free -> free > now).count();
  }
}
