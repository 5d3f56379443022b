package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxHttpException;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read-only INTX: reads are served, every write is refused after authentication, nothing changes. */
class ReadOnlyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private IntxSimulator simulator;

  @BeforeEach
  void start() {
    simulator = IntxSimulator.builder().readOnly(true).build().start();
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void writesAreRefusedWithForbiddenAndChangeNothing() throws Exception {
    IntxClient client = IntxClient.builder(simulator.credentials()).baseUrl(simulator.baseUrl()).build();

    IntxHttpException refused = org.junit.jupiter.api.Assertions.assertThrows(IntxHttpException.class,
        () -> client.orders().cancelOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute());

    assertEquals(403, refused.statusCode());
    assertEquals("{\"title\":\"" + ReadOnlyPolicy.TITLE + "\",\"status\":403}", refused.rawBody());
    assertEquals(3, simulator.openOrders().size());
    try (Response create = SignedRequests.send(simulator, "POST", "/api/v1/portfolios", "{\"name\":\"x\"}")) {
      assertEquals(403, create.code());
    }
    try (Response list = SignedRequests.send(simulator, "GET", "/api/v1/portfolios", null)) {
      assertEquals(3, JSON.readTree(list.body().string()).size());
    }
    assertTrue(simulator.isReadOnly());
    assertTrue(simulator.toString().contains("read-only"));
  }

  @Test
  void authenticationComesFirst() throws Exception {
    try (Response unsigned = SignedRequests.HTTP.newCall(new okhttp3.Request.Builder()
        .url(simulator.baseUrl() + "api/v1/orders/1?portfolio=1").delete().build()).execute()) {
      assertEquals(401, unsigned.code());
    }
  }

  @Test
  void readsStillWork() throws Exception {
    IntxClient client = IntxClient.builder(simulator.credentials()).baseUrl(simulator.baseUrl()).build();

    assertEquals(3, client.orders().getOrders(DemoOrders.PORTFOLIO_ID, null, null, null, null, null, null, null, null, null)
        .execute().body().getResults().size());
    assertEquals(25, client.portfolios().getPortfolioFills(DemoOrders.PORTFOLIO_ID, null, null, null, null, null, null)
        .execute().body().getResults().size());
  }
}
