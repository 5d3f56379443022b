package dev.tradekit.intx.cli;

import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The read-side commands that list one unpaged answer. */
final class ReadCommands {
  private ReadCommands() {}

  @Command(name = "portfolios", description = "List the portfolios of the API key.", mixinStandardHelpOptions = true)
  static final class Portfolios extends ListingCommand {
    Portfolios(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      return connection.signedClient(environment).portfolios().getPortfolios().execute().body().iterator();
    }
  }

  @Command(name = "balances", description = "List a portfolio's balances.", mixinStandardHelpOptions = true)
  static final class Balances extends ListingCommand {
    @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
    String portfolio;

    Balances(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      String id = connection.portfolioOrDefault(portfolio, environment);
      return connection.signedClient(environment).portfolios().getPortfolioBalances(id).execute().body().iterator();
    }
  }

  @Command(name = "positions", description = "List a portfolio's positions.", mixinStandardHelpOptions = true)
  static final class Positions extends ListingCommand {
    @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
    String portfolio;

    Positions(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      String id = connection.portfolioOrDefault(portfolio, environment);
      return connection.signedClient(environment).portfolios().getPortfolioPositions(id).execute().body().iterator();
    }
  }

  @Command(name = "instruments", description = "List the instruments (public data: no credentials needed).", mixinStandardHelpOptions = true)
  static final class Instruments extends ListingCommand {
    Instruments(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      return connection.publicClient().instruments().getInstruments().execute().body().iterator();
    }
  }

  @Command(name = "assets", description = "List the assets (public data: no credentials needed).", mixinStandardHelpOptions = true)
  static final class Assets extends ListingCommand {
    Assets(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() throws Exception {
      return connection.publicClient().assets().getAssets().execute().body().iterator();
    }
  }
}
