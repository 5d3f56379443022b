package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Serves {@code DELETE /api/v1/orders/{id}?portfolio=} the way INTX does; 404 for anything else. */
final class OrdersHandler implements HttpHandler {
  private static final String ORDERS_PATH = "/api/v1/orders/";
  private static final ObjectMapper JSON = OrderBook.JSON;

  private final RequestAuthenticator authenticator;
  private final OrderBook book;
  private final Clock clock;
  final AtomicLong canceled = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong unauthorized = new AtomicLong();

  OrdersHandler(RequestAuthenticator authenticator, OrderBook book, Clock clock) {
    this.authenticator = authenticator;
    this.book = book;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = readBody(exchange.getRequestBody());
      String rawPath = exchange.getRequestURI().getRawPath();
      Optional<String> authFailure =
          authenticator.check(
              exchange.getRequestHeaders()::getFirst, exchange.getRequestMethod(), rawPath, body);
      if (authFailure.isPresent()) {
        unauthorized.incrementAndGet();
        sendError(exchange, 401, "Unauthorized: " + authFailure.get());
        return;
      }
      String rawId = rawPath.startsWith(ORDERS_PATH) ? rawPath.substring(ORDERS_PATH.length()) : "";
      if (!"DELETE".equals(exchange.getRequestMethod()) || rawId.isEmpty() || rawId.contains("/")) {
        sendError(exchange, 404, "Not Found");
        return;
      }
      cancel(exchange, decodePathSegment(rawId), queryParameter(exchange.getRequestURI().getRawQuery(), "portfolio"));
    } finally {
      exchange.close();
    }
  }

  private void cancel(HttpExchange exchange, String id, String portfolio) throws IOException {
    if (portfolio == null || portfolio.isBlank()) {
      rejected.incrementAndGet();
      sendError(exchange, 400, "portfolio is a required field");
      return;
    }
    OrderBook.Outcome outcome = book.cancel(id, portfolio, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
    if (outcome.canceled != null) {
      canceled.incrementAndGet();
      send(exchange, 200, JSON.writeValueAsBytes(outcome.canceled));
      return;
    }
    rejected.incrementAndGet();
    if (!book.isKnownPortfolio(portfolio)) {
      sendError(exchange, 400, "Invalid portfolio(UNKNOWN_PORTFOLIO - portfolio not found)");
    } else if (outcome.refusal == OrderBook.Refusal.ALREADY_DONE) {
      sendError(exchange, 400, "Order rejected(ORDER_ALREADY_DONE - order is already done)");
    } else {
      sendError(exchange, 400, "Order rejected(UNKNOWN_ORDER - order not found)");
    }
  }

  /** Percent-decodes one path segment; unlike form decoding, '+' stays '+'. */
  static String decodePathSegment(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static void sendError(HttpExchange exchange, int status, String title) throws IOException {
    ObjectNode error = JSON.createObjectNode().put("title", title).put("status", status);
    send(exchange, status, JSON.writeValueAsBytes(error));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
