package dev.tradekit.intx.client;

import java.util.concurrent.TimeUnit;

/**
 * This client's own limit: {@code permitsPerSecond} in any sliding second ({@link SlidingWindow}),
 * of which reads may take all but {@code cancelReserve}.
 */
final class LocalRateLimiter implements RateLimiter {
  private final SlidingWindow window;
  private final int readCeiling;
  private final Permit permit =
      new Permit() {
        @Override
        public void release() {
          window.release();
        }

        @Override
        public void unused() {
          window.unused();
        }
      };

  LocalRateLimiter(int permitsPerSecond, int cancelReserve, Ticker ticker) {
    this.window = new SlidingWindow(permitsPerSecond, TimeUnit.SECONDS.toNanos(1), ticker);
    this.readCeiling = permitsPerSecond - cancelReserve;
  }

  @Override
  public Permit acquire(boolean cancel, long maxWaitNanos) throws InterruptedException {
    boolean granted = cancel ? window.acquire(maxWaitNanos) : window.acquire(readCeiling, maxWaitNanos);
    return granted ? permit : null;
  }
}
