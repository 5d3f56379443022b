package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.AlgoStrategy;
import dev.tradekit.intx.generated.model.CreateOrderRequest;
import dev.tradekit.intx.generated.model.GetOrders200Response;
import dev.tradekit.intx.generated.model.ModifyOrderRequest;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import dev.tradekit.intx.generated.model.OrderType;
import dev.tradekit.intx.generated.model.SelfTradePreventionMode;
import dev.tradekit.intx.generated.model.TimeInForce;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every Orders operation against MockWebServer, request and response checked against the spec. */
class OrdersApiTest extends SpecExchange {
  static final String ORDER_ID = "43877033468085760";

  static CreateOrderRequest limitBuy() {
    return new CreateOrderRequest()
        .clientOrderId("ABC123")
        .side(OrderSide.BUY)
        .size("1.5")
        .tif(TimeInForce.GTC)
        .instrument("BTC-PERP")
        .type(OrderType.LIMIT)
        .price("20215.53")
        .portfolio(PORTFOLIO);
  }

  /** The working order of the spec's examples, as served in order.json. */
  static void assertWorkingOrder(OrderResultV1 order) {
    assertEquals(ORDER_ID, order.getOrderId());
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
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), order.getSubmitTime());
    assertEquals(OrderStatus.WORKING, order.getOrderStatus());
    assertEquals("1.5423", order.getLeavesQty());
    assertEquals("0", order.getExecQty());
    assertEquals(Boolean.FALSE, order.getPostOnly());
    assertEquals(AlgoStrategy.TWAP, order.getAlgoStrategy());
  }

  @Test
  void createOrderPostsTheOrderAsJsonSignedOverTheBytesSent() throws Exception {
    serve("order.json");

    OrderResultV1 order = client.orders().createOrder(limitBuy()).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/v1/orders", request.getPath());
    assertEquals("application/json", request.getHeader("Content-Type"));
    // Optional fields left null are not sent: this is vector 4 of signing-vectors.json, byte for byte.
    String body = SigningVectors.vectors().get(3).get("body").asText();
    assertEquals(body, request.getBody().clone().readString(StandardCharsets.UTF_8));
    assertEquals(SigningVectors.vectors().get(3).get("signature").asText(), request.getHeader("CB-ACCESS-SIGN"));
    assertSigned(request);
    assertWorkingOrder(order);
    assertEquals(OrderEventType.TRADE, order.getEventType());
  }

  @Test
  void createOrderSendsAnExpireTimeWithItsSeconds() throws Exception {
    serve("order.json");

    client.orders()
        .createOrder(limitBuy().tif(TimeInForce.GTT).expireTime(OffsetDateTime.parse("2023-03-16T23:59:00Z")))
        .execute();

    RecordedRequest request = conformingRequest();
    assertSigned(request);
    String body = request.getBody().readUtf8();
    assertEquals(
        "{\"client_order_id\":\"ABC123\",\"side\":\"BUY\",\"size\":\"1.5\",\"tif\":\"GTT\",\"instrument\":\"BTC-PERP\","
            + "\"type\":\"LIMIT\",\"price\":\"20215.53\",\"expire_time\":\"2023-03-16T23:59:00Z\",\"portfolio\":\"5189861793641175\"}",
        body);
  }

  @Test
  void createOrderWithoutABodyIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.orders().createOrder(null));

    assertEquals("request body is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getOrdersWithNoFiltersSendsNoQueryAtAll() throws Exception {
    serve("orders-page.json");

    GetOrders200Response page =
        client.orders().getOrders(null, null, null, null, null, null, null, null, null, null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/orders", request.getPath());
    assertSigned(request);
    assertEquals(30, page.getPagination().getResultLimit());
    assertEquals(50, page.getPagination().getResultOffset());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), page.getPagination().getRefDatetime());
    assertEquals(1, page.getResults().size());
    assertWorkingOrder(page.getResults().get(0));
    assertEquals(OrderEventType.NEW, page.getResults().get(0).getEventType());
  }

  @Test
  void getOrdersSendsEnumsByTheirWireNamesAndDateTimesInUtcWithSeconds() throws Exception {
    serve("orders-page.json");

    client.orders()
        .getOrders(
            PORTFOLIO, "BTC-PERP", "PERPETUAL_FUTURE", "ABC123", OrderEventType.NEW, OrderType.LIMIT, OrderSide.SELL,
            OffsetDateTime.parse("2023-03-17T01:59:00+02:00"), 30, 50)
        .execute();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/orders?portfolio=5189861793641175&instrument=BTC-PERP&instrument_type=PERPETUAL_FUTURE"
            + "&client_order_id=ABC123&event_type=NEW&order_type=LIMIT&side=SELL"
            + "&ref_datetime=2023-03-16T23%3A59%3A00Z&result_limit=30&result_offset=50",
        request.getPath());
    assertEquals("2023-03-16T23:59:00Z", request.getRequestUrl().queryParameter("ref_datetime"));
    assertSigned(request);
  }

  @Test
  void cancelOrdersSendsTheSideAsBuy() throws Exception {
    serve("orders-canceled.json");

    List<OrderResultV1> canceled = client.orders().cancelOrders(PORTFOLIO, null, OrderSide.BUY, null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v1/orders?portfolio=5189861793641175&side=BUY", request.getPath());
    assertEquals(0, request.getBodySize());
    assertSigned(request);
    assertEquals(1, canceled.size());
    assertEquals(ORDER_ID, canceled.get(0).getOrderId());
    assertEquals(OrderEventType.CANCELED, canceled.get(0).getEventType());
    assertEquals(OrderStatus.DONE, canceled.get(0).getOrderStatus());
    assertEquals("0", canceled.get(0).getLeavesQty());
    assertEquals("client cancel", canceled.get(0).getText());
  }

  @Test
  void cancelOrdersNamesAMissingPortfolioBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.orders().cancelOrders(null, "BTC-PERP", OrderSide.BUY, null));

    assertEquals("portfolio is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getOrder() throws Exception {
    serve("order.json");

    OrderResultV1 order = client.orders().getOrder(ORDER_ID, PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/orders/43877033468085760?portfolio=5189861793641175", request.getPath());
    assertSigned(request);
    assertWorkingOrder(order);
  }

  @Test
  void getOrderNamesAMissingPortfolioBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.orders().getOrder(ORDER_ID, null));

    assertEquals("portfolio is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void cancelOrder() throws Exception {
    serve("order-canceled.json");

    OrderResultV1 order = client.orders().cancelOrder(ORDER_ID, PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals("/api/v1/orders/43877033468085760?portfolio=5189861793641175", request.getPath());
    assertEquals(0, request.getBodySize());
    assertSigned(request);
    assertEquals(ORDER_ID, order.getOrderId());
    assertEquals(OrderEventType.CANCELED, order.getEventType());
    assertEquals(OrderStatus.DONE, order.getOrderStatus());
    assertEquals("client cancel", order.getText());
  }

  @Test
  void modifyOrderTakesAPortfolioIdAndAClientOrderIdThatAreNotUuids() throws Exception {
    serve("order.json");

    OrderResultV1 order =
        client.orders()
            .modifyOrder(
                ORDER_ID, new ModifyOrderRequest().clientOrderId("ABC124").portfolio(PORTFOLIO).price("20215.53").size("1.5423"))
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals("PUT", request.getMethod());
    assertEquals("/api/v1/orders/43877033468085760", request.getPath());
    assertEquals(
        "{\"client_order_id\":\"ABC124\",\"portfolio\":\"5189861793641175\",\"price\":\"20215.53\",\"size\":\"1.5423\"}",
        request.getBody().clone().readUtf8());
    assertSigned(request);
    assertWorkingOrder(order);
  }

  @Test
  void modifyOrderStillTakesUuids() throws Exception {
    serve("order.json");

    client.orders()
        .modifyOrder(
            ORDER_ID,
            new ModifyOrderRequest()
                .clientOrderId("36a9d3ee-32b7-460e-979a-121735af4824")
                .portfolio("892e8c7c-e979-4cad-b61b-55a197932cf1")
                .stopPrice("20015.53"))
        .execute();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "{\"client_order_id\":\"36a9d3ee-32b7-460e-979a-121735af4824\",\"portfolio\":\"892e8c7c-e979-4cad-b61b-55a197932cf1\","
            + "\"stop_price\":\"20015.53\"}",
        request.getBody().clone().readUtf8());
    assertSigned(request);
  }
}
