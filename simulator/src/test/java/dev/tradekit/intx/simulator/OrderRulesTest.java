package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import okhttp3.Response;

/** Orders as INTX keeps them, sent signed by hand so the client's own checks are out of the way. */
@ExtendWith(IntxSimulatorExtension.class)
class OrderRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PORTFOLIO = DemoOrders.PORTFOLIO_ID;

  private static JsonNode call(IntxSimulator simulator, String method, String path, String body, int status) throws IOException {
    try (Response response = SignedRequests.send(simulator, method, path, body)) {
      String text = response.body().string();
      assertEquals(status, response.code(), text);
      return JSON.readTree(text);
    }
  }

  private static String order(String clientOrderId, String type, String tif, String price) {
    return "{\"client_order_id\":\"" + clientOrderId + "\",\"side\":\"BUY\",\"size\":\"0.5\",\"instrument\":\"BTC-PERP\","
        + "\"type\":\"" + type + "\"" + (tif == null ? "" : ",\"tif\":\"" + tif + "\"")
        + (price == null ? "" : ",\"price\":\"" + price + "\"") + ",\"portfolio\":\"" + PORTFOLIO + "\"}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijklmnop!?", "ABCDEFGHIJ-123456789", "1abcdef0123456789abcdef01234567", "36a9d3ee-32b7-460e-979a-121735af4824"})
  void theFourClientOrderIdFormatsAreAccepted(String clientOrderId, IntxSimulator simulator) throws Exception {
    JsonNode created = call(simulator, "POST", "/api/v1/orders", order(clientOrderId, "LIMIT", "GTC", "19000"), 200);

    assertEquals(clientOrderId, created.get("client_order_id").asText());
    assertEquals("WORKING", created.get("order_status").asText());
    assertEquals("NEW", created.get("event_type").asText());
    assertEquals(4, simulator.openOrders().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "abcdefghijklmnopq", "ABCDEFGHIJ_123456789", "0abcdef0123456789abcdef01234567", "1ABCDEF0123456789ABCDEF01234567",
      "36A9D3EE-32B7-460E-979A-121735AF4824", "abcdefghijklmnopé?"})
  void otherClientOrderIdsAreRejected(String clientOrderId, IntxSimulator simulator) throws Exception {
    JsonNode error = call(simulator, "POST", "/api/v1/orders", order(clientOrderId, "LIMIT", "GTC", "19000"), 400);

    assertTrue(error.get("title").asText().startsWith("Order rejected(INVALID_CLIENT_ORDER_ID - "), error.toString());
    assertEquals(3, simulator.openOrders().size());
  }

  @Test
  void aDuplicateClientOrderIdGetsTheExchangesExactAnswer(IntxSimulator simulator) throws Exception {
    call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-123456789", "LIMIT", "GTC", "19000"), 200);
    JsonNode error = call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-123456789", "LIMIT", "GTC", "19001"), 400);

    assertEquals("{\"title\":\"io.javalin.http.BadRequestResponse: Order rejected(DUPLICATE_CLIENT_ORDER_ID - duplicate client order id detected)\",\"status\":400}",
        error.toString());
  }

  @Test
  void marketOrdersMustBeIocLimitOrdersNeedAPriceAndTifIsRequired(IntxSimulator simulator) throws Exception {
    assertEquals("market orders must be IoC",
        call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-000000001", "MARKET", "GTC", null), 400).get("title").asText());
    assertEquals("price is a required field",
        call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-000000002", "LIMIT", "GTC", null), 400).get("title").asText());
    assertEquals("tif is required",
        call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-000000003", "LIMIT", null, "19000"), 400).get("title").asText());
    assertEquals(3, simulator.openOrders().size());
  }

  @Test
  void aMarketOrderFillsAtTheQuoteAndShowsUpInTheFills(IntxSimulator simulator) throws Exception {
    JsonNode filled = call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-000000004", "MARKET", null, null), 200);

    assertEquals("DONE", filled.get("order_status").asText());
    assertEquals("TRADE", filled.get("event_type").asText());
    assertEquals("0.5", filled.get("exec_qty").asText());
    JsonNode fills = call(simulator, "GET", "/api/v1/portfolios/" + PORTFOLIO + "/fills?order_id=" + filled.get("order_id").asText(), null, 200);
    assertEquals(1, fills.get("results").size());
    assertEquals(filled.get("avg_price").asText(), fills.get("results").get(0).get("fill_price").asText());
    assertEquals(filled.get("order_id").asText(),
        call(simulator, "GET", "/api/v1/orders/ABCDEFGHIJ-000000004?portfolio=" + PORTFOLIO, null, 200).get("order_id").asText());
  }

  @Test
  void openOrdersArePagedNewestFirst(IntxSimulator simulator) throws Exception {
    for (int i = 0; i < 5; i++) {
      call(simulator, "POST", "/api/v1/orders", order("ABCDEFGHIJ-00000001" + i, "LIMIT", "GTC", "1900" + i), 200);
    }
    JsonNode first = call(simulator, "GET", "/api/v1/orders?portfolio=" + PORTFOLIO + "&result_limit=3", null, 200);
    JsonNode second = call(simulator, "GET", "/api/v1/orders?portfolio=" + PORTFOLIO + "&result_limit=3&result_offset=3", null, 200);
    JsonNode third = call(simulator, "GET", "/api/v1/orders?portfolio=" + PORTFOLIO + "&result_limit=3&result_offset=6", null, 200);

    assertEquals(3, first.get("results").size());
    assertEquals(3, second.get("results").size());
    assertEquals(2, third.get("results").size());
    assertEquals(3, first.get("pagination").get("result_limit").asInt());
    assertEquals(3, second.get("pagination").get("result_offset").asInt());
    assertTrue(first.get("pagination").has("ref_datetime"));
    assertEquals("ABCDEFGHIJ-000000014", first.get("results").get(0).get("client_order_id").asText());
    assertEquals("invalid result_limit: must be between 1 and 100",
        call(simulator, "GET", "/api/v1/orders?result_limit=101", null, 400).get("title").asText());
  }

  @Test
  void modifyReplacesPriceSizeAndClientOrderId(IntxSimulator simulator) throws Exception {
    JsonNode modified = call(simulator, "PUT", "/api/v1/orders/" + DemoOrders.BTC_ORDER_ID,
        "{\"client_order_id\":\"9a2d6b8e-1c4f-4e2a-8b7d-3f5e6a7b8c9d\",\"portfolio\":\"" + DemoOrders.PORTFOLIO_UUID + "\",\"price\":\"20000.5\",\"size\":\"2\"}", 200);

    assertEquals("REPLACED", modified.get("event_type").asText());
    assertEquals("20000.5", modified.get("price").asText());
    assertEquals("2", modified.get("leaves_qty").asText());
    assertEquals(DemoOrders.BTC_ORDER_ID,
        call(simulator, "GET", "/api/v1/orders/9a2d6b8e-1c4f-4e2a-8b7d-3f5e6a7b8c9d?portfolio=" + PORTFOLIO, null, 200).get("order_id").asText());
    assertTrue(call(simulator, "PUT", "/api/v1/orders/no-such-order",
        "{\"client_order_id\":\"9a2d6b8e-1c4f-4e2a-8b7d-3f5e6a7b8c9e\",\"portfolio\":\"" + PORTFOLIO + "\",\"price\":\"1\"}", 400)
        .get("title").asText().startsWith("Invalid replace order request"));
  }

  @Test
  void cancelAllNeedsAPortfolioAndHonoursInstrumentAndSide(IntxSimulator simulator) throws Exception {
    assertEquals("portfolio is a required field", call(simulator, "DELETE", "/api/v1/orders", null, 400).get("title").asText());

    JsonNode sells = call(simulator, "DELETE", "/api/v1/orders?portfolio=" + PORTFOLIO + "&side=SELL", null, 200);
    JsonNode sol = call(simulator, "DELETE", "/api/v1/orders?portfolio=" + PORTFOLIO + "&instrument=SOL-PERP", null, 200);
    JsonNode rest = call(simulator, "DELETE", "/api/v1/orders?portfolio=" + PORTFOLIO + "&instrument_type=PERPETUAL_FUTURE", null, 200);

    assertEquals("ETH-PERP", sells.get(0).get("symbol").asText());
    assertEquals(1, sells.size());
    assertEquals("SOL-PERP", sol.get(0).get("symbol").asText());
    assertEquals(1, rest.size());
    assertEquals("CANCELED", rest.get(0).get("event_type").asText());
    assertEquals(0, simulator.openOrders().size());
  }
}
