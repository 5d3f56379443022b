package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import dev.tradekit.intx.simulator.IntxSimulatorExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IntxSimulatorExtension.class)
class IntxCliTest {
  private static final Map<String, String> DEMO_ENV =
      Map.of(
          "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
          "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
          "INTX_API_SECRET", IntxSimulator.DEMO_SECRET,
          "INTX_PORTFOLIO", DemoOrders.PORTFOLIO_ID);

  @Test
  void demoCancelsAnOrderAndShowsTheRejectedRepeat() {
    CliRun run = CliRun.run(Map.of(), "demo");

    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("5189861793641175  Demo portfolio  (default)"), run.out);
    assertTrue(run.out.contains("  USDC  250000.00000000"), run.out);
    assertTrue(run.out.contains("  BTC-PERP  net size 0.7500"), run.out);
    assertTrue(run.out.contains("Fills export: 1200 fills in 13 requests of up to 100"), run.out);
    assertTrue(run.out.contains("> CB-ACCESS-SIGN: ****"), run.out);
    assertTrue(run.out.contains("\"event_type\" : \"CANCELED\""), run.out);
    assertTrue(run.out.contains("reason code: ORDER_ALREADY_DONE"), run.out);
  }

  @Test
  void ordersListPrintsEveryOpenOrderAndTransfersWalkEveryPage(IntxSimulator simulator) throws Exception {
    CliRun orders = CliRun.run(DEMO_ENV, "orders", "list", "--base-url", simulator.baseUrl(), "--format", "jsonl");
    CliRun transfers = CliRun.run(DEMO_ENV, "transfers", "--base-url", simulator.baseUrl(), "--format", "csv");

    assertEquals(0, orders.exitCode, orders.toString());
    String[] lines = orders.out.split("\n");
    assertEquals(simulator.openOrders().size(), lines.length, orders.out);
    assertTrue(orders.out.contains("\"client_order_id\":\"DEMO-BTC-1\""), orders.out);
    assertEquals(0, transfers.exitCode, transfers.toString());
    String[] rows = transfers.out.split("\n");
    assertTrue(rows[0].startsWith("transfer_uuid,"), rows[0]);
    assertTrue(rows.length > 1, transfers.out);
    assertEquals(rows.length - 1, java.util.Arrays.stream(rows).skip(1).map(r -> r.split(",")[0]).distinct().count(), "each transfer once");
  }

  @Test
  void cancelOrderPrintsTheCanceledOrderAsJson(IntxSimulator simulator) throws Exception {
    CliRun run = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "DEMO-ETH-1");

    assertEquals(0, run.exitCode, run.toString());
    JsonNode order = new ObjectMapper().readTree(run.out);
    assertEquals("43877033468085761", order.get("order_id").asText());
    assertEquals("3512.25", order.get("price").asText());
    assertTrue(order.get("price").isTextual());
    assertEquals("DONE", order.get("order_status").asText());
    assertEquals("", run.err);
  }

  @Test
  void theCredentialsJsonVariableWorksToo(IntxSimulator simulator) {
    Map<String, String> env =
        Map.of(
            "INTX_CREDENTIALS",
            "{\"accessKey\":\"" + IntxSimulator.DEMO_API_KEY + "\",\"passphrase\":\"" + IntxSimulator.DEMO_PASSPHRASE
                + "\",\"signingKey\":\"" + IntxSimulator.DEMO_SECRET + "\",\"portfolioId\":\"" + DemoOrders.PORTFOLIO_UUID + "\"}");

    CliRun run = CliRun.run(env, "cancel-order", "--base-url", simulator.baseUrl(), "--id", DemoOrders.BTC_ORDER_ID);

    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.err, "no warning when only the JSON is set");
  }

  @Test
  void whenBothFormsAreSetTheJsonWinsAndOneLineWarnsNamingTheIgnoredVariables(IntxSimulator simulator) {
    Map<String, String> env = new HashMap<>(DEMO_ENV);
    env.put("INTX_API_KEY", "a-key-that-would-be-refused");
    env.put(
        "INTX_CREDENTIALS",
        "{\"accessKey\":\"" + IntxSimulator.DEMO_API_KEY + "\",\"passphrase\":\"" + IntxSimulator.DEMO_PASSPHRASE
            + "\",\"signingKey\":\"" + IntxSimulator.DEMO_SECRET + "\",\"portfolioId\":\"" + DemoOrders.PORTFOLIO_UUID + "\"}");

    CliRun run = CliRun.run(env, "cancel-order", "--base-url", simulator.baseUrl(), "--id", DemoOrders.BTC_ORDER_ID);

    assertEquals(0, run.exitCode, run.toString());
    assertEquals(
        "warning: INTX_CREDENTIALS is set, so INTX_API_KEY, INTX_API_PASSPHRASE, INTX_API_SECRET, INTX_PORTFOLIO are ignored\n",
        run.err);
    assertFalse(run.err.contains("a-key-that-would-be-refused"));
  }

  @Test
  void aRejectedCancelExitsThreeWithTheExchangesReason(IntxSimulator simulator) {
    CliRun run = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "no-such-order");

    assertEquals(3, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.contains("error: the exchange rejected the request: HTTP 400: Order rejected(UNKNOWN_ORDER - order not found)"), run.err);
    assertTrue(run.err.contains("reason code: UNKNOWN_ORDER"), run.err);
    assertFalse(run.err.contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void wrongCredentialsExitThree(IntxSimulator simulator) {
    Map<String, String> env = new HashMap<>(DEMO_ENV);
    env.put("INTX_API_PASSPHRASE", "wrong");

    CliRun run = CliRun.run(env, "cancel-order", "--base-url", simulator.baseUrl(), "--id", DemoOrders.BTC_ORDER_ID);

    assertEquals(3, run.exitCode, run.toString());
    assertTrue(run.err.contains("HTTP 401: Unauthorized: invalid passphrase"), run.err);
  }

  @Test
  void badInputExitsTwoAndSendsNothing(IntxSimulator simulator) {
    CliRun blank = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", " ");
    CliRun missing = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl());
    CliRun dots = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "..");
    CliRun timeout = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "x", "--timeout", "0");
    CliRun both = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--sandbox", "--id", "x");

    assertEquals(2, blank.exitCode, blank.toString());
    assertTrue(blank.err.contains("error: id must not be empty or blank (nothing was sent)"), blank.err);
    assertEquals(2, missing.exitCode);
    assertTrue(missing.err.contains("Missing required option: '--id=<id>'"), missing.err);
    assertEquals(2, dots.exitCode);
    assertEquals(2, timeout.exitCode);
    assertTrue(timeout.err.contains("--timeout must be more than 0"), timeout.err);
    assertEquals(2, both.exitCode);
    assertEquals(0, simulator.canceledCount() + simulator.rejectedCount() + simulator.unauthorizedCount());
  }

  @Test
  void aBadRateLimitUrlExitsTwoWithoutItsPassword(IntxSimulator simulator) {
    Map<String, String> env = new java.util.HashMap<>(DEMO_ENV);
    env.put("INTX_RATE_LIMIT_URL", "redis://:hunter2@");
    CliRun flag = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "x", "--rate-limit-url", "redis://:hunter2@");
    CliRun variable = CliRun.run(env, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "x");

    for (CliRun run : List.of(flag, variable)) {
      assertEquals(2, run.exitCode, run.toString());
      assertTrue(run.err.contains("--rate-limit-url: not a Redis URL"), run.err);
      assertFalse(run.err.contains("hunter2"), run.err);
    }
    assertEquals(0, simulator.canceledCount() + simulator.rejectedCount());
  }

  @Test
  void missingCredentialsExitTwoNamingTheVariable() {
    CliRun run = CliRun.run(Map.of("INTX_API_KEY", "k"), "cancel-order", "--id", "x", "--portfolio", "p");

    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("INTX_API_PASSPHRASE is missing or blank"), run.err);
  }

  @Test
  void aPortfolioIsRequiredWhenTheCredentialsHaveNone() {
    Map<String, String> env = new HashMap<>(DEMO_ENV);
    env.remove("INTX_PORTFOLIO");

    CliRun run = CliRun.run(env, "cancel-order", "--id", "x");

    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("--portfolio is required"), run.err);
  }

  @Test
  void serverErrorsExitFour() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("<html><title>503 Service Unavailable</title></html>"));
      }
      CliRun run = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", server.url("/").toString(), "--id", "x");

      assertEquals(4, run.exitCode, run.toString());
      assertTrue(run.err.contains("HTTP 503: HTML page \"503 Service Unavailable\""), run.err);
      assertEquals(3, server.getRequestCount());
    }
  }

  @Test
  void aMalformedResponseExitsFour() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("{\"order_id\":"));
      CliRun run = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", server.url("/").toString(), "--id", "x");

      assertEquals(4, run.exitCode, run.toString());
      assertTrue(run.err.contains("HTTP 200 with an unreadable body"), run.err);
    }
  }

  @Test
  void theTimeoutOptionLimitsTheWholeCallAndSaysItTimedOut() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
      long started = System.nanoTime();
      CliRun run =
          CliRun.run(DEMO_ENV, "cancel-order", "--base-url", server.url("/").toString(), "--id", "x", "--timeout", "0.5");
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

      assertEquals(4, run.exitCode, run.toString());
      assertTrue(run.err.startsWith("error: INTX request timed out"), run.err);
      assertTrue(elapsedMillis < 5_000, "took " + elapsedMillis + " ms");
    }
  }

  @Test
  void anUnreachableServerExitsFour() throws Exception {
    String closedUrl;
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      closedUrl = server.url("/").toString();
    }
    CliRun run = CliRun.run(DEMO_ENV, "cancel-order", "--base-url", closedUrl, "--id", "x", "--timeout", "2");

    assertEquals(4, run.exitCode, run.toString());
    assertTrue(run.err.startsWith("error: INTX request failed"), run.err);
  }

  @Test
  void verboseShowsTheRequestWithSecretsMaskedAndTraces(IntxSimulator simulator) {
    CliRun run =
        CliRun.run(DEMO_ENV, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "no-such-order", "--verbose");

    assertEquals(3, run.exitCode);
    assertTrue(run.err.contains("> DELETE " + simulator.baseUrl() + "api/v1/orders/no-such-order?portfolio=" + DemoOrders.PORTFOLIO_ID), run.err);
    assertTrue(run.err.contains("> CB-ACCESS-PASSPHRASE: ****"), run.err);
    assertTrue(run.err.contains("< 400 Bad Request"), run.err);
    assertTrue(run.err.contains("\tat "), "stack trace with --verbose");
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.run(Map.of(), "--help");
    CliRun version = CliRun.run(Map.of(), "--version");
    CliRun nothing = CliRun.run(Map.of());

    assertEquals(0, help.exitCode);
    assertTrue(help.out.contains("cancel-order"), help.out);
    assertTrue(help.out.contains("3   the exchange rejected the request (4xx)"), help.out);
    assertEquals(0, version.exitCode);
    assertTrue(version.out.startsWith("intx-cli 0.1.0"), version.out);
    assertEquals(2, nothing.exitCode);
  }

  @Test
  void versionPrintsWhatPicocliWouldWithoutBuildingACommandLine(@TempDir Path dir) throws Exception {
    Path classLog = dir.resolve("classes.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + classLog, "-cp", System.getProperty("java.class.path"), IntxCli.class.getName(), "--version")
        .redirectErrorStream(true)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, process.waitFor(), out);
    assertEquals(CliRun.run(Map.of(), "--version").out, out);
    String loaded = Files.readString(classLog);
    assertTrue(loaded.contains(IntxCli.class.getName()), "the log lists the classes loaded");
    assertFalse(loaded.contains(" picocli.CommandLine "), "a picocli command line built for --version");
    assertFalse(loaded.contains(" com.fasterxml.jackson."), "Jackson loaded for --version");
    assertFalse(loaded.contains(" okhttp3."), "OkHttp loaded for --version");
  }
}
