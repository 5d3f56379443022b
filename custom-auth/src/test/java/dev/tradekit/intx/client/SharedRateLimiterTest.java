package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** The shared limit's logic on an in-memory store; the real stores: RedisPermitStoreTest, and the examples' multi-process test. */
class SharedRateLimiterTest extends MockExchange {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long NO_WAIT = 1;

  private final FakeTicker ticker = new FakeTicker();
  private final FakePermitStore store = new FakePermitStore(ticker);

  private SharedRateLimiter limiter(int perSecond, int cancelReserve, int fallback) {
    return new SharedRateLimiter(store, "key", perSecond, cancelReserve, fallback, ticker);
  }

  @Test
  void twoProcessesShareOneBudget() throws Exception {
    SharedRateLimiter first = limiter(4, 0, 1);
    SharedRateLimiter second = limiter(4, 0, 1);

    for (int i = 0; i < 3; i++) {
      assertNotNull(first.acquire(false, NO_WAIT));
    }
    assertNotNull(second.acquire(false, NO_WAIT));

    assertNull(second.acquire(false, SECOND / 2), "all four in use");
    assertNull(first.acquire(false, SECOND / 2));
    assertEquals(List.of(), ticker.sleeps, "gave up at once: a permit in use frees no sooner than a second from now");
  }

  @Test
  void aReleasedPermitFreesASecondAfterItsAnswer() throws Exception {
    SharedRateLimiter shared = limiter(1, 0, 1);
    RateLimiter.Permit permit = shared.acquire(false, NO_WAIT);
    ticker.advance(SECOND / 4);
    permit.release();

    assertNotNull(shared.acquire(false, 2 * SECOND));

    assertEquals(List.of(SECOND), ticker.sleeps);
  }

  @Test
  void anUnusedPermitIsFreeAtOnce() throws Exception {
    SharedRateLimiter shared = limiter(1, 0, 1);
    shared.acquire(false, NO_WAIT).unused();

    assertNotNull(shared.acquire(false, NO_WAIT));
  }

  @Test
  void readsLeaveTheReserveToCancels() throws Exception {
    SharedRateLimiter first = limiter(4, 2, 1);
    SharedRateLimiter second = limiter(4, 2, 1);
    assertNotNull(first.acquire(false, NO_WAIT));
    assertNotNull(second.acquire(false, NO_WAIT));

    assertNull(first.acquire(false, SECOND / 2), "a third read would take a cancel's permit");
    assertNotNull(second.acquire(true, NO_WAIT));
    assertNotNull(first.acquire(true, NO_WAIT));
    assertNull(first.acquire(true, SECOND / 2), "all four in use");
  }

  @Test
  void aStoreThatIsDownMeansTheFallbackAfterASecondThenTheStoreOnceItIsBack() throws Exception {
    SharedRateLimiter shared = limiter(40, 0, 2);
    store.down = true;

    // No call fails: one second's pause (the store's last permits cool), then 2 a second.
    List<RateLimiter.Permit> permits = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      permits.add(shared.acquire(false, 10 * SECOND));
    }
    assertEquals(List.of(SECOND), ticker.sleeps);
    permits.forEach(RateLimiter.Permit::release);
    assertNotNull(shared.acquire(false, 10 * SECOND));
    assertEquals(List.of(SECOND, SECOND), ticker.sleeps, "the fallback's limit");
    assertEquals(1, store.calls, "asked once");

    store.down = false;
    ticker.advance(SharedRateLimiter.RETRY_STORE_NANOS);
    assertNotNull(shared.acquire(false, 10 * SECOND));

    assertEquals(List.of(SECOND, SECOND, SECOND), ticker.sleeps, "asked again when due, and a second's pause on the way back");
    assertEquals(1, store.held("key"));
  }

  @Test
  void whileTheStoreIsDownItIsAskedOnlyEveryFewSeconds() throws Exception {
    SharedRateLimiter shared = limiter(40, 0, 40);
    store.down = true;
    for (int i = 0; i < 20; i++) {
      shared.acquire(false, 10 * SECOND).release();
    }

    assertEquals(1, store.calls);
  }

  @Test
  void aReleaseTheStoreMissedIsMadeOnceItIsBack() throws Exception {
    SharedRateLimiter shared = limiter(1, 0, 1);
    RateLimiter.Permit permit = shared.acquire(false, 10 * SECOND); // leased for 11 s
    store.down = true;
    permit.release();
    store.down = false;
    ticker.advance(SharedRateLimiter.RETRY_STORE_NANOS);

    assertNotNull(shared.acquire(false, 3 * SECOND), "not held until its lease runs out");
  }

  @Test
  void anInterruptWhileTheStoreIsAskedIsNoStoreFailure() throws Exception {
    SharedRateLimiter shared = limiter(4, 0, 1);
    store.interruptNextGrant = true; // granted, then the caller's thread is interrupted

    assertThrows(InterruptedException.class, () -> shared.acquire(false, 10 * SECOND));

    assertFalse(Thread.interrupted(), "cleared, as by any InterruptedException");
    for (int i = 0; i < 4; i++) {
      assertNotNull(shared.acquire(false, NO_WAIT), "the store's four (the interrupted grant discarded), not the fallback's one after a pause");
    }
    assertEquals(List.of(), ticker.sleeps);
  }

  @Test
  void aPermitReleasedByAnInterruptedThreadCoolsInTheStore() throws Exception {
    SharedRateLimiter shared = limiter(4, 0, 1);
    RateLimiter.Permit permit = shared.acquire(false, 10 * SECOND); // leased for 11 s
    Thread.currentThread().interrupt(); // say, during its request

    permit.release();

    assertTrue(Thread.interrupted(), "the caller's interrupt kept");
    for (int i = 0; i < 3; i++) {
      assertNotNull(shared.acquire(false, NO_WAIT), "the store's, not the fallback's one after a pause");
    }
    assertNotNull(shared.acquire(false, 2 * SECOND), "the released one, a second after its answer");
    assertEquals(List.of(SECOND), ticker.sleeps);
  }

  @Test
  void theFallbackKeepsItsShareOfTheCancelReserve() {
    assertEquals(1, SharedRateLimiter.fallbackReserve(4, 40, 10));
    assertEquals(3, SharedRateLimiter.fallbackReserve(10, 40, 10));
    assertEquals(0, SharedRateLimiter.fallbackReserve(0, 40, 10));
    assertEquals(1, SharedRateLimiter.fallbackReserve(10, 40, 2), "reads keep one");
  }

  @Test
  void theClientKeysTheLimitByItsApiKeyUnderThePrefix() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));
    IntxClient shared = clientFor(server).ticker(ticker).sharedRateLimitStore(store).sharedRateLimitPrefix("firm:").build();

    shared.orders().cancelOrder("ABC123", "p").execute();

    assertEquals(List.of("firm:" + SigningVectors.credentials().apiKey()), new ArrayList<>(store.permits.keySet()));
    assertTrue(store.permits.values().iterator().next().size() == 1, "released, cooling down");
  }
}
