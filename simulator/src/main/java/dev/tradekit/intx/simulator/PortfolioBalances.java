package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import java.math.BigDecimal;

/** The balance check every transfer out of a portfolio makes. */
final class PortfolioBalances {
  private PortfolioBalances() {}

  /** A 400 unless the portfolio could withdraw {@code amount} of {@code asset}. */
  static void requireAvailable(Portfolios portfolios, PortfolioV1 portfolio, AssetV1 asset, BigDecimal amount) {
    BigDecimal available = portfolios.balances(portfolio.getPortfolioId()).stream()
        .filter(balance -> balance.getAssetId().equals(asset.getAssetId()))
        .map(balance -> new BigDecimal(balance.getMaxWithdrawAmount()))
        .findFirst()
        .orElse(BigDecimal.ZERO);
    if (amount.compareTo(available) > 0) {
      throw ApiError.badRequest("Transfer rejected(INSUFFICIENT_FUNDS - " + available.toPlainString() + " " + asset.getAssetName() + " available)");
    }
  }
}
