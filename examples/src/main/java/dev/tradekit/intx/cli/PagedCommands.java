package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.GetTransfers200Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The read-side commands over paged operations: every page, 100 records at a time. */
final class PagedCommands {
  private PagedCommands() {}

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Command(
      name = "fills",
      description = "Export every fill of a portfolio, newest first, across all pages.",
      mixinStandardHelpOptions = true)
  static final class Fills extends ListingCommand {
    @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
    String portfolio;

    @Option(names = "--since", paramLabel = "TIME", description = "Only fills at or after this time, e.g. 2026-11-01T00:00:00Z.")
    Instant since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only fills up to this time (default: now); the export is pinned to it.")
    Instant until;

    Fills(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() {
      String id = connection.portfolioOrDefault(portfolio, environment);
      var portfolios = connection.signedClient(environment).portfolios();
      IntxPages<GetMultiPortfolioFills200Response, ?> pages = IntxPages.of(
          page -> portfolios.getPortfolioFills(id, null, null, page.refDatetime(), page.limit(), page.offset(), utc(since)),
          GetMultiPortfolioFills200Response::getResults);
      return (until != null ? pages.pinnedAt(utc(until)) : pages).iterator();
    }
  }

  @Command(
      name = "transfers",
      description = "List every transfer (deposits, withdrawals, transfers between portfolios) across all pages.",
      mixinStandardHelpOptions = true)
  static final class Transfers extends ListingCommand {
    @Option(names = "--portfolio", description = "Only this portfolio (default: every portfolio of the key).")
    String portfolio;

    @Option(names = "--since", paramLabel = "TIME", description = "Only transfers at or after this time.")
    Instant since;

    Transfers(Map<String, String> environment) {
      super(environment);
    }

    @Override
    Iterator<?> records() {
      var transfers = connection.signedClient(environment).transfers();
      return IntxPages.of(
              page -> transfers.getTransfers(
                  null, portfolio, utc(since), page.refDatetime(), page.limit(), page.offset(), null, null),
              GetTransfers200Response::getResults)
          .iterator();
    }
  }
}
