package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.ServerText;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a hostile or broken server sends must reach the terminal as inert, bounded lines. */
class HostileServerCliTest {
  private static final Map<String, String> DEMO_ENV =
      Map.of(
          "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
          "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
          "INTX_API_SECRET", IntxSimulator.DEMO_SECRET,
          "INTX_PORTFOLIO", DemoOrders.PORTFOLIO_ID);
  private static final String ESC = String.valueOf((char) 0x1b);
  private static final String HOSTILE =
      "Order rejected\nerror: forged line\r" + ESC + "[31mred" + ESC + "]0;title\u0007\u202Eesrever\u2066\u200F\u061C\u0085";

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private CliRun cancel(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "cancel-order";
    args[1] = "--base-url=" + server.url("/");
    args[2] = "--id=1";
    args[3] = "--timeout=5";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliRun.run(DEMO_ENV, args);
  }

  /** Every line printable and bounded; {@code tabs} allows the tab that starts a stack frame. */
  private static List<String> assertInertLines(String printed, boolean tabs) {
    List<String> lines = List.of(printed.split("\n", -1));
    assertEquals("", lines.get(lines.size() - 1), "ends with a newline");
    for (String line : lines) {
      assertTrue(line.length() <= 100 + ServerText.MAX_LENGTH, line.length() + " chars");
      line.codePoints()
          .filter(c -> !(tabs && c == '\t'))
          .forEach(c -> assertFalse(ServerText.mustEscape(c), "U+" + Integer.toHexString(c) + " in " + line));
      assertFalse(line.startsWith("error: forged"), line);
    }
    return lines.subList(0, lines.size() - 1);
  }

  @Test
  void aHostileJsonTitleIsOneEscapedLine() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody(json(HOSTILE)));

    CliRun run = cancel();

    assertEquals(3, run.exitCode, run.toString());
    List<String> lines = assertInertLines(run.err, false);
    assertEquals(
        List.of(
            "error: the exchange rejected the request: HTTP 400: Order rejected\\nerror: forged line\\r\\u001b[31mred"
                + "\\u001b]0;title\\u0007\\u202eesrever\\u2066\\u200f\\u061c\\u0085"),
        lines);
  }

  @Test
  void aSixtyKilobyteTitleAndReasonCodeAreCut() {
    String code = "A".repeat(30_000);
    server.enqueue(new MockResponse().setResponseCode(400).setBody(json("Order rejected(" + code + " - " + "d".repeat(30_000) + ")")));

    CliRun run = cancel();

    assertEquals(3, run.exitCode, run.toString());
    List<String> lines = assertInertLines(run.err, false);
    assertEquals(2, lines.size(), run.err);
    assertTrue(lines.get(0).endsWith(" more characters)"), lines.get(0));
    assertTrue(lines.get(1).startsWith("reason code: AAAA"), lines.get(1));
    assertTrue(lines.get(1).endsWith(" more characters)"), lines.get(1));
    assertTrue(run.err.length() < 1_200, run.err.length() + " chars");
  }

  @Test
  void aHostileHtmlTitleFromAProxyIsOneEscapedLine() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "text/html")
          .setBody("<html><title>503\nerror: forged " + ESC + "[2J\u202E</title></html>"));
    }

    CliRun run = cancel();

    assertEquals(4, run.exitCode, run.toString());
    List<String> lines = assertInertLines(run.err, false);
    assertEquals(1, lines.size(), run.err);
    assertTrue(lines.get(0).startsWith("error: HTTP 503: HTML page \"503\\nerror: forged \\u001b[2J\\u202e\""), lines.get(0));
  }

  @Test
  void verboseEscapesAHostileReasonPhraseAndTheStackTrace() {
    server.enqueue(new MockResponse().setStatus("HTTP/1.1 400 Bad" + ESC + "[31m\rerror: forged\u202E").setBody(json(HOSTILE)));

    CliRun run = cancel("--verbose");

    assertEquals(3, run.exitCode, run.toString());
    List<String> lines = assertInertLines(run.err, true);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("< 400 Bad\\u001b[31m\\rerror: forged\\u202e (")), run.err);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dev.tradekit.intx.client.IntxBadRequestException: HTTP 400: Order rejected\\n")), run.err);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat ")), "the stack trace is still printed");
  }

  @Test
  void verboseEscapesACauseThatQuotesAHostileStatusLine() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setStatus("HTTP/1.1 2x0 " + ESC + "[31mforged\u202E"));
    }

    CliRun run = cancel("--verbose");

    assertEquals(4, run.exitCode, run.toString());
    List<String> lines = assertInertLines(run.err, true);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Caused by: java.net.ProtocolException: Unexpected status line: HTTP/1.1 2x0 \\u001b[31mforged\\u202e")), run.err);
  }

  @Test
  void theCanceledOrderOnStdoutIsValidJsonWithNothingATerminalActsOn() throws Exception {
    String text = "client " + ESC + "[31mcancel\u202E\u0085\u007f 😀 é";
    server.enqueue(new MockResponse().setBody("{\"order_id\":\"1\",\"order_status\":\"DONE\",\"text\":" + new ObjectMapper().writeValueAsString(text) + "}"));

    CliRun run = cancel();

    assertEquals(0, run.exitCode, run.toString());
    assertInertLines(run.out, false);
    assertEquals(text, new ObjectMapper().readTree(run.out).get("text").asText(), "the value is exact once parsed");
  }

  @Test
  void anUnknownOrderStatusIsPrintedAsSentByTheOneOrderCommands() throws Exception {
    String order = "{\"order_id\":\"1\",\"order_status\":\"WEIRD_STATUS\",\"side\":\"BUY\"}";
    server.enqueue(new MockResponse().setBody(order));
    server.enqueue(new MockResponse().setBody(order));

    CliRun cancel = cancel();
    CliRun get = CliRun.run(DEMO_ENV, "orders", "get", "--id=1", "--base-url=" + server.url("/"));

    for (CliRun run : List.of(cancel, get)) {
      assertEquals(0, run.exitCode, run.toString());
      assertEquals("WEIRD_STATUS", new ObjectMapper().readTree(run.out).get("order_status").asText(), run.out);
      assertEquals("BUY", new ObjectMapper().readTree(run.out).get("side").asText(), run.out);
    }
  }

  @Test
  void anUnknownOrderStatusIsPrintedAsSentInEveryListingFormat() {
    String page = "{\"pagination\":{\"result_limit\":100,\"result_offset\":0},\"results\":["
        + "{\"order_id\":\"1\",\"order_status\":\"WORKING\"},{\"order_id\":\"2\",\"order_status\":\"WEIRD_STATUS\"}]}";
    Map<String, String> expected =
        Map.of(
            "json", "\"order_status\" : \"WEIRD_STATUS\"",
            "jsonl", "{\"order_id\":\"2\",\"order_status\":\"WEIRD_STATUS\"}",
            "csv", "\n2,");
    for (String format : List.of("json", "jsonl", "csv")) {
      server.enqueue(new MockResponse().setBody(page));

      CliRun run = CliRun.run(DEMO_ENV, "orders", "list", "--format", format, "--base-url=" + server.url("/"));

      assertEquals(0, run.exitCode, run.toString());
      assertTrue(run.out.contains(expected.get(format)), format + ": " + run.out);
      assertTrue(run.out.contains("WEIRD_STATUS"), format + ": " + run.out);
      assertTrue(run.out.contains("WORKING"), format + ": " + run.out);
      assertFalse(run.out.toLowerCase(java.util.Locale.ROOT).contains("unknown_default"), format + ": " + run.out);
    }
  }

  private static String json(String title) {
    return new ObjectMapper().createObjectNode().put("title", title).put("status", 400).toString();
  }
}
