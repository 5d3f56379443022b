package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any id or portfolio string is either refused before sending, with a message naming the
 * parameter, or goes out as one path segment or one query value and arrives at the server decoded
 * to exactly the same string.
 */
class IdRoundTripTest {
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static IntxSimulator simulator;
  private static final Recorder RECORDER = new Recorder();
  private static IntxClient client;

  @BeforeContainer
  static void start() {
    simulator = IntxSimulator.builder().seedDemoOrders(false).build().start();
    client = IntxClient.builder(simulator.credentials())
        .baseUrl(simulator.baseUrl())
        .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(RECORDER).build())
        .noRateLimit()
        .build();
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
    int exchangesBefore = RECORDER.exchanges.size();
    IllegalArgumentException refused = null;
    try {
      client.orders().cancelOrder(id, portfolio);
    } catch (IllegalArgumentException e) {
      refused = e;
    }
    if (refused != null) {
      assertTrue(refused.getMessage().startsWith(parameter + " "), refused.getMessage());
      assertEquals(requestsBefore, simulator.canceledCount() + simulator.rejectedCount() + simulator.unauthorizedCount());
      assertEquals(exchangesBefore, RECORDER.exchanges.size());
      return;
    }
    simulator.addOrder(order(id, portfolio));
    OrderResultV1 canceled = client.orders().cancelOrder(id, portfolio).execute().body();
    assertEquals(exchangesBefore + 1, RECORDER.exchanges.size());
    okhttp3.HttpUrl sent = RECORDER.exchanges.get(exchangesBefore).request.url();
    assertEquals(List.of("api", "v1", "orders", id), sent.pathSegments());
    assertEquals(List.of("portfolio"), List.copyOf(sent.queryParameterNames()));
    assertEquals(portfolio, sent.queryParameter("portfolio"));
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
    for (char c = 0; c < 128; c++) {
      assertRefusedOrRoundTrips("a" + c + "b", "ascii-" + SEQUENCE.incrementAndGet(), "id");
      assertRefusedOrRoundTrips("ascii-" + SEQUENCE.incrementAndGet(), "a" + c + "b", "portfolio");
    }
    // Each value, then how it is written in the path and in the query: never refused, never cut at
    // a '/', '?', '#' or '&', never decoded twice ('%2F' stays those three characters).
    String[][] sentAsIs = {
      {"[", "%5B", "%5B"},
      {"]", "%5D", "%5D"},
      {"a[0]", "a%5B0%5D", "a%5B0%5D"},
      {"a/b", "a%2Fb", "a%2Fb"},
      {"%2F", "%252F", "%252F"},
      {"%", "%25", "%25"},
      {"?", "%3F", "%3F"},
      {"#", "%23", "%23"},
      {"a?b#c", "a%3Fb%23c", "a%3Fb%23c"},
      {" leading", "%20leading", "%20leading"},
      {"trailing ", "trailing%20", "trailing%20"},
      {"\u00fc", "%C3%BC", "%C3%BC"},
      {"\u65e5\u672c\u8a9e", "%E6%97%A5%E6%9C%AC%E8%AA%9E", "%E6%97%A5%E6%9C%AC%E8%AA%9E"},
      {"\uD83D\uDE00", "%F0%9F%98%80", "%F0%9F%98%80"},
      {"..a", "..a", "..a"},
      {"a..", "a..", "a.."},
      {"+", "+", "%2B"},
      {"a&portfolio=x", "a&portfolio=x", "a%26portfolio%3Dx"},
      {"x".repeat(256), "x".repeat(256), "x".repeat(256)},
    };
    for (String[] value : sentAsIs) {
      String portfolio = "matrix-" + SEQUENCE.incrementAndGet();
      assertSentAs(value[0], portfolio, "/api/v1/orders/" + value[1] + "?portfolio=" + portfolio);
      String id = "m-" + SEQUENCE.incrementAndGet();
      assertSentAs(id, value[0], "/api/v1/orders/" + id + "?portfolio=" + value[2]);
    }
  }

  /** Cancels {@code id} in {@code portfolio}: one request, with exactly this path and query, and the server read both back. */
  private static void assertSentAs(String id, String portfolio, String pathAndQuery) throws Exception {
    simulator.addOrder(order(id, portfolio));
    int exchangesBefore = RECORDER.exchanges.size();

    OrderResultV1 canceled = client.orders().cancelOrder(id, portfolio).execute().body();

    assertEquals(exchangesBefore + 1, RECORDER.exchanges.size());
    Recorder.Exchange sent = RECORDER.exchanges.get(exchangesBefore);
    assertEquals("DELETE " + pathAndQuery, sent.request.method() + " " + sent.request.url().encodedPath() + "?" + sent.request.url().encodedQuery());
    assertEquals(200, sent.status);
    assertEquals(id, canceled.getOrderId());
    assertEquals(portfolio, canceled.getPortfolioId());
  }
}
