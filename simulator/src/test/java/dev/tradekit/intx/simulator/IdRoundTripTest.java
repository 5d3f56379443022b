package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any id or portfolio string is either refused before sending, with a message naming the
 * parameter, or arrives at the server decoded to exactly the same string.
 */
class IdRoundTripTest {
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static IntxSimulator simulator;
  private static IntxClient client;

  @BeforeContainer
  static void start() {
    simulator = IntxSimulator.builder().seedDemoOrders(false).build().start();
    client = IntxClient.builder(simulator.credentials()).baseUrl(simulator.baseUrl()).noRateLimit().build();
  }

  @AfterContainer
  static void stop() {
    simulator.close();
  }

  private static OrderResultV1 order(String orderId, String portfolioId) {
    return DemoOrders.order(orderId, null, "BTC-PERP", "1", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a", OrderSide.BUY, "1", "1")
        .portfolioId(portfolioId)
        .portfolioUuid(null);
  }

  /** Cancels {@code id} in {@code portfolio}; an order with exactly those strings is open first. */
  private static void assertRefusedOrRoundTrips(String id, String portfolio, String parameter) throws Exception {
    long requestsBefore = simulator.canceledCount() + simulator.rejectedCount() + simulator.unauthorizedCount();
    IllegalArgumentException refused = null;
    try {
      client.orders().cancelOrder(id, portfolio);
    } catch (IllegalArgumentException e) {
      refused = e;
    }
    if (refused != null) {
      assertTrue(refused.getMessage().startsWith(parameter + " "), refused.getMessage());
      assertEquals(requestsBefore, simulator.canceledCount() + simulator.rejectedCount() + simulator.unauthorizedCount());
      return;
    }
    simulator.addOrder(order(id, portfolio));
    OrderResultV1 canceled = client.orders().cancelOrder(id, portfolio).execute().body();
    assertEquals(id, canceled.getOrderId());
    assertEquals(portfolio, canceled.getPortfolioId());
  }

  @Property(tries = 300)
  void anyOrderId(@ForAll @StringLength(max = 300) String id) throws Exception {
    assertRefusedOrRoundTrips(id, "portfolio-" + SEQUENCE.incrementAndGet(), "id");
  }

  @Property(tries = 300)
  void anyPortfolio(@ForAll @StringLength(max = 300) String portfolio) throws Exception {
    assertRefusedOrRoundTrips("order-" + SEQUENCE.incrementAndGet(), portfolio, "portfolio");
  }

  @Example
  void theNamedMatrix() throws Exception {
    String[] refused = {"", " ", "\t \n", "a\u0000b", "a\u001fb", "a\u007fb", ".", "..", "x".repeat(257), "\uD800"};
    for (String id : refused) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> client.orders().cancelOrder(id, "p"));
      assertTrue(e.getMessage().startsWith("id "), e.getMessage());
    }
    assertEquals("id is required", assertThrows(IllegalArgumentException.class, () -> client.orders().cancelOrder(null, "p")).getMessage());
    String[] sentAsIs = {"[", "]", "a[0]", "a/b", "%2F", "%", "?", "#", "a?b#c", " leading", "trailing ", "ü", "日本語", "\uD83D\uDE00", "..a", "a..", "+", "a&portfolio=x", "x".repeat(256)};
    for (char c = 0; c < 128; c++) {
      assertRefusedOrRoundTrips("a" + c + "b", "ascii-" + SEQUENCE.incrementAndGet(), "id");
      assertRefusedOrRoundTrips("ascii-" + SEQUENCE.incrementAndGet(), "a" + c + "b", "portfolio");
    }
    for (String id : sentAsIs) {
      assertRefusedOrRoundTrips(id, "matrix-" + SEQUENCE.incrementAndGet(), "id");
      assertRefusedOrRoundTrips("m-" + SEQUENCE.incrementAndGet(), id, "portfolio");
    }
  }
}
