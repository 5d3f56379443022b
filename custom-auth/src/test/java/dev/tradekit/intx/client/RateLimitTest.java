package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
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

    // 40 at once (the bucket starts full), the next 40 at 40 per second.
    assertTrue(elapsedMillis >= 900, "80 requests took only " + elapsedMillis + " ms");
    assertEquals(80, server.getRequestCount());
  }

  @Test
  void aPermitNotAvailableWithinTheCallTimeoutIsATimeout() throws Exception {
    IntxClient slow =
        clientFor(server)
            .rateLimit(1)
            .callTimeout(Duration.ofMillis(200))
            .build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    slow.orders().cancelOrder("ABC123", "p").execute();
    IntxTimeoutException e =
        assertThrows(IntxTimeoutException.class, () -> slow.orders().cancelOrder("ABC123", "p").execute());

    assertTrue(e.getMessage().contains("rate-limit"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void rateLimitMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IntxClient.builder(SigningVectors.credentials()).rateLimit(0));
    assertTrue(e.getMessage().startsWith("requestsPerSecond must be at least 1"));
  }
}
