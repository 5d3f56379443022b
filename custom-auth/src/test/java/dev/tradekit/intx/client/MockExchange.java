package dev.tradekit.intx.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer on loopback and a client pointed at it with a fixed clock. */
abstract class MockExchange {
  static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
  static final String ORDER_JSON =
      "{\"order_id\":\"43877033468085760\",\"client_order_id\":\"ABC123\",\"side\":\"BUY\","
          + "\"instrument_id\":\"2562519737567269\",\"instrument_uuid\":\"359f66d8-4235-47c3-9733-0fbfe2cfaa0a\","
          + "\"symbol\":\"BTC-PERP\",\"portfolio_id\":\"1724343681801273\","
          + "\"portfolio_uuid\":\"b80ec69b-1229-4bcf-a6a8-c506ffd74c20\",\"type\":\"LIMIT\","
          + "\"price\":\"20215.53\",\"stop_price\":\"20015.53\",\"stop_limit_price\":\"20015.53\","
          + "\"size\":\"1.5423\",\"tif\":\"GTC\",\"expire_time\":\"2023-03-16T23:59:53.000Z\","
          + "\"stp_mode\":\"AGGRESSING\",\"event_type\":\"CANCELED\",\"event_time\":\"2023-03-16T23:59:53.000Z\","
          + "\"submit_time\":\"2023-03-16T23:59:53.000Z\",\"order_status\":\"DONE\",\"leaves_qty\":\"0\","
          + "\"exec_qty\":\"0\",\"avg_price\":\"0\",\"fee\":\"0\",\"post_only\":false,\"close_only\":true,"
          + "\"algo_strategy\":\"TWAP\",\"text\":\"client cancel\"}";

  MockWebServer server;
  IntxClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client = clientFor(server).retryPolicy(RetryPolicy.none()).build();
  }

  /** A builder for the test credentials, pointed at {@code server}, on a clock fixed at {@link #NOW}. */
  static IntxClient.Builder clientFor(MockWebServer server) {
    return IntxClient.builder(SigningVectors.credentials())
        .baseUrl(server.url("/").toString())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }
}
