package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.generated.model.CreateOrderRequest;
import dev.tradekit.intx.generated.model.ModifyOrderRequest;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderType;
import dev.tradekit.intx.generated.model.TimeInForce;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orders list|get|create|modify|cancel|cancel-all}. */
@Command(name = "orders", description = "List, look up, create, modify and cancel orders.", mixinStandardHelpOptions = true)
final class OrdersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, get, create, modify, cancel or cancel-all");
  }

  /** Adds the subcommands, each reading credentials from {@code environment}. */
  static CommandLine commandLine(Map<String, String> environment) {
    return new CommandLine(new OrdersCommand())
        .addSubcommand(new OrdersListCommand(environment))
        .addSubcommand(new Get(environment))
        .addSubcommand(new Create(environment))
        .addSubcommand(new Modify(environment))
        .addSubcommand(new Cancel(environment))
        .addSubcommand(new CancelAll(environment));
  }

  /** A command that prints one order. */
  abstract static class OneOrder implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
    String portfolio;

    final Map<String, String> environment;

    OneOrder(Map<String, String> environment) {
      this.environment = environment;
    }

    abstract OrderResultV1 send(IntxClient client, String portfolio) throws Exception;

    @Override
    public Integer call() throws Exception {
      String id = connection.portfolioOrDefault(portfolio, environment);
      spec.commandLine().getOut().println(OrderPrinter.toJson(send(connection.signedClient(environment), id)));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Print one order as JSON.", mixinStandardHelpOptions = true)
  static final class Get extends OneOrder {
    @Option(names = "--id", required = true, description = "The exchange order id or the client order id.")
    String id;

    Get(Map<String, String> environment) {
      super(environment);
    }

    @Override
    OrderResultV1 send(IntxClient client, String portfolio) throws Exception {
      return client.orders().getOrder(id, portfolio).execute().body();
    }
  }

  @Command(name = "cancel", description = "Cancel one open order and print it as JSON.", mixinStandardHelpOptions = true)
  static final class Cancel extends OneOrder {
    @Option(names = "--id", required = true, description = "The exchange order id or the client order id.")
    String id;

    Cancel(Map<String, String> environment) {
      super(environment);
    }

    @Override
    OrderResultV1 send(IntxClient client, String portfolio) throws Exception {
      return client.orders().cancelOrder(id, portfolio).execute().body();
    }
  }

  @Command(name = "create", description = "Create an order and print it as JSON.", mixinStandardHelpOptions = true)
  static final class Create extends OneOrder {
    @Option(names = "--client-order-id", description = "Your id for the order (default: a new UUID).")
    String clientOrderId;

    @Option(names = "--instrument", required = true, description = "Instrument name, UUID or id, e.g. BTC-PERP.")
    String instrument;

    @Option(names = "--side", required = true, description = "BUY or SELL.")
    OrderSide side;

    @Option(names = "--type", required = true, description = "LIMIT, MARKET, STOP, STOP_LIMIT or TAKE_PROFIT_STOP_LOSS.")
    OrderType type;

    @Option(names = "--size", required = true, description = "Quantity, as a decimal string.")
    String size;

    @Option(names = "--tif", description = "Time in force: GTC, IOC, GTT or FOK.")
    TimeInForce tif;

    @Option(names = "--price", description = "Limit price, as a decimal string.")
    String price;

    @Option(names = "--stop-price", description = "Stop price, as a decimal string.")
    String stopPrice;

    Create(Map<String, String> environment) {
      super(environment);
    }

    @Override
    OrderResultV1 send(IntxClient client, String portfolio) throws Exception {
      CreateOrderRequest order =
          new CreateOrderRequest()
              .clientOrderId(clientOrderId != null ? clientOrderId : UUID.randomUUID().toString())
              .portfolio(portfolio)
              .instrument(instrument)
              .side(side)
              .type(type)
              .size(size)
              .tif(tif)
              .price(price)
              .stopPrice(stopPrice);
      return client.orders().createOrder(order).execute().body();
    }
  }

  @Command(name = "modify", description = "Change an open order's price, stop price or size and print it as JSON.", mixinStandardHelpOptions = true)
  static final class Modify extends OneOrder {
    @Option(names = "--id", required = true, description = "The exchange order id or the client order id.")
    String id;

    @Option(names = "--client-order-id", required = true, description = "The order's client order id.")
    String clientOrderId;

    @Option(names = "--price", description = "New limit price.")
    String price;

    @Option(names = "--stop-price", description = "New stop price.")
    String stopPrice;

    @Option(names = "--size", description = "New size.")
    String size;

    Modify(Map<String, String> environment) {
      super(environment);
    }

    @Override
    OrderResultV1 send(IntxClient client, String portfolio) throws Exception {
      ModifyOrderRequest change =
          new ModifyOrderRequest()
              .clientOrderId(clientOrderId)
              .portfolio(portfolio)
              .price(price)
              .stopPrice(stopPrice)
              .size(size);
      return client.orders().modifyOrder(id, change).execute().body();
    }
  }

  @Command(name = "cancel-all", description = "Cancel every open order of a portfolio, optionally of one instrument or side.", mixinStandardHelpOptions = true)
  static final class CancelAll extends ListingCommand {
    @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
    String portfolio;

    @Option(names = "--instrument", description = "Only this instrument.")
    String instrument;

    @Option(names = "--side", description = "Only this side: BUY or SELL.")
    OrderSide side;

    CancelAll(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      String id = connection.portfolioOrDefault(portfolio, environment);
      return connection.signedClient(environment).orders().cancelOrders(id, instrument, side, null).execute().body().iterator();
    }
  }
}
