package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class SimulatorCommandTest {

  @Test
  void servesUntilStoppedAndTheCliCanCancelAgainstIt() throws Exception {
    SimulatorCommand command = new SimulatorCommand();
    CommandLine commandLine = new CommandLine(command);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("--port", "0"));

    String url = null;
    // A generous deadline: on a loaded build machine the simulator took more than 5 s to start.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (url == null && System.nanoTime() < deadline) {
      Matcher matcher = Pattern.compile("listening at (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
      url = matcher.find() ? matcher.group(1) : null;
      Thread.sleep(50);
    }
    assertTrue(url != null, out.toString());
    assertTrue(out.toString().contains("export INTX_API_SECRET=" + IntxSimulator.DEMO_SECRET), "the demo secret is public");

    CliRun cancel =
        CliRun.run(
            Map.of(
                "INTX_API_KEY", IntxSimulator.DEMO_API_KEY,
                "INTX_API_PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE,
                "INTX_API_SECRET", IntxSimulator.DEMO_SECRET),
            "cancel-order", "--base-url", url, "--id", "DEMO-SOL-1", "--portfolio", DemoOrders.PORTFOLIO_ID);
    assertEquals(0, cancel.exitCode, cancel.toString());

    command.stop.countDown();
    assertEquals(0, exit.get(10, TimeUnit.SECONDS));
  }
}
