package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void aFullBurstGoesAtOnceAndTheNextWaitsUntilAWindowAfterTheFirstAnswer() throws Exception {
    FakeTicker ticker = new FakeTicker();
    SlidingWindow window = new SlidingWindow(3, SECOND, ticker);

    assertTrue(window.acquire(Long.MAX_VALUE));
    assertTrue(window.acquire(Long.MAX_VALUE));
    assertTrue(window.acquire(Long.MAX_VALUE));
    ticker.advance(100); // the first answer comes back
    window.release();
    assertTrue(window.acquire(Long.MAX_VALUE));

    assertEquals(List.of(SECOND), ticker.sleeps);
  }

  @Test
  void whileAllPermitsAreInUseAWaiterSleepsAWindowAtATime() throws Exception {
    FakeTicker ticker = new FakeTicker();
    SlidingWindow window = new SlidingWindow(1, SECOND, ticker);
    assertTrue(window.acquire(Long.MAX_VALUE));

    assertFalse(window.acquire(3 * SECOND + 1)); // no one answers: three windows, then it gives up

    assertEquals(List.of(SECOND, SECOND, SECOND), ticker.sleeps);
  }

  @Test
  void aPermitThatCannotComeInTimeIsRefusedAtOnce() throws Exception {
    FakeTicker ticker = new FakeTicker();
    SlidingWindow window = new SlidingWindow(1, SECOND, ticker);
    assertTrue(window.acquire(SECOND));
    window.release();

    assertFalse(window.acquire(SECOND));
    assertFalse(window.acquire(SECOND / 2));
    assertEquals(List.of(), ticker.sleeps);
    assertTrue(window.acquire(SECOND + 1));
    assertEquals(List.of(SECOND), ticker.sleeps);
  }

  @Test
  void aPermitOfARequestThatNeverReachedTheServerIsFreeAtOnce() throws Exception {
    FakeTicker ticker = new FakeTicker();
    SlidingWindow window = new SlidingWindow(1, SECOND, ticker);

    assertTrue(window.acquire(0));
    window.unused();
    assertTrue(window.acquire(0));

    assertEquals(List.of(), ticker.sleeps);
  }

  /**
   * The property itself, at the server: each request arrives at some moment between taking its
   * permit and giving it back; whatever those moments are, no window holds more than the limit.
   */
  @Test
  void noWindowAtTheServerEverHoldsMoreThanTheLimit() throws Exception {
    Random random = new Random(42);
    for (int permits : new int[] {1, 2, 5, 40, 100}) {
      FakeTicker ticker = new FakeTicker();
      SlidingWindow window = new SlidingWindow(permits, SECOND, ticker);
      Deque<Long> inFlight = new ArrayDeque<>(); // when each took its permit
      List<Long> arrivals = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        ticker.advance(random.nextInt(3) == 0 ? random.nextInt((int) (SECOND / permits)) : 0);
        if (inFlight.size() == permits || (!inFlight.isEmpty() && random.nextBoolean())) {
          long sent = inFlight.removeFirst();
          arrivals.add(sent + (long) (random.nextDouble() * (ticker.nanoTime() - sent)));
          window.release();
        } else {
          assertTrue(window.acquire(Long.MAX_VALUE));
          inFlight.addLast(ticker.nanoTime());
        }
      }
      arrivals.sort(null);
      for (int i = permits; i < arrivals.size(); i++) {
        assertTrue(arrivals.get(i) - arrivals.get(i - permits) >= SECOND, "more than " + permits + " in one second");
      }
      assertTrue(arrivals.size() > 1_000, "only " + arrivals.size() + " requests");
    }
  }

  @Test
  void memoryFollowsTheTrafficNotTheLimit() throws Exception {
    SlidingWindow window = new SlidingWindow(1_000_000, SECOND, new FakeTicker());
    for (int i = 0; i < 100; i++) {
      assertTrue(window.acquire(0));
      window.release();
    }
  }
}
