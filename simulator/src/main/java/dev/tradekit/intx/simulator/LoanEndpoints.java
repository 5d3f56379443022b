package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.LoanUpdateAction;
import dev.tradekit.intx.generated.model.PortfolioGetAvailableLoanResultV1;
import dev.tradekit.intx.generated.model.PortfolioLoanInfoResultV1;
import dev.tradekit.intx.generated.model.PortfolioPreviewLoanUpdateResultV1;
import dev.tradekit.intx.generated.model.PortfolioUpdateLoanResultV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Portfolio loans: none are outstanding in the seeded data; an update or preview answers with the
 * figures it would lead to, within the asset's borrow limit, and changes nothing.
 */
final class LoanEndpoints {
  private final Portfolios portfolios;
  private final Market market;

  LoanEndpoints(Portfolios portfolios, Market market) {
    this.portfolios = portfolios;
    this.market = market;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("GET /api/v1/portfolios/{portfolio}/loans", call -> {
      PortfolioV1 portfolio = portfolios.require(call.path("portfolio"));
      List<PortfolioLoanInfoResultV1> loans = new ArrayList<>();
      market.assets().forEach(asset -> loans.add(loan(portfolio, asset)));
      return loans;
    });
    endpoints.put("GET /api/v1/portfolios/{portfolio}/loans/{asset}",
        call -> loan(portfolios.require(call.path("portfolio")), market.requireAsset(call.path("asset"))));
    endpoints.put("POST /api/v1/portfolios/{portfolio}/loans/{asset}", this::update);
    endpoints.put("POST /api/v1/portfolios/{portfolio}/loans/{asset}/preview", this::preview);
    endpoints.put("GET /api/v1/portfolios/{portfolio}/loans/{asset}/availability", call -> {
      portfolios.require(call.path("portfolio"));
      return new PortfolioGetAvailableLoanResultV1().available(market.requireAsset(call.path("asset")).getMaxBorrowQty());
    });
  }

  private static PortfolioLoanInfoResultV1 loan(PortfolioV1 portfolio, AssetV1 asset) {
    return new PortfolioLoanInfoResultV1()
        .portfolioId(portfolio.getPortfolioId())
        .assetId(asset.getAssetId())
        .assetUuid(asset.getAssetUuid())
        .asset(asset.getAssetName())
        .totalLoan("0")
        .collateralBackedOverdraftLoan("0")
        .userRequestedLoan("0")
        .collateralRequirement("0")
        .initialMarginContribution("0")
        .initialMarginRequirement("0")
        .currentInterestRate("0.0525")
        .pendingInterestCharge("0");
  }

  private BigDecimal checkedAmount(JsonNode body, AssetV1 asset) {
    LoanUpdateAction action = NewOrders.enumValue(LoanUpdateAction.class, Call.requiredText(body, "action"), "action");
    BigDecimal amount = Decimals.positive(Call.requiredText(body, "amount"), "amount");
    if (action == LoanUpdateAction.ACQUIRE && amount.compareTo(new BigDecimal(asset.getMaxBorrowQty())) > 0) {
      throw ApiError.badRequest("Loan rejected(INSUFFICIENT_AVAILABILITY - at most " + asset.getMaxBorrowQty() + " " + asset.getAssetName() + " can be borrowed)");
    }
    if (action == LoanUpdateAction.REPAY) {
      throw ApiError.badRequest("Loan rejected(NO_LOAN - there is no loan to repay)");
    }
    return amount;
  }

  private Object update(Call call) {
    PortfolioV1 portfolio = portfolios.require(call.path("portfolio"));
    AssetV1 asset = market.requireAsset(call.path("asset"));
    BigDecimal amount = checkedAmount(call.json(), asset);
    return Numbers.set(new PortfolioUpdateLoanResultV1(), "delta", amount, "total", amount)
        .portfolioId(portfolio.getPortfolioId())
        .portfolioUuid(portfolio.getPortfolioUuid())
        .assetId(asset.getAssetId())
        .assetUuid(asset.getAssetUuid());
  }

  private Object preview(Call call) {
    portfolios.require(call.path("portfolio"));
    AssetV1 asset = market.requireAsset(call.path("asset"));
    BigDecimal amount = checkedAmount(call.json(), asset);
    return new PortfolioPreviewLoanUpdateResultV1()
        .initialMarginContribution(Decimals.of(amount.doubleValue() * 0.1, 2))
        .initialMarginDelta(Decimals.of(amount.doubleValue() * 0.1, 2))
        .portfolioInitialMargin("0.2")
        .portfolioInitialMarginNotional(Decimals.of(amount.doubleValue() * 0.1, 2))
        .loanCollateralRequirement(Decimals.of(amount.doubleValue() * 0.1, 2))
        .loanCollateralRequirementDelta(Decimals.of(amount.doubleValue() * 0.1, 2))
        .totalLoan(amount.toPlainString())
        .loanDelta(amount.toPlainString())
        .maxAvailable(asset.getMaxBorrowQty())
        .rejectDetails("")
        .isValid(true);
  }
}
