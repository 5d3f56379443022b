package dev.tradekit.intx.client;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One limit for every client on an API key, in any process: the permits live in a {@link
 * PermitStore} (Redis or Hazelcast), each held, as in {@link SlidingWindow}, from before its
 * request is sent until a second after its answer, so the server never sees more than {@code
 * permitsPerSecond} from all of them in any sliding second. Reads may take all but {@code
 * cancelReserve} of them.
 *
 * <p>Within a process, a few reads ({@link #ASKING}) and as many cancels at a time ask the store;
 * the others queue behind them, fairly, so waiting costs the store a few questions per freed permit
 * and process, not one per waiting thread, a slow store still grants several permits per round
 * trip, and a cancel never queues behind a read.
 *
 * <p>When the store fails or answers slower than its timeout, permits come from {@code fallback},
 * a local limit at a share of the budget, and one WARN line says so; the store is asked again
 * every {@link #RETRY_STORE_NANOS} and one INFO line says when it is back. Each switch waits a
 * second first, so that permits granted on one side have cooled before the other side counts
 * (it knows nothing of them).
 */
final class SharedRateLimiter implements RateLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(SharedRateLimiter.class);
  static final long WINDOW_MICROS = TimeUnit.SECONDS.toMicros(1);
  static final long RETRY_STORE_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** How many reads, and how many cancels, of a process ask the store at once. */
  static final int ASKING = 4;
  /** Longest a permit in use is held for a process that may have died: a call timeout at most. */
  private static final long MAX_LEASE_MICROS = TimeUnit.MINUTES.toMicros(1);

  private final PermitStore store;
  private final String key;
  private final int permitsPerSecond;
  private final int readCeiling;
  private final RateLimiter fallback;
  private final int fallbackPerSecond;
  private final Ticker ticker;
  private final Semaphore readTurns = new Semaphore(ASKING, true);
  private final Semaphore cancelTurns = new Semaphore(ASKING, true);
  /**
   * Releases and discards the store missed: made once it answers again, so that its permits are
   * not held until their leases run out.
   */
  private final Queue<Runnable> debts = new ConcurrentLinkedQueue<>();

  // Guarded by this.
  private boolean storeDown;
  private long askStoreAt;
  private long pausedUntil;

  SharedRateLimiter(
      PermitStore store, String key, int permitsPerSecond, int cancelReserve, int fallbackPerSecond, Ticker ticker) {
    this.store = store;
    this.key = key;
    this.permitsPerSecond = permitsPerSecond;
    this.readCeiling = permitsPerSecond - cancelReserve;
    this.fallbackPerSecond = fallbackPerSecond;
    this.fallback = new LocalRateLimiter(fallbackPerSecond, fallbackReserve(cancelReserve, permitsPerSecond, fallbackPerSecond), ticker);
    this.ticker = ticker;
    this.pausedUntil = ticker.nanoTime();
  }

  /** The reserve scaled to the fallback's budget, rounded up, leaving reads at least one permit. */
  static int fallbackReserve(int cancelReserve, int permitsPerSecond, int fallbackPerSecond) {
    int scaled = (int) Math.ceil((double) cancelReserve * fallbackPerSecond / permitsPerSecond);
    return Math.min(scaled, fallbackPerSecond - 1);
  }

  @Override
  public Permit acquire(boolean cancel, long maxWaitNanos) throws InterruptedException {
    long start = ticker.nanoTime();
    Semaphore turns = cancel ? cancelTurns : readTurns;
    if (!turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
      return null;
    }
    try {
      while (true) {
        long remaining = maxWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : maxWaitNanos - (ticker.nanoTime() - start);
        long pause = pauseNanos();
        if (pause > 0) {
          if (pause >= remaining) {
            return null;
          }
          ticker.sleep(pause);
          continue;
        }
        if (!shouldAskStore()) {
          return fallback.acquire(cancel, remaining);
        }
        long id = ThreadLocalRandom.current().nextLong();
        long lease = Math.min(TimeUnit.NANOSECONDS.toMicros(remaining), MAX_LEASE_MICROS) + WINDOW_MICROS;
        long waitMicros;
        try {
          waitMicros = store.tryAcquire(key, id, cancel ? permitsPerSecond : readCeiling, lease, WINDOW_MICROS);
        } catch (RuntimeException e) {
          // It may have been granted all the same: then it would be held for the whole lease.
          owe(() -> store.discard(key, id));
          if (Thread.interrupted()) { // the caller's interrupt ended the wait (Lettuce and Hazelcast keep it): not the store's failure
            throw new InterruptedException("interrupted while asking the shared rate limit store");
          }
          storeFailed(e);
          continue;
        }
        payDebts();
        if (storeAnswered()) { // back: pause first, this permit included
          if (waitMicros == 0) {
            new StorePermit(id).unused();
          }
          continue;
        }
        if (waitMicros == 0) {
          return new StorePermit(id);
        }
        long sleep = TimeUnit.MICROSECONDS.toNanos(waitMicros);
        if (sleep >= remaining) {
          return null;
        }
        ticker.sleep(sleep);
      }
    } finally {
      turns.release();
    }
  }

  private void owe(Runnable change) {
    debts.add(change);
  }

  /** Makes the changes the store missed while it was down, in order, until it fails again. */
  private void payDebts() {
    for (Runnable debt = debts.peek(); debt != null; debt = debts.peek()) {
      try {
        debt.run();
      } catch (RuntimeException stillDown) {
        return;
      }
      debts.remove(debt);
    }
  }

  private synchronized long pauseNanos() {
    return pausedUntil - ticker.nanoTime();
  }

  /** While the store is down, true for one caller every {@link #RETRY_STORE_NANOS}. */
  private synchronized boolean shouldAskStore() {
    if (!storeDown) {
      return true;
    }
    long now = ticker.nanoTime();
    if (now - askStoreAt < 0) {
      return false;
    }
    askStoreAt = now + RETRY_STORE_NANOS;
    return true;
  }

  private synchronized void storeFailed(RuntimeException e) {
    long now = ticker.nanoTime();
    askStoreAt = now + RETRY_STORE_NANOS;
    if (!storeDown) {
      storeDown = true;
      pausedUntil = now + TimeUnit.MICROSECONDS.toNanos(WINDOW_MICROS);
      // The exception's class only: a store's message may carry its address or credentials.
      LOG.warn(
          "Shared rate limit store unavailable ({}): limiting this process to {} requests per second until it is back (asked again every {} s)",
          e.getClass().getSimpleName(), fallbackPerSecond, TimeUnit.NANOSECONDS.toSeconds(RETRY_STORE_NANOS));
    }
  }

  /** True when the store was down until now. */
  private synchronized boolean storeAnswered() {
    if (!storeDown) {
      return false;
    }
    storeDown = false;
    pausedUntil = ticker.nanoTime() + TimeUnit.MICROSECONDS.toNanos(WINDOW_MICROS);
    LOG.info("Shared rate limit store is back: sharing {} requests per second again", permitsPerSecond);
    return true;
  }

  /** A permit held in the store; if the store is down by then, its lease runs out there. */
  private final class StorePermit implements Permit {
    private final long id;

    StorePermit(long id) {
      this.id = id;
    }

    @Override
    public void release() {
      tellStore(() -> store.release(key, id, WINDOW_MICROS)); // if owed, released later than due: the safe side
    }

    @Override
    public void unused() {
      tellStore(() -> store.discard(key, id));
    }

    /** Tells the store now, or once it is back; the stores fail a call of an interrupted thread, so the interrupt waits. */
    private void tellStore(Runnable call) {
      boolean interrupted = Thread.interrupted();
      try {
        call.run();
      } catch (RuntimeException e) {
        owe(call);
        storeFailed(e);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
