package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.model.GetOrders200Response;
import dev.tradekit.intx.generated.model.OrderSide;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List every open order across all pages.", mixinStandardHelpOptions = true)
final class OrdersListCommand extends ListingCommand {
  @Option(names = "--portfolio", description = "Only this portfolio (default: the credentials' portfolioId).")
  String portfolio;

  @Option(names = "--instrument", description = "Only this instrument.")
  String instrument;

  @Option(names = "--side", description = "Only this side: BUY or SELL.")
  OrderSide side;

  OrdersListCommand(Map<String, String> environment) {
    super(environment);
  }

  @Override
  Iterator<?> records() {
    String id = connection.portfolioOrDefault(portfolio, environment);
    var orders = connection.signedClient(environment).orders();
    return IntxPages.of(
            page -> orders.getOrders(
                id, instrument, null, null, null, null, side, page.refDatetime(), page.limit(), page.offset()),
            GetOrders200Response::getResults)
        .iterator();
  }
}
