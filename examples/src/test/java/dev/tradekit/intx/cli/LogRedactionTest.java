package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * With every logger at DEBUG (surefire sets it for this module), runs a cancel that is retried
 * and then succeeds, and scans all that the process printed for the secret and the passphrase.
 */
class LogRedactionTest {

  @Test
  void debugLogsOfRetriesAndRequestsCarryNoSecret() throws Exception {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CliRun run;
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setBody("{\"order_id\":\"1\",\"order_status\":\"DONE\"}"));
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = CliRun.run(
          Map.of(
              "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
              "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
              "INTX_API_SECRET", IntxSimulator.DEMO_SECRET,
              "INTX_PORTFOLIO", DemoOrders.PORTFOLIO_ID),
          "cancel-order", "--base-url", server.url("/").toString(), "--id", "1");
    } finally {
      System.setErr(originalErr);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);

    assertEquals(0, run.exitCode, run.toString());
    assertTrue(logs.contains("Retrying DELETE /api/v1/orders/1 after HTTP 503 (attempt 2 of 3)"), logs);
    assertTrue(logs.contains("> CB-ACCESS-PASSPHRASE: ****"), logs);
    CliRun.assertNoSecrets(logs);
    CliRun.assertNoSecrets(run.out + run.err);
  }
}
