package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest extends MockExchange {
  /** Advances one second each time it is read, so every attempt gets its own timestamp. */
  static final class TickingClock extends Clock {
    private final AtomicLong seconds = new AtomicLong(1_700_000_000L);

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(seconds.getAndIncrement());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  IntxClient retrying;

  @BeforeEach
  void retryingClient() {
    retrying =
        clientFor(server)
            .clock(new TickingClock())
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)))
            .build();
  }

  @Test
  void aServerErrorIsRetriedAndEveryAttemptIsSignedAfresh() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(502));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    assertEquals("ABC123", retrying.orders().cancelOrder("ABC123", "p").execute().body().getClientOrderId());

    assertEquals(3, server.getRequestCount());
    String first = server.takeRequest().getHeader("CB-ACCESS-TIMESTAMP");
    String second = server.takeRequest().getHeader("CB-ACCESS-TIMESTAMP");
    assertNotEquals(first, second);
  }

  @Test
  void attemptsAreBounded() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(500));
    }

    IntxServerException e =
        assertThrows(IntxServerException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());

    assertEquals(500, e.statusCode());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aDroppedConnectionIsRetried() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    assertEquals("43877033468085760", retrying.orders().cancelOrder("ABC123", "p").execute().body().getOrderId());
  }

  @Test
  void clientErrorsAreNeverRetried() {
    for (int code : new int[] {400, 401, 403, 404}) {
      server.enqueue(new MockResponse().setResponseCode(code).setBody("{\"title\":\"no\",\"status\":" + code + "}"));
      IntxHttpException e =
          assertThrows(IntxHttpException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());
      assertEquals(code, e.statusCode());
    }
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void retryAfterIsHonoured() throws Exception {
    FakeTicker ticker = new FakeTicker();
    IntxClient patient = clientFor(server).ticker(ticker).retryPolicy(RetryPolicy.defaults()).build();
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    patient.orders().cancelOrder("ABC123", "p").execute();

    assertEquals(List.of(TimeUnit.SECONDS.toNanos(1)), ticker.sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void backoffWaitsGrowBetweenAttempts() throws Exception {
    FakeTicker ticker = new FakeTicker();
    RetryPolicy fourAttempts = RetryPolicy.of(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10));
    IntxClient patient = clientFor(server).ticker(ticker).retryPolicy(fourAttempts).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502));
    }
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    patient.orders().cancelOrder("ABC123", "p").execute();

    assertEquals(3, ticker.sleeps.size());
    long[] floors = {50, 100, 200}; // half of 100, 200, 400 ms, plus up to as much again of jitter
    for (int i = 0; i < 3; i++) {
      long millis = TimeUnit.NANOSECONDS.toMillis(ticker.sleeps.get(i));
      assertTrue(millis >= floors[i] && millis < 2 * floors[i], "wait " + (i + 1) + ": " + millis + " ms");
    }
  }

  @Test
  void aRetryThatWouldEndPastTheCallTimeoutIsNotWaitedFor() {
    FakeTicker ticker = new FakeTicker();
    IntxClient impatient =
        clientFor(server).ticker(ticker).retryPolicy(RetryPolicy.defaults()).callTimeout(Duration.ofMillis(500)).build();
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));

    assertThrows(IntxServerException.class, () -> impatient.orders().cancelOrder("ABC123", "p").execute());

    assertEquals(List.of(), ticker.sleeps);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRetryAfterLongerThanTheLimitIsReportedNotWaitedFor() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "60"));

    IntxRateLimitException e =
        assertThrows(IntxRateLimitException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());

    assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void backoffGrowsExponentiallyWithJitterUpToTheCap() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertEquals(Duration.ofMillis(50), policy.backoffAfter(1, 0.0));
    assertEquals(Duration.ofMillis(75), policy.backoffAfter(1, 0.5));
    assertEquals(Duration.ofMillis(100), policy.backoffAfter(2, 0.0));
    assertEquals(Duration.ofSeconds(1), policy.backoffAfter(10, 0.0));
    assertEquals(Duration.ofSeconds(1), policy.backoffAfter(100, 0.0));
  }

  @Test
  void retriesCanBeTurnedOff() {
    server.enqueue(new MockResponse().setResponseCode(503));

    assertThrows(IntxServerException.class, () -> client.orders().cancelOrder("ABC123", "p").execute());
    assertEquals(1, server.getRequestCount());
  }
}
