package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.OrderResultV1;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** A 2xx body is exactly one JSON value of the expected shape, or the call fails. */
class StrictSuccessBodyTest extends MockExchange {

  private IntxMalformedResponseException malformed(String body) {
    server.enqueue(new MockResponse().setBody(body));
    IntxMalformedResponseException e =
        assertThrows(IntxMalformedResponseException.class, () -> client.orders().cancelOrder("1", "p").execute());
    assertEquals(200, e.statusCode());
    assertEquals(body, e.rawBody());
    return e;
  }

  @Test
  void jsonNullIsMalformed() {
    malformed("null");
    malformed(" null\n");
  }

  @Test
  void trailingGarbageIsMalformed() {
    malformed(ORDER_JSON + " trailing");
    malformed(ORDER_JSON + "]");
  }

  @Test
  void twoConcatenatedObjectsAreMalformed() {
    malformed(ORDER_JSON + ORDER_JSON);
    malformed(ORDER_JSON + "\n" + ORDER_JSON);
  }

  @Test
  void aValueOfAnotherShapeIsMalformed() {
    malformed("[]");
    malformed("[" + ORDER_JSON + "]");
    malformed("\"canceled\"");
    malformed("42");
    malformed("true");
    malformed("  ");
  }

  @Test
  void surroundingWhitespaceIsFine() throws Exception {
    server.enqueue(new MockResponse().setBody("\n  " + ORDER_JSON + "\r\n\t "));

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
  }

  /** The spec marks no field of OrderResult_v1 required, so an empty object is a legal, empty result. */
  @Test
  void anEmptyObjectIsAnEmptyResult() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    OrderResultV1 order = client.orders().cancelOrder("1", "p").execute().body();

    assertNull(order.getOrderId());
  }
}
