package dev.tradekit.intx.cli;

import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "simulator",
    description = "Serve the INTX simulator on 127.0.0.1 until interrupted (Ctrl-C).",
    mixinStandardHelpOptions = true)
final class SimulatorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  /** Counted down to stop serving; tests use it, the CLI waits for Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    try (IntxSimulator simulator = IntxSimulator.builder().port(port).build().start()) {
      Thread hook = new Thread(stop::countDown, "intx-simulator-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      PrintWriter out = spec.commandLine().getOut();
      out.println("INTX simulator listening at " + simulator.baseUrl());
      out.println("Its public demo credentials (valid nowhere else):");
      out.println("  export INTX_API_KEY=" + IntxSimulator.DEMO_API_KEY);
      out.println("  export INTX_API_PASSPHRASE=" + IntxSimulator.DEMO_PASSPHRASE);
      out.println("  export INTX_API_SECRET=" + IntxSimulator.DEMO_SECRET);
      out.println("  export INTX_PORTFOLIO=" + DemoOrders.PORTFOLIO_ID);
      out.println("Open orders: " + String.join(", ", simulator.openOrders().stream()
          .map(order -> order.getOrderId() + " (" + order.getClientOrderId() + ")").toArray(String[]::new)));
      out.println("Try: java -jar examples/target/intx-cli.jar cancel-order --base-url " + simulator.baseUrl()
          + " --id " + DemoOrders.BTC_ORDER_ID);
      out.println("Press Ctrl-C to stop.");
      out.flush();
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting because of Ctrl-C: nothing to undo.
      }
    }
    return ExitCode.OK;
  }
}
