package dev.tradekit.intx.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server on 127.0.0.1 that answers every request with the same canceled order, so that the
 * benchmarks measure the clients, not the server's logic; except the fills of portfolio {@link
 * CancelBenchmark#PORTFOLIO}, which are pages of generated fills ({@link FillsPage}).
 */
final class LoopbackExchange implements AutoCloseable {
  static final String ORDER_JSON =
      "{\"order_id\":\"43877033468085760\",\"client_order_id\":\"ABC123\",\"side\":\"BUY\","
          + "\"instrument_id\":\"2562519737567269\",\"instrument_uuid\":\"359f66d8-4235-47c3-9733-0fbfe2cfaa0a\","
          + "\"symbol\":\"BTC-PERP\",\"portfolio_id\":\"1724343681801273\","
          + "\"portfolio_uuid\":\"b80ec69b-1229-4bcf-a6a8-c506ffd74c20\",\"type\":\"LIMIT\","
          + "\"price\":\"20215.53\",\"stop_price\":\"20015.53\",\"stop_limit_price\":\"20015.53\","
          + "\"size\":\"1.5423\",\"tif\":\"GTC\",\"expire_time\":\"2023-03-16T23:59:53.000Z\","
          + "\"stp_mode\":\"AGGRESSING\",\"event_type\":\"CANCELED\",\"event_time\":\"2023-03-16T23:59:53.000Z\","
          + "\"submit_time\":\"2023-03-16T23:59:53.000Z\",\"order_status\":\"DONE\",\"leaves_qty\":\"0\","
          + "\"exec_qty\":\"0\",\"avg_price\":\"0\",\"fee\":\"0\",\"post_only\":false,\"close_only\":false,"
          + "\"algo_strategy\":\"TWAP\",\"text\":\"client cancel\"}";
  static final byte[] ORDER_BYTES = ORDER_JSON.getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;
  private final int fillsInHistory;
  /** Pages made once per query, so that a large page costs the server only its sending. */
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

  LoopbackExchange() throws IOException {
    this(FillsPage.HISTORY);
  }

  /** @param fillsInHistory how many fills the portfolio's history holds, for paging through */
  LoopbackExchange(int fillsInHistory) throws IOException {
    this.fillsInHistory = fillsInHistory;
    System.setProperty("sun.net.httpserver.nodelay", "true");
    // The JDK server closes idle connections beyond 200 (its default), which resets a client's
    // pooled connection when 256 threads take turns: keep them all, as an exchange would.
    System.setProperty("sun.net.httpserver.maxIdleConnections", "2048");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext("/api/v1/portfolios/" + CancelBenchmark.PORTFOLIO + "/fills", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String query = exchange.getRequestURI().getRawQuery();
      // Keyed without the reference time, which changes from walk to walk.
      String key = query == null ? "" : query.replaceAll("ref_datetime=[^&]*&?", "");
      byte[] page = pages.computeIfAbsent(key, q -> FillsPage.json(q, fillsInHistory));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, ORDER_BYTES.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ORDER_BYTES);
      }
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
