package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** The retry policy is the only thing that repeats a request: OkHttp's own retries are off. */
class NoHiddenRetriesTest extends MockExchange {
  private static final RetryPolicy THREE_FAST = RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(1));

  private void enqueue(int times, MockResponse response) {
    for (int i = 0; i < times; i++) {
      server.enqueue(response);
    }
  }

  @Test
  void withRetriesOffA503WithRetryAfterZeroIsSentOnce() {
    enqueue(5, new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));

    IntxServerException e = assertThrows(IntxServerException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void withRetriesOffA408IsSentOnce() {
    enqueue(5, new MockResponse().setResponseCode(408));

    IntxHttpException e = assertThrows(IntxHttpException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(408, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a503WithRetryAfterZeroIsSentAtMostThePolicysAttempts() {
    enqueue(10, new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    IntxClient retrying = clientFor(server).retryPolicy(THREE_FAST).build();

    assertThrows(IntxServerException.class, () -> retrying.orders().cancelOrder("1", "p").execute());

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void theCallerStillSeesTheRetryAfterOfA503() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));

    try (okhttp3.Response response = client.httpClient().newCall(new okhttp3.Request.Builder().url(server.url("/")).build()).execute()) {
      assertEquals(List.of("0"), response.headers("Retry-After"));
      assertEquals(null, response.header("Intx-Shielded-Retry-After"));
    }
  }

  @Test
  void aRetryAfterBeyondTheIntRangeIsAServerError() {
    enqueue(5, new MockResponse().setResponseCode(503).setHeader("Retry-After", "2147483648"));

    for (IntxClient intx : new IntxClient[] {client, clientFor(server).retryPolicy(THREE_FAST).build()}) {
      IntxServerException e = assertThrows(IntxServerException.class, () -> intx.orders().cancelOrder("1", "p").execute());
      assertEquals(503, e.statusCode());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aRetryAfterBeyondTheIntRangeReachesAnAsyncCallerAsAServerError() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2147483648"));
    CompletableFuture<Throwable> failure = new CompletableFuture<>();

    client.orders().cancelOrder("1", "p").enqueue(new Callback<OrderResultV1>() {
      @Override
      public void onResponse(Call<OrderResultV1> call, Response<OrderResultV1> response) {
        failure.complete(null);
      }

      @Override
      public void onFailure(Call<OrderResultV1> call, Throwable t) {
        failure.complete(t);
      }
    });

    IntxServerException e = assertInstanceOf(IntxServerException.class, failure.get(5, TimeUnit.SECONDS));
    assertEquals(503, e.statusCode());
  }

  @Test
  void aSuppliedHttpClientsRetriesAreTurnedOff() {
    OkHttpClient supplied = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    OkHttpClient http = clientFor(server).httpClient(supplied).build().httpClient();

    assertFalse(http.retryOnConnectionFailure());
  }
}
