package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

class AsyncTest extends MockExchange {
  @Test
  void completesWithTheParsedBody() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    OrderResultV1 order = IntxAsync.future(client.orders().cancelOrder("ABC123", "p")).get(5, TimeUnit.SECONDS);

    assertEquals("43877033468085760", order.getOrderId());
    RecordedRequest request = server.takeRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v1/orders/ABC123?portfolio=p", request.getPath());
  }

  @Test
  void failsWithTheSameTypedExceptionAsExecute() {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"title\":\"Order rejected(ORDER_ALREADY_DONE - order is already done)\",\"status\":400}"));

    CompletableFuture<OrderResultV1> future = IntxAsync.future(client.orders().cancelOrder("ABC123", "p"));

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    IntxBadRequestException cause = assertInstanceOf(IntxBadRequestException.class, e.getCause());
    assertEquals(400, cause.statusCode());
    assertEquals("ORDER_ALREADY_DONE", cause.error().flatMap(IntxError::code).orElseThrow());
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    Call<OrderResultV1> call = client.orders().cancelOrder("ABC123", "p");
    CompletableFuture<OrderResultV1> future = IntxAsync.future(call);
    AtomicBoolean dependentRanNormally = new AtomicBoolean();
    CompletableFuture<Void> dependent = future.thenAccept(order -> dependentRanNormally.set(true));
    assertEquals("/api/v1/orders/ABC123?portfolio=p", server.takeRequest(5, TimeUnit.SECONDS).getPath());

    assertTrue(future.cancel(true));

    assertTrue(call.isCanceled());
    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    assertTrue(dependent.isCompletedExceptionally());
    assertFalse(dependentRanNormally.get());
    assertEquals(1, server.getRequestCount());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (client.httpClient().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, client.httpClient().dispatcher().runningCallsCount(), "the OkHttp call ended without an answer");
    assertFalse(dependentRanNormally.get());
  }
}
