package dev.tradekit.intx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.cli.IntxCli;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import dev.tradekit.intx.simulator.IntxSimulatorExtension;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable programs, each run as a user runs it: its {@code main} in a JVM of its own, with
 * credentials in the environment, against the simulator. Checks the exit code and all it printed.
 */
@ExtendWith(IntxSimulatorExtension.class)
class ExampleProgramsTest {
  private static final Map<String, String> DEMO_ENV =
      Map.of(
          "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
          "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
          "INTX_API_SECRET", IntxSimulator.DEMO_SECRET);

  @TempDir Path output;

  /** One finished run of a program's main. */
  private static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Run run(Class<?> program, Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Start-up only: these programs run for well under a second.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(program.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("INTX_"));
    builder.environment().putAll(environment);
    File out = output.resolve("out.txt").toFile();
    File err = output.resolve("err.txt").toFile();
    Process process = builder.redirectOutput(out).redirectError(err).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(program.getSimpleName() + " did not end within 60 s");
    }
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out.toPath(), StandardCharsets.UTF_8),
            Files.readString(err.toPath(), StandardCharsets.UTF_8));
    assertFalse((run.out + run.err).contains(IntxSimulator.DEMO_SECRET), run.toString());
    assertFalse((run.out + run.err).contains(IntxSimulator.DEMO_PASSPHRASE), run.toString());
    return run;
  }

  @Test
  void cancelOrderCancelsTheOrderAndPrintsItAsJson(IntxSimulator simulator) throws Exception {
    Run run = run(CancelOrder.class, DEMO_ENV, DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID, simulator.baseUrl());

    assertEquals(0, run.exitCode, run.toString());
    assertEquals("", run.err);
    JsonNode order = new ObjectMapper().readTree(run.out);
    assertEquals(DemoOrders.BTC_ORDER_ID, order.get("order_id").asText());
    assertEquals(DemoOrders.PORTFOLIO_ID, order.get("portfolio_id").asText());
    assertEquals("DONE", order.get("order_status").asText());
    assertTrue(run.out.startsWith("{\n  \"order_id\" : "), "pretty-printed: " + run.out);
    assertEquals(1, simulator.canceledCount());
    assertTrue(simulator.openOrders().stream().noneMatch(o -> o.getOrderId().equals(DemoOrders.BTC_ORDER_ID)));
  }

  @Test
  void cancelOrderExitsThreeWithTheExchangesReasonWhenTheCancelIsRefused(IntxSimulator simulator) throws Exception {
    Run run = run(CancelOrder.class, DEMO_ENV, "no-such-order", DemoOrders.PORTFOLIO_ID, simulator.baseUrl());

    assertEquals(3, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals("INTX refused the cancel: Order rejected(UNKNOWN_ORDER - order not found)\nreason code: UNKNOWN_ORDER\n", run.err);
    assertEquals(0, simulator.canceledCount());
  }

  @Test
  void cancelOrderExitsFourWithTheMessageOnAnyOtherFailure(IntxSimulator simulator) throws Exception {
    Map<String, String> wrongPassphrase = new HashMap<>(DEMO_ENV);
    wrongPassphrase.put("INTX_API_PASSPHRASE", "wrong");

    Run run = run(CancelOrder.class, wrongPassphrase, DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID, simulator.baseUrl());

    assertEquals(4, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals("HTTP 401: Unauthorized: invalid passphrase\n", run.err);
    assertEquals(1, simulator.unauthorizedCount());
  }

  @Test
  void cancelOrderWithoutAnOrderAndAPortfolioPrintsItsUsageAndExitsTwo(IntxSimulator simulator) throws Exception {
    Run run = run(CancelOrder.class, DEMO_ENV, DemoOrders.BTC_ORDER_ID);

    assertEquals(2, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals("usage: CancelOrder ORDER_ID PORTFOLIO [BASE_URL]\n", run.err);
    assertEquals(0, simulator.canceledCount() + simulator.rejectedCount() + simulator.unauthorizedCount());
  }

  /** intx-cli's main passes the command's exit code to the process (its commands are tested in process). */
  @Test
  void intxCliExitsWithItsCommandsExitCode(IntxSimulator simulator) throws Exception {
    Map<String, String> env = new HashMap<>(DEMO_ENV);
    env.put("INTX_PORTFOLIO", DemoOrders.PORTFOLIO_ID);

    Run refused = run(IntxCli.class, env, "cancel-order", "--base-url", simulator.baseUrl(), "--id", "no-such-order");

    assertEquals(3, refused.exitCode, refused.toString());
    assertEquals("", refused.out);
    assertTrue(refused.err.contains("reason code: UNKNOWN_ORDER"), refused.err);
  }
}
