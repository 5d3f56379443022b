package example;

import dev.tradekit.intx.client.IntxBadRequestException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.IntxError;
import dev.tradekit.intx.client.IntxException;
import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.model.*;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The README's "Using the library" sample, as a user would write it, against a stub exchange: the
 * only changes are where the credentials come from (a map instead of the process environment) and
 * the base URL (the stub instead of the sandbox). Exits non-zero when anything differs from what the
 * stub served.
 */
public final class ReadmeSample {
  public static void main(String[] args) throws Exception {
    try (StubExchange exchange = StubExchange.start()) {
      Map<String, String> environment = Map.of(
          "INTX_API_KEY", "consumer-test-key",
          "INTX_API_PASSPHRASE", "consumer-test-passphrase",
          "INTX_API_SECRET", "Y29uc3VtZXItdGVzdC1zZWNyZXQ=");

      // From here on, the README's sample.
      IntxClient intx = IntxClient.builder(IntxCredentials.fromEnvironment(environment))
          .baseUrl(exchange.baseUrl())                   // the README: .environment(IntxEnvironment.SANDBOX)
          .build();
      String portfolio = "5189861793641175";
      String orderId = "43877033468085760";
      List<PortfolioBalanceV1> balances;
      List<PortfolioPositionV1> positions;
      long fills;
      OrderResultV1 canceled;
      try {
        balances = intx.portfolios().getPortfolioBalances(portfolio).execute().body();
        positions = intx.portfolios().getPortfolioPositions(portfolio).execute().body();
        fills = IntxPages.stream(
                page -> intx.portfolios().getPortfolioFills(portfolio, null, null, page.refDatetime(), page.limit(), page.offset(), null),
                GetMultiPortfolioFills200Response::getResults)
            .count();
        canceled = intx.orders().cancelOrder(orderId, portfolio).execute().body();
      } catch (IntxBadRequestException e) {
        throw new AssertionError("the first cancel was refused: " + e.getMessage(), e);
      }

      check(balances.size() == 1 && "USDC".equals(balances.get(0).getAssetName()), "balances: " + balances);
      check(positions.size() == 1 && "BTC-PERP".equals(positions.get(0).getSymbol()), "positions: " + positions);
      check(fills == 2, "fills: " + fills);
      check(orderId.equals(canceled.getOrderId()) && canceled.getOrderStatus() == OrderStatus.DONE, "cancel: " + canceled);

      // The same cancel again: the stub answers 400 ORDER_ALREADY_DONE, as the exchange does.
      try {
        intx.orders().cancelOrder(orderId, portfolio).execute();
        throw new AssertionError("the second cancel was not refused");
      } catch (IntxBadRequestException e) {
        check(e.statusCode() == 400, "status: " + e.statusCode());
        check(e.error().flatMap(IntxError::code).orElse("").equals("ORDER_ALREADY_DONE"), "code: " + e.error());
        check(e.reason().isPresent(), "reason: " + e.reason());
      } catch (IntxException e) {
        throw new AssertionError("expected IntxBadRequestException, got " + e, e);
      } catch (IOException e) {
        throw new AssertionError("expected IntxBadRequestException, got " + e, e);
      }
      check(exchange.signedRequests() == exchange.requests(), "unsigned requests: " + exchange.requests() + " sent, " + exchange.signedRequests() + " signed");
      intx.httpClient().dispatcher().executorService().shutdown();
      intx.httpClient().connectionPool().evictAll();
      System.out.println("README sample: " + balances.size() + " balance, " + positions.size() + " position, " + fills
          + " fills, order " + canceled.getOrderId() + " canceled; the repeated cancel refused as ORDER_ALREADY_DONE");
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
