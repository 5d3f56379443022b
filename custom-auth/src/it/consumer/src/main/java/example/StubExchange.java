package example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The few INTX answers the README's sample needs, on 127.0.0.1 and an ephemeral port (JDK HttpServer). */
final class StubExchange implements AutoCloseable {
  private static final String ORDER =
      "{\"order_id\":\"43877033468085760\",\"client_order_id\":\"DEMO-BTC-1\",\"side\":\"BUY\","
          + "\"symbol\":\"BTC-PERP\",\"portfolio_id\":\"5189861793641175\",\"type\":\"LIMIT\","
          + "\"price\":\"20215.53\",\"size\":\"1.5423\",\"tif\":\"GTC\",\"event_type\":\"CANCELED\","
          + "\"order_status\":\"DONE\",\"leaves_qty\":\"0\",\"exec_qty\":\"0\"}";
  private static final String FILL =
      "{\"fill_id\":\"%s\",\"order_id\":\"43877033468085760\",\"symbol\":\"BTC-PERP\",\"side\":\"BUY\","
          + "\"fill_price\":\"20000.5\",\"fill_qty\":\"0.1\",\"fee\":\"0.2\"}";

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger signed = new AtomicInteger();
  private final AtomicBoolean canceled = new AtomicBoolean();

  private StubExchange(HttpServer server) {
    this.server = server;
  }

  static StubExchange start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StubExchange stub = new StubExchange(server);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  int requests() {
    return requests.get();
  }

  int signedRequests() {
    return signed.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    if (exchange.getRequestHeaders().getFirst("CB-ACCESS-SIGN") != null
        && exchange.getRequestHeaders().getFirst("CB-ACCESS-TIMESTAMP") != null
        && "consumer-test-key".equals(exchange.getRequestHeaders().getFirst("CB-ACCESS-KEY"))) {
      signed.incrementAndGet();
    }
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String query = String.valueOf(exchange.getRequestURI().getQuery());
    String portfolio = "/api/v1/portfolios/5189861793641175";
    if (method.equals("GET") && path.equals(portfolio + "/balances")) {
      send(exchange, 200, "[{\"asset_id\":\"2\",\"asset_name\":\"USDC\",\"quantity\":\"100.5\",\"hold\":\"0\"}]");
    } else if (method.equals("GET") && path.equals(portfolio + "/positions")) {
      send(exchange, 200, "[{\"symbol\":\"BTC-PERP\",\"instrument_id\":\"2562519737567269\",\"net_size\":\"1.5\"}]");
    } else if (method.equals("GET") && path.equals(portfolio + "/fills")) {
      // One short page (2 of at most 100 results) is the last one.
      boolean first = query.contains("result_offset=0");
      String results = first ? String.format(FILL, "f1") + "," + String.format(FILL, "f2") : "";
      send(exchange, 200, "{\"pagination\":{\"result_limit\":100,\"result_offset\":0},\"results\":[" + results + "]}");
    } else if (method.equals("DELETE") && path.equals("/api/v1/orders/43877033468085760")) {
      if (canceled.compareAndSet(false, true)) {
        send(exchange, 200, ORDER);
      } else {
        send(exchange, 400, "{\"title\":\"Order rejected(ORDER_ALREADY_DONE - order is already done)\",\"status\":400}");
      }
    } else {
      send(exchange, 404, "{\"title\":\"Not found\",\"status\":404}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
