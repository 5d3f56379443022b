package dev.tradekit.intx.simulator;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every request passes here. On the I/O thread, from the headers alone: find the operation (404),
 * check a signed one's key, passphrase and timestamp (401) and the declared length (413), all
 * without reading the body. Then the body is read without blocking (at most
 * {@link #MAX_BODY_BYTES}, 413 beyond) and, on a worker: check the signature over it, refuse
 * writes when read-only (403), check required parameters (400) and let the operation's
 * {@link Endpoint} answer.
 */
final class Gateway implements HttpHandler {
  /** The largest request body read; INTX's own requests are a few hundred bytes. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final Router router;
  private final Map<String, Endpoint> endpoints;
  private final RequestAuthenticator authenticator;
  private final ReadOnlyPolicy readOnly;
  private final Clock clock;
  private final Stats stats;
  private final Arrivals arrivals;

  Gateway(Router router, Map<String, Endpoint> endpoints, RequestAuthenticator authenticator, ReadOnlyPolicy readOnly,
      Clock clock, Stats stats, Arrivals arrivals) {
    Map<String, Endpoint> all = new HashMap<>(endpoints);
    for (Route route : router.routes()) {
      // An operation a newer spec adds is answered 501 until the simulator serves it (ContractTest fails meanwhile).
      all.putIfAbsent(route.key(), call -> {
        throw new ApiError(501, "Not Implemented: the simulator does not serve " + route.key() + " yet");
      });
    }
    this.router = router;
    this.endpoints = Map.copyOf(all);
    this.authenticator = authenticator;
    this.readOnly = readOnly;
    this.clock = clock;
    this.stats = stats;
    this.arrivals = arrivals;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    arrivals.arrived();
    String method = exchange.getRequestMethod().toString();
    String rawPath = rawPath(exchange.getRequestURI());
    Router.Match match = router.match(method, rawPath);
    if (match == null) {
      refuseUnread(exchange, 404, "Not Found");
      return;
    }
    Function<String, String> headers = name -> exchange.getRequestHeaders().getFirst(name);
    if (match.route.signed) {
      Optional<String> failure = authenticator.checkHeaders(headers);
      if (failure.isPresent()) {
        stats.answered(match.route, 401);
        refuseUnread(exchange, 401, "Unauthorized: " + failure.get());
        return;
      }
    }
    if (exchange.getRequestContentLength() > MAX_BODY_BYTES) {
      refuseUnread(exchange, 413, "Payload Too Large: a request body is at most " + MAX_BODY_BYTES + " bytes");
      return;
    }
    // Read without blocking on the I/O thread, so a slow body holds no worker; at most MAX_BODY_BYTES.
    exchange.setMaxEntitySize(MAX_BODY_BYTES);
    exchange.getRequestReceiver().receiveFullBytes(
        (received, body) -> received.dispatch(() -> serve(received, match, method, rawPath, headers, body)),
        (failed, error) -> {
          if (error instanceof RequestTooBigException) {
            refuseUnread(failed, 413, "Payload Too Large: a request body is at most " + MAX_BODY_BYTES + " bytes");
          } else {
            failed.setPersistent(false);
            failed.endExchange();
          }
        });
  }

  /** On a worker thread, with the whole body: the signature, and the endpoint. */
  private void serve(HttpServerExchange exchange, Router.Match match, String method, String rawPath,
      Function<String, String> headers, byte[] body) {
    Route route = match.route;
    if (route.signed) {
      Optional<String> failure = authenticator.checkSignature(headers, method, rawPath, body);
      if (failure.isPresent()) {
        stats.answered(route, 401);
        send(exchange, 401, error(401, "Unauthorized: " + failure.get()));
        return;
      }
    }
    Optional<ApiError> refusal = readOnly.refusal(route);
    if (refusal.isPresent()) {
      send(exchange, refusal.get().status, error(refusal.get().status, refusal.get().title));
      return;
    }
    QueryString query = QueryString.parse(exchange.getQueryString());
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    try {
      for (String name : route.required) {
        if (!match.pathParameters.containsKey(name) && (query.first(name) == null || query.first(name).isBlank())) {
          throw ApiError.required(name);
        }
      }
      Object answer = endpoints.get(route.key()).serve(new Call(match.pathParameters, query, body, now));
      stats.answered(route, 200);
      send(exchange, 200, json(answer));
    } catch (ApiError e) {
      stats.answered(route, e.status);
      send(exchange, e.status, error(e.status, e.title));
    }
  }

  /** The path of a request URI as sent, still percent-encoded; an absolute URI loses its origin. */
  static String rawPath(String requestUri) {
    if (requestUri.startsWith("http://") || requestUri.startsWith("https://")) {
      int slash = requestUri.indexOf('/', requestUri.indexOf("//") + 2);
      return slash < 0 ? "/" : requestUri.substring(slash);
    }
    return requestUri;
  }

  /** Answers without reading the body and closes the connection after, so no body is drained. */
  private static void refuseUnread(HttpServerExchange exchange, int status, String title) {
    exchange.setPersistent(false);
    send(exchange, status, error(status, title));
  }

  static byte[] error(int status, String title) {
    return json(Json.MAPPER.createObjectNode().put("title", title).put("status", status));
  }

  private static byte[] json(Object value) {
    try {
      return Json.MAPPER.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static void send(HttpServerExchange exchange, int status, byte[] body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }
}
