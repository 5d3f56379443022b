package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class RateLimitTest extends MockExchange {

  @Test
  void theDefaultHoldsFortyRequestsPerSecond() throws Exception {
    IntxClient limited =
        clientFor(server).build();
    for (int i = 0; i < 80; i++) {
      server.enqueue(new MockResponse().setBody(ORDER_JSON));
    }

    // Eight threads share the limit; unlimited they finish well under the 900 ms asserted below.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long started = System.nanoTime();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        calls.add(pool.submit(() -> limited.orders().cancelOrder("ABC123", "p").execute()));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    // 40 at once, the next 40 once the first second has slid past them.
    assertTrue(elapsedMillis >= 900, "80 requests took only " + elapsedMillis + " ms");
    assertEquals(80, server.getRequestCount());
  }

  @Test
  void aCancelTakesAReservedPermitThatReadsLeave() throws Exception {
    FakeTicker ticker = new FakeTicker();
    IntxClient limited = clientFor(server).ticker(ticker).rateLimit(3).cancelReserve(1).callTimeout(Duration.ofMillis(500)).build();
    server.enqueue(new MockResponse().setBody("[]"));
    server.enqueue(new MockResponse().setBody("[]"));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));
    limited.assets().getAssets().execute();
    limited.assets().getAssets().execute();

    IntxTimeoutException read = assertThrows(IntxTimeoutException.class, () -> limited.assets().getAssets().execute());
    limited.orders().cancelOrder("ABC123", "p").execute();

    assertTrue(read.getMessage().contains("rate-limit"), "a third read would take the cancel's permit: " + read.getMessage());
    assertEquals(List.of(), ticker.sleeps, "the cancel did not wait");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void theCancelReserveMustLeaveReadsAPermit() {
    IntxClient.Builder builder = IntxClient.builder(SigningVectors.credentials()).rateLimit(4).cancelReserve(4);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(e.getMessage().contains("cancelReserve"), e.getMessage());
  }

  @Test
  void aPermitNotAvailableWithinTheCallTimeoutIsATimeout() throws Exception {
    FakeTicker ticker = new FakeTicker();
    IntxClient slow =
        clientFor(server)
            .ticker(ticker)
            .rateLimit(1)
            // Under the 1 s wait for the next permit, and long enough for the first, real call on a busy machine.
            .callTimeout(Duration.ofMillis(900))
            .build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    slow.orders().cancelOrder("ABC123", "p").execute();
    IntxTimeoutException e =
        assertThrows(IntxTimeoutException.class, () -> slow.orders().cancelOrder("ABC123", "p").execute());

    assertTrue(e.getMessage().contains("rate-limit"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), ticker.sleeps, "failed at once, and was not retried");
  }

  @Test
  void aCallWaitsForItsTurnWhenItComesWithinTheCallTimeout() throws Exception {
    FakeTicker ticker = new FakeTicker();
    IntxClient limited = clientFor(server).ticker(ticker).rateLimit(2).callTimeout(Duration.ofMillis(1_500)).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setBody(ORDER_JSON));
    }

    for (int i = 0; i < 3; i++) {
      limited.orders().cancelOrder("ABC123", "p").execute();
    }

    assertEquals(List.of(TimeUnit.SECONDS.toNanos(1)), ticker.sleeps);
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void anAttemptThatNeverReachedTheServerDoesNotUseUpThePermit() throws Exception {
    FakeTicker ticker = new FakeTicker();
    OkHttpClient refusesOnce = new OkHttpClient.Builder().socketFactory(new MethodSemanticsTest.RefusingSocketFactory(1)).build();
    IntxClient limited =
        clientFor(server).httpClient(refusesOnce).ticker(ticker).rateLimit(1).callTimeout(Duration.ofMillis(900)).build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    limited.orders().cancelOrder("ABC123", "p").execute();

    assertEquals(1, ticker.sleeps.size(), "one backoff, no wait for the permit");
    assertTrue(ticker.sleeps.get(0) < TimeUnit.MILLISECONDS.toNanos(100), ticker.sleeps.toString());
  }

  /** Counted where it matters, at the server: a burst from 64 threads, three windows long. */
  @Test
  void noSlidingSecondAtTheServerEverHoldsMoreThanTheLimit() throws Exception {
    int limit = 20;
    int requests = 3 * limit;
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        arrivals.add(System.nanoTime());
        return new MockResponse().setBody(ORDER_JSON);
      }
    });
    IntxClient limited = clientFor(server).rateLimit(limit).build();

    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        calls.add(pool.submit(() -> limited.orders().cancelOrder("ABC123", "p").execute()));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Long> sorted = new ArrayList<>(arrivals);
    sorted.sort(null);
    assertEquals(requests, sorted.size());
    long tightest = Long.MAX_VALUE;
    for (int i = limit; i < sorted.size(); i++) {
      tightest = Math.min(tightest, sorted.get(i) - sorted.get(i - limit));
    }
    System.out.printf("RateLimitTest: the tightest %d+1 arrivals spanned %.1f ms%n", limit, tightest / 1e6);
    assertTrue(tightest >= TimeUnit.SECONDS.toNanos(1), limit + 1 + " requests arrived within " + tightest / 1_000_000 + " ms");
  }

  @Test
  void rateLimitMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IntxClient.builder(SigningVectors.credentials()).rateLimit(0));
    assertTrue(e.getMessage().startsWith("requestsPerSecond must be at least 1"));
  }
}
