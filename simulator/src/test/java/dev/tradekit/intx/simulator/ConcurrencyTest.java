package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.IntxBadRequestException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.RetryPolicy;
import dev.tradekit.intx.generated.model.OrderSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many threads cancelling through the real client against the simulator. */
@ExtendWith(IntxSimulatorExtension.class)
class ConcurrencyTest {

  static List<String> addOrders(IntxSimulator simulator, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "load-" + i;
      simulator.addOrder(DemoOrders.order(id, "client-" + i, "BTC-PERP", "1", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a",
          OrderSide.BUY, "100." + i, "1"));
      ids.add(id);
    }
    return ids;
  }

  static IntxClient client(IntxSimulator simulator, int threads) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(threads);
    dispatcher.setMaxRequestsPerHost(threads);
    return IntxClient.builder(simulator.credentials())
        .baseUrl(simulator.baseUrl())
        .httpClient(new OkHttpClient.Builder().dispatcher(dispatcher).build())
        .retryPolicy(RetryPolicy.defaults())
        .rateLimit(1_000_000)
        .build();
  }

  /** Cancels every id from {@code threads} threads; returns how many came back canceled. */
  static int cancelAll(IntxClient client, List<String> ids, int threads, Set<String> canceledIds, AtomicInteger rejected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (String id : ids) {
        calls.add(pool.submit(() -> {
          try {
            String canceled = client.orders().cancelOrder(id, DemoOrders.PORTFOLIO_ID).execute().body().getOrderId();
            assertTrue(canceledIds.add(canceled), "canceled twice: " + canceled);
          } catch (IntxBadRequestException e) {
            rejected.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> call : calls) {
        call.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return canceledIds.size();
  }

  @Test
  void aThousandCancelsFromThirtyTwoThreadsEachLandOnce(IntxSimulator simulator) throws Exception {
    List<String> ids = addOrders(simulator, 1_000);
    IntxClient client = client(simulator, 32);
    Set<String> canceled = ConcurrentHashMap.newKeySet();
    AtomicInteger rejected = new AtomicInteger();

    assertEquals(1_000, cancelAll(client, ids, 32, canceled, rejected));
    assertEquals(0, rejected.get());
    assertEquals(0, simulator.unauthorizedCount());
    assertEquals(1_000, simulator.canceledCount());
    assertEquals(3, simulator.openOrders().size());

    Set<String> again = ConcurrentHashMap.newKeySet();
    assertEquals(0, cancelAll(client, ids, 32, again, rejected));
    assertEquals(1_000, rejected.get());
    assertEquals(1_000, simulator.rejectedCount());
  }

  @Test
  void theSameOrderCanceledByManyThreadsAtOnceIsCanceledOnce(IntxSimulator simulator) throws Exception {
    IntxClient client = client(simulator, 32);
    List<String> sameIdManyTimes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      sameIdManyTimes.add(i % 2 == 0 ? DemoOrders.BTC_ORDER_ID : "DEMO-BTC-1");
    }
    Set<String> canceled = ConcurrentHashMap.newKeySet();
    AtomicInteger rejected = new AtomicInteger();

    assertEquals(1, cancelAll(client, sameIdManyTimes, 32, canceled, rejected));
    assertEquals(199, rejected.get());
    assertEquals(1, simulator.canceledCount());
  }

}
