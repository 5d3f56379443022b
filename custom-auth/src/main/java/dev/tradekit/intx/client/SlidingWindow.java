package dev.tradekit.intx.client;

/**
 * Lets at most {@code permits} requests reach the server in any sliding window of {@code
 * windowNanos}, the very first window included, however the network delays them.
 *
 * <p>A request holds a permit from before it is sent until one window after its answer (or its
 * failure) came back. Why that holds at the server: a request arrives there after it took its
 * permit and before its answer left, so it holds the permit from before its arrival until at least
 * one window after it. If {@code permits + 1} requests arrived within one window, all of them
 * would hold a permit at the moment the last of them arrived: one too many.
 *
 * <p>Why not the simpler choices. A token bucket of capacity N refilled at N per second lets a full
 * bucket plus a second's refill through: 2N in the first second (the Bucket4j bucket this replaces
 * let 21 requests of a 20-per-second limit reach a local server within 77 ms). A window over send
 * times holds only at the client: the server counts arrivals, which trail the sends by a varying
 * delay (a new connection, a busy machine). Tried on a loaded 2-vCPU machine, it let 21 requests
 * arrive within 870 to 960 ms, and within 750 to 960 ms with the wait moved next to the socket.
 * Counting from the answer costs a sustained rate of N per (window + latency) instead of N per
 * window: the price of a limit the server never sees exceeded.
 *
 * <p>Cost: a short lock per acquire and release; memory for the permits in use or cooling down,
 * never more than {@code permits}, grown on demand. Waiting needs no signal: a permit in use frees
 * no sooner than a window from now, so a waiter sleeps until the oldest cooling permit frees, or
 * a window, and never past a permit.
 */
final class SlidingWindow {
  private final int permits;
  private final long windowNanos;
  private final Ticker ticker;
  private int inUse;
  /** When cooling permits free up, earliest first, in a ring: {@code frees[(head + i) % length]}. */
  private long[] frees = new long[16];
  private int head;
  private int cooling;

  SlidingWindow(int permits, long windowNanos, Ticker ticker) {
    this.permits = permits;
    this.windowNanos = windowNanos;
    this.ticker = ticker;
  }

  /**
   * Takes a permit, waiting for one less than {@code maxWaitNanos} ({@link Long#MAX_VALUE}: no
   * limit). Returns false, without waiting in vain, as soon as none can come in time.
   */
  boolean acquire(long maxWaitNanos) throws InterruptedException {
    return acquire(permits, maxWaitNanos);
  }

  /**
   * Like {@link #acquire(long)}, but only while fewer than {@code ceiling} (at most {@code permits})
   * are in use or cooling down: the permits above it stay for callers with a higher ceiling.
   */
  boolean acquire(int ceiling, long maxWaitNanos) throws InterruptedException {
    long start = ticker.nanoTime();
    while (true) {
      long sleep;
      synchronized (this) {
        long now = ticker.nanoTime();
        while (cooling > 0 && frees[head] - now <= 0) {
          head = (head + 1) % frees.length;
          cooling--;
        }
        int taken = inUse + cooling;
        if (taken < ceiling) {
          inUse++;
          return true;
        }
        int toFree = taken - ceiling + 1;
        sleep = toFree <= cooling ? frees[(head + toFree - 1) % frees.length] - now : windowNanos;
        if (maxWaitNanos != Long.MAX_VALUE && sleep >= maxWaitNanos - (now - start)) {
          return false;
        }
      }
      ticker.sleep(sleep);
    }
  }

  /** Gives back a permit of a request that never reached the server: it is free at once. */
  synchronized void unused() {
    inUse--;
  }

  /** Gives back a permit taken by {@link #acquire}, once the request's answer or failure is in. */
  synchronized void release() {
    inUse--;
    if (cooling == frees.length) {
      long[] grown = new long[frees.length * 2];
      for (int i = 0; i < cooling; i++) {
        grown[i] = frees[(head + i) % frees.length];
      }
      frees = grown;
      head = 0;
    }
    frees[(head + cooling) % frees.length] = ticker.nanoTime() + windowNanos;
    cooling++;
  }
}
