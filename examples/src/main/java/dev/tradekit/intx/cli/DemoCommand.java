package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxBadRequestException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.generated.api.OrdersApi;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    description = "Start the embedded INTX simulator, cancel a demo order through the signed client, print what happens."
        + " Needs no account or credentials.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (IntxSimulator simulator = IntxSimulator.builder().build().start()) {
      out.println("Started the INTX simulator at " + simulator.baseUrl() + " with demo credentials " + simulator.credentials());
      IntxClient client =
          IntxClient.builder(simulator.credentials())
              .baseUrl(simulator.baseUrl())
              .wireLog(line -> out.println("  " + line))
              .build();
      OrdersApi orders = client.orders();

      out.println();
      out.println("Cancel order " + DemoOrders.BTC_ORDER_ID + " in portfolio " + DemoOrders.PORTFOLIO_ID + ":");
      OrderResultV1 canceled = orders.cancelOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute().body();
      out.println(OrderPrinter.toJson(canceled));

      out.println();
      out.println("Cancel it again (the exchange answers 400, the client throws IntxBadRequestException):");
      try {
        orders.cancelOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute();
        out.println("unexpected: the second cancel succeeded");
        return ExitCode.FAILED;
      } catch (IntxBadRequestException e) {
        out.println("IntxBadRequestException: " + e.getMessage());
        out.println("  reason code: " + e.error().flatMap(error -> error.code()).orElse("(none)"));
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
