package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The pool and dispatcher of a client's own OkHttpClient are sized for many threads at once. */
class ConcurrencyDefaultsTest extends MockExchange {
  private static final int CALLS = 20;

  /** Answers nothing until {@code CALLS} requests are in, so that all of them are in flight at once. */
  private CountDownLatch answerOnceAllAreIn() {
    CountDownLatch arrived = new CountDownLatch(CALLS);
    server.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrived.countDown();
            if (!arrived.await(10, TimeUnit.SECONDS)) {
              return new MockResponse().setResponseCode(503).setBody("{\"title\":\"not all calls arrived together\"}");
            }
            return new MockResponse().setBody(ORDER_JSON);
          }
        });
    return arrived;
  }

  @Test
  void twentyThreadsKeepTheirConnectionsForTheNextCall() throws Exception {
    answerOnceAllAreIn();
    ExecutorService threads = Executors.newFixedThreadPool(CALLS);
    try {
      List<Future<OrderResultV1>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        calls.add(threads.submit(() -> client.orders().cancelOrder("ABC123", "p").execute().body()));
      }
      for (Future<OrderResultV1> call : calls) {
        assertEquals("43877033468085760", call.get(15, TimeUnit.SECONDS).getOrderId());
      }
    } finally {
      threads.shutdownNow();
    }

    // OkHttp's default pool would keep 5 and close the other 15.
    assertEquals(CALLS, client.httpClient().connectionPool().idleConnectionCount());
  }

  @Test
  void twentyAsynchronousCallsToTheExchangeRunAtOnce() throws Exception {
    CountDownLatch arrived = answerOnceAllAreIn();
    List<CompletableFuture<OrderResultV1>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      calls.add(IntxAsync.future(client.orders().cancelOrder("ABC123", "p")));
    }

    for (CompletableFuture<OrderResultV1> call : calls) {
      assertEquals("43877033468085760", call.get(15, TimeUnit.SECONDS).getOrderId());
    }
    assertEquals(0, arrived.getCount());
    assertEquals(IntxClient.DEFAULT_MAX_CONCURRENT_CALLS, client.httpClient().dispatcher().getMaxRequestsPerHost());
  }

  @Test
  void aClientOfYourOwnKeepsItsPoolAndDispatcher() {
    ConnectionPool pool = new ConnectionPool(2, 1, TimeUnit.MINUTES);
    Dispatcher dispatcher = new Dispatcher();
    OkHttpClient yours = new OkHttpClient.Builder().connectionPool(pool).dispatcher(dispatcher).build();

    IntxClient intx = clientFor(server).httpClient(yours).build();

    assertSame(pool, intx.httpClient().connectionPool());
    assertSame(dispatcher, intx.httpClient().dispatcher());
    assertEquals(5, dispatcher.getMaxRequestsPerHost());
  }
}
