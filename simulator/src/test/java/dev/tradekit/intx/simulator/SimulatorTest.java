package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(IntxSimulatorExtension.class)
class SimulatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BTC_PATH = "/api/v1/orders/" + DemoOrders.BTC_ORDER_ID;

  private static JsonNode json(Response response) throws IOException {
    try (response) {
      return JSON.readTree(response.body().string());
    }
  }

  @Test
  void cancelsAnOpenOrderAndReturnsItDone(IntxSimulator simulator) throws Exception {
    Response response = SignedRequests.cancel(simulator, BTC_PATH, "portfolio=" + DemoOrders.PORTFOLIO_ID);

    assertEquals(200, response.code());
    assertEquals("application/json", response.header("Content-Type"));
    JsonNode order = json(response);
    assertEquals("43877033468085760", order.get("order_id").asText());
    assertTrue(order.get("order_id").isTextual());
    assertEquals("DEMO-BTC-1", order.get("client_order_id").asText());
    assertEquals("20215.53", order.get("price").asText());
    assertTrue(order.get("price").isTextual());
    assertEquals("1.5423", order.get("size").asText());
    assertEquals("DONE", order.get("order_status").asText());
    assertEquals("CANCELED", order.get("event_type").asText());
    assertEquals("0", order.get("leaves_qty").asText());
    assertEquals("client cancel", order.get("text").asText());
    assertEquals(2, simulator.openOrders().size());
    assertEquals(1, simulator.canceledCount());
  }

  @Test
  void aSecondCancelIsRejected(IntxSimulator simulator) throws Exception {
    SignedRequests.cancel(simulator, BTC_PATH, "portfolio=" + DemoOrders.PORTFOLIO_ID).close();
    Response second = SignedRequests.cancel(simulator, BTC_PATH, "portfolio=" + DemoOrders.PORTFOLIO_ID);

    assertEquals(400, second.code());
    JsonNode error = json(second);
    assertEquals("Order rejected(ORDER_ALREADY_DONE - order is already done)", error.get("title").asText());
    assertEquals(400, error.get("status").asInt());
  }

  @Test
  void cancelsByClientOrderIdAndPortfolioUuid(IntxSimulator simulator) throws Exception {
    Response response =
        SignedRequests.cancel(simulator, "/api/v1/orders/DEMO-ETH-1", "portfolio=" + DemoOrders.PORTFOLIO_UUID);

    assertEquals(200, response.code());
    assertEquals("43877033468085761", json(response).get("order_id").asText());
  }

  @Test
  void unknownOrderMissingAndUnknownPortfolioAreBadRequests(IntxSimulator simulator) throws Exception {
    assertEquals(
        "Order rejected(UNKNOWN_ORDER - order not found)",
        json(SignedRequests.cancel(simulator, "/api/v1/orders/nope", "portfolio=" + DemoOrders.PORTFOLIO_ID)).get("title").asText());
    assertEquals(
        "portfolio is a required field",
        json(SignedRequests.cancel(simulator, BTC_PATH, null)).get("title").asText());
    assertEquals(
        "Invalid portfolio(UNKNOWN_PORTFOLIO - portfolio not found)",
        json(SignedRequests.cancel(simulator, BTC_PATH, "portfolio=999")).get("title").asText());
    assertEquals(3, simulator.rejectedCount());
    assertEquals(3, simulator.openOrders().size());
  }

  @Test
  void otherPathsAndMethodsAreNotFound(IntxSimulator simulator) throws Exception {
    Response response = SignedRequests.cancel(simulator, "/api/v1/portfolios", null);

    assertEquals(404, response.code());
    assertEquals("Not Found", json(response).get("title").asText());
  }

  @Test
  void anEncodedSlashIsOneSegmentAndSignedEncoded(IntxSimulator simulator) throws Exception {
    simulator.addOrder(DemoOrders.order("a/b", "c/d", "BTC-PERP", "1", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a",
        dev.tradekit.intx.generated.model.OrderSide.BUY, "1", "1"));

    Response response = SignedRequests.cancel(simulator, "/api/v1/orders/a%2Fb", "portfolio=" + DemoOrders.PORTFOLIO_ID);

    assertEquals(200, response.code());
    assertEquals("a/b", json(response).get("order_id").asText());
  }

  private static Response send(IntxSimulator simulator, String apiKey, String secret, String passphrase, long timestamp)
      throws IOException {
    Request request =
        SignedRequests.signedDelete(
                simulator.baseUrl() + BTC_PATH.substring(1) + "?portfolio=" + DemoOrders.PORTFOLIO_ID,
                BTC_PATH, apiKey, secret, passphrase, timestamp)
            .build();
    return SignedRequests.HTTP.newCall(request).execute();
  }

  private static void assertUnauthorized(Response response, String reason) throws IOException {
    assertEquals(401, response.code());
    String body = response.body().string();
    response.close();
    assertEquals("{\"title\":\"Unauthorized: " + reason + "\",\"status\":401}", body);
    assertFalse(body.contains(IntxSimulator.DEMO_SECRET));
    assertFalse(body.contains(IntxSimulator.DEMO_PASSPHRASE));
  }

  @Test
  void aSignatureFromAnotherSecretIsRefused(IntxSimulator simulator) throws Exception {
    assertUnauthorized(send(simulator, IntxSimulator.DEMO_API_KEY, "c29tZSBvdGhlciBzZWNyZXQ=", IntxSimulator.DEMO_PASSPHRASE, Instant.now().getEpochSecond()), "invalid signature");
    assertEquals(3, simulator.openOrders().size());
    assertEquals(1, simulator.unauthorizedCount());
  }

  @Test
  void aStaleTimestampIsRefused(IntxSimulator simulator) throws Exception {
    long tenSecondsAgo = Instant.now().getEpochSecond() - 10;

    assertUnauthorized(
        send(simulator, IntxSimulator.DEMO_API_KEY, IntxSimulator.DEMO_SECRET, IntxSimulator.DEMO_PASSPHRASE, tenSecondsAgo),
        "CB-ACCESS-TIMESTAMP is more than 5 s from the server clock");
  }

  @Test
  void aWrongPassphraseIsRefused(IntxSimulator simulator) throws Exception {
    assertUnauthorized(
        send(simulator, IntxSimulator.DEMO_API_KEY, IntxSimulator.DEMO_SECRET, "not-the-passphrase", Instant.now().getEpochSecond()), "invalid passphrase");
  }

  @Test
  void anUnknownKeyIsRefused(IntxSimulator simulator) throws Exception {

    assertUnauthorized(send(simulator, "someone-else", IntxSimulator.DEMO_SECRET, IntxSimulator.DEMO_PASSPHRASE, Instant.now().getEpochSecond()), "unknown API key");
  }

  @Test
  void missingHeadersAreRefused(IntxSimulator simulator) throws Exception {
    Request unsigned = new Request.Builder().url(simulator.baseUrl() + BTC_PATH.substring(1) + "?portfolio=1").delete().build();

    assertUnauthorized(
        SignedRequests.HTTP.newCall(unsigned).execute(),
        "missing CB-ACCESS-KEY, CB-ACCESS-PASSPHRASE, CB-ACCESS-TIMESTAMP or CB-ACCESS-SIGN");
  }

  @Test
  void toStringShowsNoSecrets(IntxSimulator simulator) {
    assertFalse(simulator.toString().contains(IntxSimulator.DEMO_SECRET));
    assertFalse(simulator.toString().contains(IntxSimulator.DEMO_PASSPHRASE));
  }
}
