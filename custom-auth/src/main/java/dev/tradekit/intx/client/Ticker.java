package dev.tradekit.intx.client;

/**
 * The monotonic time the retry and rate-limit waits are measured on, and the way they wait.
 * Tests pass a fake one whose {@code sleep} advances its time, so timing is deterministic.
 */
interface Ticker {
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
          if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
          }
        }
      };

  /** Like {@link System#nanoTime()}: only differences between two readings mean anything. */
  long nanoTime();

  void sleep(long nanos) throws InterruptedException;
}
