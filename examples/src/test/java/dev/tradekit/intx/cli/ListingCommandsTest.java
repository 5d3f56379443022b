package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listing commands' output formats and credentials, against a local HTTP server. */
class ListingCommandsTest {
  static final Map<String, String> DEMO_ENV =
      Map.of(
          "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
          "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
          "INTX_API_SECRET", IntxSimulator.DEMO_SECRET,
          "INTX_PORTFOLIO", DemoOrders.PORTFOLIO_ID);

  static final String BALANCES =
      "[{\"asset_id\":\"1\",\"asset_uuid\":\"2b92315d-eab7-5bef-84fa-089a131333f5\",\"asset_name\":\"USDC\","
          + "\"quantity\":\"100.10\",\"hold\":\"0\",\"transfer_hold\":\"0\",\"collateral_value\":\"100.10\","
          + "\"max_withdraw_amount\":\"100.10\"},"
          + "{\"asset_id\":\"2\",\"asset_name\":\"BTC\",\"quantity\":\"0.00000001\",\"hold\":\"0.5\"}]";

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private CliRun run(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--base-url";
    all[args.length + 1] = server.url("/").toString();
    return CliRun.run(env, all);
  }

  @Test
  void balancesAsCsvHaveAHeaderInTheModelsOrderAndTheExchangesDigits() throws Exception {
    server.enqueue(new MockResponse().setBody(BALANCES));

    CliRun run = run(DEMO_ENV, "balances", "--format", "csv");

    assertEquals(0, run.exitCode, run.toString());
    String[] lines = run.out.split("\n");
    assertEquals(3, lines.length, run.out);
    assertTrue(lines[0].startsWith("asset_id,asset_name,asset_uuid,quantity,hold,hold_available_for_collateral,"), lines[0]);
    assertTrue(lines[1].startsWith("1,USDC,2b92315d-eab7-5bef-84fa-089a131333f5,100.10,0,,0,100.10,100.10,"), lines[1]);
    assertTrue(lines[2].startsWith("2,BTC,,0.00000001,0.5,"), lines[2]);
    RecordedRequest request = server.takeRequest();
    assertEquals("/api/v1/portfolios/" + DemoOrders.PORTFOLIO_ID + "/balances", request.getPath());
    assertNotNull(request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void jsonLinesHaveOneCompactObjectPerRecord() throws Exception {
    server.enqueue(new MockResponse().setBody(BALANCES));

    CliRun run = run(DEMO_ENV, "balances", "--portfolio", "other", "--format", "jsonl");

    assertEquals(0, run.exitCode, run.toString());
    String[] lines = run.out.split("\n");
    assertEquals(2, lines.length, run.out);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals("100.10", first.get("quantity").asText());
    assertTrue(first.get("quantity").isTextual());
    assertEquals("/api/v1/portfolios/other/balances", server.takeRequest().getPath());
  }

  @Test
  void jsonIsOneArray() throws Exception {
    server.enqueue(new MockResponse().setBody(BALANCES));

    CliRun run = run(DEMO_ENV, "balances");

    assertEquals(0, run.exitCode, run.toString());
    JsonNode array = new ObjectMapper().readTree(run.out);
    assertEquals(2, array.size());
    assertEquals("BTC", array.get(1).get("asset_name").asText());
  }

  @Test
  void instrumentsNeedNoCredentialsAndSendNone() throws Exception {
    server.enqueue(new MockResponse().setBody("[{\"instrument_id\":\"149264167780483072\",\"symbol\":\"BTC-PERP\",\"type\":\"PERP\",\"base_increment\":\"0.0001\"}]"));

    CliRun run = run(Map.of(), "instruments", "--format", "jsonl");

    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("\"symbol\":\"BTC-PERP\""), run.out);
    RecordedRequest request = server.takeRequest();
    assertEquals("/api/v1/instruments", request.getPath());
    assertNull(request.getHeader("CB-ACCESS-KEY"));
    assertNull(request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void anEmptyListPrintsAnEmptyArrayOrNothing() {
    server.enqueue(new MockResponse().setBody("[]"));
    server.enqueue(new MockResponse().setBody("[]"));

    assertEquals("[ ]", run(Map.of(), "assets").out.trim());
    assertEquals("", run(Map.of(), "assets", "--format", "csv").out);
  }

  @Test
  void aPortfolioCommandWithoutCredentialsSendsNothingAndExitsTwo() {
    CliRun run = run(Map.of(), "positions", "--portfolio", "p");

    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("INTX_"), run.err);
    assertEquals(0, server.getRequestCount());
  }

  /** A server with {@code total} fills, paged as INTX pages them. */
  private void serveFills(int total) {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        okhttp3.HttpUrl url = request.getRequestUrl();
        int limit = Integer.parseInt(url.queryParameter("result_limit"));
        int offset = Integer.parseInt(url.queryParameter("result_offset"));
        StringBuilder results = new StringBuilder();
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
          results.append(results.length() == 0 ? "" : ",")
              .append("{\"fill_id\":\"fill-").append(i).append("\",\"fill_price\":\"100.10\",\"fill_qty\":\"0.001\"}");
        }
        return new MockResponse().setBody("{\"pagination\":{\"result_limit\":" + limit + ",\"result_offset\":" + offset
            + "},\"results\":[" + results + "]}");
      }
    });
  }

  @Test
  void fillsExportEveryFillExactlyOnceInPagesOfAHundred() throws Exception {
    serveFills(250);

    CliRun run = run(DEMO_ENV, "fills", "--format", "jsonl", "--since", "2026-11-01T00:00:00Z", "--until", "2026-11-27T00:00:00Z");

    assertEquals(0, run.exitCode, run.toString());
    String[] lines = run.out.split("\n");
    assertEquals(250, lines.length);
    assertEquals(250, java.util.Arrays.stream(lines).distinct().count());
    assertTrue(lines[249].contains("\"fill_id\":\"fill-249\""), lines[249]);
    assertEquals(3, server.getRequestCount());
    for (int page = 0; page < 3; page++) {
      okhttp3.HttpUrl url = server.takeRequest().getRequestUrl();
      assertEquals("/api/v1/portfolios/" + DemoOrders.PORTFOLIO_ID + "/fills", url.encodedPath());
      assertEquals("100", url.queryParameter("result_limit"));
      assertEquals(String.valueOf(page * 100), url.queryParameter("result_offset"));
      assertEquals("2026-11-27T00:00:00Z", url.queryParameter("ref_datetime"));
      assertEquals("2026-11-01T00:00:00Z", url.queryParameter("time_from"));
    }
  }

  @Test
  void aPageThatFailsEndsTheExportWithTheExchangesError() {
    server.enqueue(new MockResponse().setBody("{\"pagination\":{},\"results\":[" + "{\"fill_id\":\"a\"},".repeat(99) + "{\"fill_id\":\"b\"}]}"));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"title\":\"invalid result_offset\",\"status\":400}"));

    CliRun run = run(DEMO_ENV, "fills", "--format", "jsonl", "--timeout", "5");

    assertEquals(3, run.exitCode, run.toString());
    assertEquals(100, run.out.split("\n").length);
    assertTrue(run.err.startsWith("error: the exchange rejected the request: HTTP 400: invalid result_offset"), run.err);
  }

  @Test
  void aRunBuildsOnlyTheCommandItNamesAndHelpBuildsThemAll() {
    assertEquals(java.util.Set.of("instruments"), IntxCli.commandLine(Map.of(), new String[] {"instruments"}).getSubcommands().keySet());
    assertEquals(11, IntxCli.commandLine(Map.of(), new String[] {"--help"}).getSubcommands().size());
    assertEquals(11, IntxCli.commandLine(Map.of(), new String[] {"no-such-command"}).getSubcommands().size());
    assertEquals(0, IntxCli.commandLine(Map.of(), new String[] {"--version"}).getSubcommands().size());
    assertTrue(CliRun.run(IntxCli.commandLine(Map.of(), new String[] {"--version"}), "--version").out.startsWith("intx-cli "));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = run(DEMO_ENV, "balances", "--format", "xml");

    assertEquals(2, run.exitCode, run.toString());
    assertEquals(0, server.getRequestCount());
  }
}
