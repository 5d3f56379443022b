package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxBadRequestException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxError;
import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.api.OrdersApi;
import dev.tradekit.intx.generated.api.PortfoliosApi;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import dev.tradekit.intx.simulator.DemoOrders;
import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The read-only era's workflow against the embedded simulator, with no account. */
@Command(
    name = "demo",
    description = "Start the embedded INTX simulator and show the read-only workflow through the signed client:"
        + " portfolios, balances, positions, a paged fills export, then an order canceled. Needs no account or credentials.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (IntxSimulator simulator = IntxSimulator.builder().build().start()) {
      out.println("Started the INTX simulator at " + simulator.baseUrl() + " with demo credentials " + simulator.credentials());
      // One client; its wire log is shown for the cancel only.
      AtomicBoolean showWire = new AtomicBoolean();
      IntxClient client =
          IntxClient.builder(simulator.credentials())
              .baseUrl(simulator.baseUrl())
              .wireLog(line -> {
                if (showWire.get()) {
                  out.println("  " + line);
                }
              })
              .build();
      PortfoliosApi portfolios = client.portfolios();
      String portfolio = DemoOrders.PORTFOLIO_ID;

      out.println();
      out.println("Portfolios (GET /api/v1/portfolios):");
      for (PortfolioV1 p : portfolios.getPortfolios().execute().body()) {
        out.println("  " + p.getPortfolioId() + "  " + p.getName() + (Boolean.TRUE.equals(p.getIsDefault()) ? "  (default)" : ""));
      }
      out.println("Balances of " + portfolio + ":");
      for (PortfolioBalanceV1 b : portfolios.getPortfolioBalances(portfolio).execute().body()) {
        out.println("  " + b.getAssetName() + "  " + b.getQuantity());
      }
      out.println("Positions of " + portfolio + ":");
      for (PortfolioPositionV1 p : portfolios.getPortfolioPositions(portfolio).execute().body()) {
        out.println("  " + p.getSymbol() + "  net size " + p.getNetSize() + "  entry " + p.getEntryVwap() + "  mark " + p.getMarkPrice());
      }

      AtomicInteger pages = new AtomicInteger();
      List<PortfolioFillV1> first = new ArrayList<>();
      long count = IntxPages.stream(
              page -> {
                pages.incrementAndGet();
                return portfolios.getPortfolioFills(portfolio, null, null, page.refDatetime(), page.limit(), page.offset(), null);
              },
              GetMultiPortfolioFills200Response::getResults)
          .peek(fill -> {
            if (first.size() < 3) {
              first.add(fill);
            }
          })
          .count();
      out.println();
      out.println("Fills export: " + count + " fills in " + pages.get() + " requests of up to " + IntxPages.PAGE_SIZE
          + " (intx-cli fills --format csv writes them all). The newest:");
      for (PortfolioFillV1 fill : first) {
        out.println("  " + fill.getEventTime() + "  " + fill.getSymbol() + "  " + fill.getSide() + "  " + fill.getFillQty()
            + " @ " + fill.getFillPrice());
      }

      showWire.set(true);
      OrdersApi orders = client.orders();
      out.println();
      out.println("Cancel order " + DemoOrders.BTC_ORDER_ID + " in portfolio " + portfolio + ":");
      OrderResultV1 canceled = orders.cancelOrder(DemoOrders.BTC_ORDER_ID, portfolio).execute().body();
      out.println(OrderPrinter.toJson(canceled));

      out.println();
      out.println("Cancel it again (the exchange answers 400, the client throws IntxBadRequestException):");
      try {
        orders.cancelOrder(DemoOrders.BTC_ORDER_ID, portfolio).execute();
        out.println("unexpected: the second cancel succeeded");
        return ExitCode.FAILED;
      } catch (IntxBadRequestException e) {
        out.println("IntxBadRequestException: " + e.getMessage());
        out.println("  reason code: " + e.error().flatMap(IntxError::code).orElse("(none)"));
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
