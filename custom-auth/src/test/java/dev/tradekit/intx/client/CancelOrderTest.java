package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.model.AlgoStrategy;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import dev.tradekit.intx.generated.model.OrderType;
import dev.tradekit.intx.generated.model.SelfTradePreventionMode;
import dev.tradekit.intx.generated.model.TimeInForce;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

class CancelOrderTest extends MockExchange {

  @Test
  void sendsASignedDeleteWithThePortfolioQuery() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setHeader("Content-Type", "application/json"));

    client.orders().cancelOrder("ABC123", "5189861793641175").execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v1/orders/ABC123?portfolio=5189861793641175", request.getPath());
    assertEquals(0, request.getBodySize());
    assertEquals("vector-api-key-0001", request.getHeader("CB-ACCESS-KEY"));
    assertEquals("vector-passphrase", request.getHeader("CB-ACCESS-PASSPHRASE"));
    assertEquals("1700000000", request.getHeader("CB-ACCESS-TIMESTAMP"));
    // signing-vectors.json: 1700000000 DELETE /api/v1/orders/ABC123, query excluded
    assertEquals("Sm6p1TAPVeJHDfb47lbxNP0SLToqrHq3zkotXhYzsL0=", request.getHeader("CB-ACCESS-SIGN"));
    assertTrue(request.getHeader("User-Agent").startsWith("intx-java-client/0.1.0"));
  }

  @Test
  void theSpecExampleDeserializesToExactlyThoseValues() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    Response<OrderResultV1> response = client.orders().cancelOrder("ABC123", "1724343681801273").execute();
    OrderResultV1 order = response.body();

    assertEquals(200, response.code());
    assertEquals("43877033468085760", order.getOrderId());
    assertEquals("ABC123", order.getClientOrderId());
    assertEquals(OrderSide.BUY, order.getSide());
    assertEquals("2562519737567269", order.getInstrumentId());
    assertEquals(UUID.fromString("359f66d8-4235-47c3-9733-0fbfe2cfaa0a"), order.getInstrumentUuid());
    assertEquals("BTC-PERP", order.getSymbol());
    assertEquals("1724343681801273", order.getPortfolioId());
    assertEquals(UUID.fromString("b80ec69b-1229-4bcf-a6a8-c506ffd74c20"), order.getPortfolioUuid());
    assertEquals(OrderType.LIMIT, order.getType());
    assertEquals("20215.53", order.getPrice());
    assertEquals("20015.53", order.getStopPrice());
    assertEquals("20015.53", order.getStopLimitPrice());
    assertEquals("1.5423", order.getSize());
    assertEquals(TimeInForce.GTC, order.getTif());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), order.getExpireTime());
    assertEquals(SelfTradePreventionMode.AGGRESSING, order.getStpMode());
    assertEquals(OrderEventType.CANCELED, order.getEventType());
    assertEquals(OrderStatus.DONE, order.getOrderStatus());
    assertEquals("0", order.getLeavesQty());
    assertEquals(Boolean.FALSE, order.getPostOnly());
    assertEquals(Boolean.TRUE, order.getCloseOnly());
    assertEquals(AlgoStrategy.TWAP, order.getAlgoStrategy());
    assertEquals("client cancel", order.getText());
  }

  @Test
  void unknownFieldsAndUnknownEnumValuesAreTolerated() throws Exception {
    server.enqueue(
        new MockResponse()
            .setBody("{\"order_id\":\"1\",\"side\":\"SIDEWAYS\",\"order_status\":\"PARKED\",\"brand_new\":{\"x\":[1,2]}}"));

    OrderResultV1 order = client.orders().cancelOrder("1", "p").execute().body();

    assertEquals("1", order.getOrderId());
    assertEquals(OrderSide.UNKNOWN_DEFAULT_OPEN_API, order.getSide());
    assertEquals(OrderStatus.UNKNOWN_DEFAULT_OPEN_API, order.getOrderStatus());
  }

  @Test
  void numbersInStringFieldsKeepTheirExactText() throws Exception {
    server.enqueue(
        new MockResponse()
            .setBody("{\"order_id\":43877033468085760,\"price\":20215.530000000000000001,\"size\":1.50,\"fee\":1e-8}"));

    OrderResultV1 order = client.orders().cancelOrder("1", "p").execute().body();

    assertEquals("43877033468085760", order.getOrderId());
    assertEquals("20215.530000000000000001", order.getPrice());
    assertEquals("1.50", order.getSize());
    assertEquals("1e-8", order.getFee());
  }

  @Test
  void timestampsKeepTheirOffset() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"event_time\":\"2023-03-16T23:59:53.123+02:00\"}"));

    OrderResultV1 order = client.orders().cancelOrder("1", "p").execute().body();

    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53.123+02:00"), order.getEventTime());
  }

  @Test
  void aClientOrderIdWithASlashStaysOneEncodedSegment() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    client.orders().cancelOrder("a/b", "p").execute();
    client.orders().cancelOrder("50%off", "p&x=1").execute();

    RecordedRequest slash = server.takeRequest();
    assertEquals("/api/v1/orders/a%2Fb?portfolio=p", slash.getPath());
    assertEquals("a/b", slash.getRequestUrl().pathSegments().get(3));
    String signed = new RequestSigner(SigningVectors.credentials()).sign("1700000000", "DELETE", "/api/v1/orders/a%2Fb", null);
    assertEquals(signed, slash.getHeader("CB-ACCESS-SIGN"));
    RecordedRequest percent = server.takeRequest();
    assertEquals("50%off", percent.getRequestUrl().pathSegments().get(3));
    assertEquals("p&x=1", percent.getRequestUrl().queryParameter("portfolio"));
    assertNull(percent.getRequestUrl().queryParameter("x"));
  }

  @Test
  void squareBracketsArePercentEncodedAndSignedThatWay() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    client.orders().cancelOrder("a[1]", "p").execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("/api/v1/orders/a%5B1%5D?portfolio=p", request.getPath());
    String signed = new RequestSigner(SigningVectors.credentials()).sign("1700000000", "DELETE", "/api/v1/orders/a%5B1%5D", null);
    assertEquals(signed, request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void anotherClockGivesAnotherTimestampAndSignature() throws Exception {
    IntxClient later =
        clientFor(server)
            .clock(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_641_890_400L), java.time.ZoneOffset.UTC))
            .build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    later.orders().cancelOrder("12345", "p").execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("1641890400", request.getHeader("CB-ACCESS-TIMESTAMP"));
    assertEquals("9Yrx5bQchpK/hue0DgLwQE+1R7mk0UkmPc3EtsLpCHc=", request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void aClockSkewCorrectionShiftsTheSignedTimestamp() throws Exception {
    IntxClient corrected = clientFor(server).clockSkew(java.time.Duration.ofSeconds(-3)).build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    corrected.orders().cancelOrder("ABC123", "p").execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("1699999997", request.getHeader("CB-ACCESS-TIMESTAMP"));
    String expected = new RequestSigner(SigningVectors.credentials()).sign("1699999997", "DELETE", "/api/v1/orders/ABC123", null);
    assertEquals(expected, request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void asyncCallsGetTheParsedBody() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));
    CompletableFuture<OrderResultV1> result = new CompletableFuture<>();

    client.orders().cancelOrder("ABC123", "p").enqueue(new Callback<OrderResultV1>() {
      @Override
      public void onResponse(Call<OrderResultV1> call, Response<OrderResultV1> response) {
        result.complete(response.body());
      }

      @Override
      public void onFailure(Call<OrderResultV1> call, Throwable t) {
        result.completeExceptionally(t);
      }
    });

    assertEquals("43877033468085760", result.get(5, TimeUnit.SECONDS).getOrderId());
  }
}
