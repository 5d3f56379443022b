package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proxy delivers the cancel to the exchange and loses the answer; the retry is told the order is
 * done. The client must not report that as a rejection.
 */
class LostCancelAnswerTest extends MockExchange {
  static final String ALREADY_DONE =
      "{\"title\":\"io.javalin.http.BadRequestResponse: Order rejected(ORDER_ALREADY_DONE - order is already done)\",\"status\":400}";
  static final String UNKNOWN_ORDER = "{\"title\":\"Order rejected(UNKNOWN_ORDER - order not found)\",\"status\":400}";

  IntxClient retrying;

  @BeforeEach
  void retryingClient() {
    retrying =
        clientFor(server)
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)))
            .build();
  }

  List<String> requestLines() throws InterruptedException {
    List<String> lines = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      RecordedRequest request = server.takeRequest();
      lines.add(request.getMethod() + " " + request.getPath());
    }
    return lines;
  }

  @Test
  void aCancelWhoseAnswerWasLostReturnsTheOrdersFinalState() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(ALREADY_DONE));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    OrderResultV1 order = retrying.orders().cancelOrder("43877033468085760", "p").execute().body();

    assertEquals("43877033468085760", order.getOrderId());
    assertEquals(OrderStatus.DONE, order.getOrderStatus());
    assertEquals(
        List.of(
            "DELETE /api/v1/orders/43877033468085760?portfolio=p",
            "DELETE /api/v1/orders/43877033468085760?portfolio=p",
            "GET /api/v1/orders/43877033468085760?portfolio=p"),
        requestLines());
  }

  @Test
  void aTimedOutFirstAttemptCountsAsPossiblyDelivered() throws Exception {
    IntxClient impatient =
        clientFor(server)
            .readTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)))
            .build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(UNKNOWN_ORDER));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    OrderResultV1 order = impatient.orders().cancelOrder("ABC123", "p").execute().body();

    assertEquals("ABC123", order.getClientOrderId());
    assertEquals("GET /api/v1/orders/ABC123?portfolio=p", requestLines().get(2));
  }

  @Test
  void aServerErrorOnTheFirstAttemptCountsAsPossiblyDelivered() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(504).setBody("<html>Gateway Timeout</html>"));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(ALREADY_DONE));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    OrderResultV1 order = IntxAsync.future(retrying.orders().cancelOrder("ABC123", "p")).get(5, TimeUnit.SECONDS);

    assertEquals(OrderStatus.DONE, order.getOrderStatus());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void whenTheOrderCannotBeFetchedTheOutcomeIsUnknownNotRejected() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(ALREADY_DONE));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"title\":\"Not Found\",\"status\":404}"));

    IntxOutcomeUnknownException e =
        assertThrows(IntxOutcomeUnknownException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());

    assertFalse(IntxHttpException.class.isInstance(e), "not reported as the exchange's refusal");
    assertEquals(400, e.statusCode());
    assertEquals(ALREADY_DONE, e.rawBody());
    assertEquals("ORDER_ALREADY_DONE", e.error().flatMap(IntxError::code).orElseThrow());
    assertInstanceOf(IntxNotFoundException.class, e.getCause());
    assertTrue(e.getMessage().contains("no longer open"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown"), e.getMessage());
    assertEquals("GET /api/v1/orders/ABC123?portfolio=p", requestLines().get(2));
  }

  @Test
  void aLookupWhoseConnectionBreaksAlsoLeavesTheOutcomeUnknown() throws Exception {
    IntxClient twoAttempts =
        clientFor(server)
            .retryPolicy(RetryPolicy.of(2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)))
            .build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(ALREADY_DONE));
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> IntxAsync.future(twoAttempts.orders().cancelOrder("ABC123", "p")).get(5, TimeUnit.SECONDS));

    IntxOutcomeUnknownException unknown = assertInstanceOf(IntxOutcomeUnknownException.class, e.getCause());
    assertInstanceOf(IntxTransportException.class, unknown.getCause());
  }

  @Test
  void aRefusalOfTheFirstAttemptIsStillARefusal() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(400).setBody(ALREADY_DONE));

    IntxBadRequestException e =
        assertThrows(IntxBadRequestException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());

    assertEquals("ORDER_ALREADY_DONE", e.error().flatMap(IntxError::code).orElseThrow());
    assertEquals(List.of("DELETE /api/v1/orders/ABC123?portfolio=p"), requestLines());
  }

  @Test
  void otherRefusalsAfterALostAnswerAreNotLookedUp() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"title\":\"Unauthorized\",\"status\":401}"));

    assertThrows(IntxAuthenticationException.class, () -> retrying.orders().cancelOrder("ABC123", "p").execute());
    assertEquals(2, server.getRequestCount());
  }
}
