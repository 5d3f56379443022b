package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.BeneficialOwnerPositionV1;
import dev.tradekit.intx.generated.model.BeneficialOwnerTotalOpenPositionLimitsV1;
import dev.tradekit.intx.generated.model.InstrumentType;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioDetailV1;
import dev.tradekit.intx.generated.model.PortfolioFeeRateV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioSummaryV1;
import dev.tradekit.intx.generated.model.PortfolioUpdateMarginOverrideV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Portfolios tag, less loans, fills and transfers: portfolios and their settings, balances,
 * positions (with the open orders' sizes), summary, detail, position limits and fee rates.
 */
final class PortfolioEndpoints {
  private final Portfolios portfolios;
  private final Market market;
  private final OrderBook book;
  private final AtomicLong nextId = new AtomicLong(5_189_861_793_700_000L);

  PortfolioEndpoints(Portfolios portfolios, Market market, OrderBook book) {
    this.portfolios = portfolios;
    this.market = market;
    this.book = book;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("GET /api/v1/portfolios", call -> portfolios.all());
    endpoints.put("POST /api/v1/portfolios", this::create);
    endpoints.put("PATCH /api/v1/portfolios", this::patch);
    endpoints.put("GET /api/v1/portfolios/{portfolio}", call -> portfolios.require(call.path("portfolio")));
    endpoints.put("PUT /api/v1/portfolios/{portfolio}", call -> {
      String name = Call.requiredText(call.json(), "name");
      return portfolios.update(call.path("portfolio"), p -> p.name(name));
    });
    endpoints.put("GET /api/v1/portfolios/{portfolio}/detail", call -> {
      PortfolioV1 portfolio = portfolios.require(call.path("portfolio"));
      return new PortfolioDetailV1().summary(summary(portfolio)).balances(portfolios.balances(portfolio.getPortfolioId()))
          .positions(positions(portfolio));
    });
    endpoints.put("GET /api/v1/portfolios/{portfolio}/summary", call -> summary(portfolios.require(call.path("portfolio"))));
    endpoints.put("GET /api/v1/portfolios/{portfolio}/balances", call -> portfolios.balances(portfolios.require(call.path("portfolio")).getPortfolioId()));
    endpoints.put("GET /api/v1/portfolios/{portfolio}/balances/{asset}", this::balance);
    endpoints.put("GET /api/v1/portfolios/{portfolio}/positions", call -> positions(portfolios.require(call.path("portfolio"))));
    endpoints.put("GET /api/v1/portfolios/{portfolio}/positions/{instrument}", this::position);
    endpoints.put("GET /api/v1/portfolios/{portfolio}/position-limits", call -> {
      portfolios.require(call.path("portfolio"));
      ObjectNode limits = Json.MAPPER.valueToTree(new BeneficialOwnerTotalOpenPositionLimitsV1().totalOpenPositionNotionalLimitEnforced(true));
      return limits.put("total_open_position_notional_limit", "25000000");
    });
    endpoints.put("GET /api/v1/portfolios/{portfolio}/position-limits/positions", call -> {
      portfolios.require(call.path("portfolio"));
      List<ObjectNode> limits = new ArrayList<>();
      market.instruments().stream().filter(i -> i.getType() == InstrumentType.PERP).forEach(i -> limits.add(limit(i)));
      return limits;
    });
    endpoints.put("GET /api/v1/portfolios/{portfolio}/position-limits/positions/{instrument}", call -> {
      portfolios.require(call.path("portfolio"));
      return limit(market.requireInstrument(call.path("instrument")));
    });
    endpoints.put("POST /api/v1/portfolios/{portfolio}/cross-collateral-enabled", call -> {
      boolean enabled = requiredBoolean(call.json(), "enabled");
      return portfolios.update(call.path("portfolio"), p -> p.crossCollateralEnabled(enabled));
    });
    endpoints.put("POST /api/v1/portfolios/{portfolio}/auto-margin-enabled", call -> {
      requiredBoolean(call.json(), "enabled");
      return portfolios.update(call.path("portfolio"), p -> p);
    });
    endpoints.put("POST /api/v1/portfolios/margin", this::marginOverride);
    endpoints.put("GET /api/v1/portfolios/fee-rates", call -> feeRates());
  }

  private Object create(Call call) {
    String name = Call.requiredText(call.json(), "name");
    String id = Long.toString(nextId.getAndIncrement());
    PortfolioV1 template = portfolios.all().get(0);
    PortfolioV1 created = template
        .portfolioId(id)
        .portfolioUuid(Ids.uuid("portfolio:" + id))
        .name(name)
        .isDefault(false)
        .crossCollateralEnabled(false)
        .preLaunchTradingEnabled(false);
    portfolios.add(created, List.of(), List.of());
    return portfolios.require(id);
  }

  /** PATCH has no portfolio parameter: it changes the key's default portfolio. */
  private Object patch(Call call) {
    JsonNode body = call.json();
    PortfolioV1 target = portfolios.all().stream().filter(p -> Boolean.TRUE.equals(p.getIsDefault())).findFirst()
        .orElseThrow(Portfolios::unknown);
    return portfolios.update(target.getPortfolioId(), p -> {
      if (Call.text(body, "portfolio_name") != null) {
        p.name(Call.text(body, "portfolio_name"));
      }
      if (body.path("cross_collateral_enabled").isBoolean()) {
        p.crossCollateralEnabled(body.get("cross_collateral_enabled").asBoolean());
      }
      if (body.path("pre_launch_trading_enabled").isBoolean()) {
        p.preLaunchTradingEnabled(body.get("pre_launch_trading_enabled").asBoolean());
      }
      return p;
    });
  }

  private Object balance(Call call) {
    PortfolioV1 portfolio = portfolios.require(call.path("portfolio"));
    AssetV1 asset = market.requireAsset(call.path("asset"));
    return portfolios.balances(portfolio.getPortfolioId()).stream()
        .filter(b -> b.getAssetId().equals(asset.getAssetId()))
        .findFirst()
        .orElseGet(() -> new PortfolioBalanceV1().assetId(asset.getAssetId()).assetName(asset.getAssetName())
            .assetUuid(asset.getAssetUuid()).quantity("0").hold("0").holdAvailableForCollateral("0").transferHold("0")
            .collateralValue("0").maxWithdrawAmount("0").loan("0").loanCollateralRequirement("0")
            .pledgedCollateralQuantity("0").loanInitialMarginContribution("0").collateralBackedOverdraftLoan("0")
            .userRequestedLoan("0"));
  }

  private Object position(Call call) {
    PortfolioV1 portfolio = portfolios.require(call.path("portfolio"));
    InstrumentV1 instrument = market.requireInstrument(call.path("instrument"));
    return positions(portfolio).stream()
        .filter(p -> p.getInstrumentId().equals(instrument.getInstrumentId()))
        .findFirst()
        .orElseThrow(() -> ApiError.badRequest("Invalid position(NO_POSITION - no open position in " + instrument.getSymbol() + ")"));
  }

  /** The seeded positions with the sizes of the portfolio's open orders in each instrument. */
  private List<PortfolioPositionV1> positions(PortfolioV1 portfolio) {
    List<OrderResultV1> open = book.open(order -> OrderBook.inPortfolio(order, portfolio.getPortfolioId()));
    List<PortfolioPositionV1> positions = portfolios.positions(portfolio.getPortfolioId());
    for (PortfolioPositionV1 position : positions) {
      position.buyOrderSize(openSize(open, position, OrderSide.BUY)).sellOrderSize(openSize(open, position, OrderSide.SELL));
    }
    return positions;
  }

  private static String openSize(List<OrderResultV1> open, PortfolioPositionV1 position, OrderSide side) {
    BigDecimal size = BigDecimal.ZERO;
    for (OrderResultV1 order : open) {
      if (order.getSide() == side && position.getInstrumentId().equals(order.getInstrumentId()) && order.getLeavesQty() != null) {
        size = size.add(new BigDecimal(order.getLeavesQty()));
      }
    }
    return size.toPlainString();
  }

  private PortfolioSummaryV1 summary(PortfolioV1 portfolio) {
    double collateral = 0;
    double balance = 0;
    for (PortfolioBalanceV1 b : portfolios.balances(portfolio.getPortfolioId())) {
      collateral += Double.parseDouble(b.getCollateralValue());
      if ("USDC".equals(b.getAssetName())) {
        balance += Double.parseDouble(b.getQuantity());
      }
    }
    double pnl = 0;
    double notional = 0;
    for (PortfolioPositionV1 p : portfolios.positions(portfolio.getPortfolioId())) {
      pnl += Double.parseDouble(p.getUnrealizedPnl());
      notional += Math.abs(Double.parseDouble(p.getNetSize()) * Double.parseDouble(p.getMarkPrice()));
    }
    double initialMargin = notional * 0.2;
    double override = portfolios.marginOverride(portfolio.getPortfolioId()).orElse(0.0);
    PortfolioSummaryV1 summary = new PortfolioSummaryV1()
        .collateral(Decimals.of(collateral, 2))
        .unrealizedPnl(Decimals.of(pnl, 2))
        .unrealizedPnlPercent(Decimals.of(collateral == 0 ? 0 : pnl / collateral * 100, 4))
        .positionNotional(Decimals.of(notional, 2))
        .openPositionNotional(Decimals.of(notional, 2))
        .pendingFees("0")
        .borrow("0")
        .accruedInterest("0")
        .rollingDebt("0")
        .balance(Decimals.of(balance, 2))
        .buyingPower(Decimals.of(Math.max(0, collateral + pnl - initialMargin), 2))
        .inLiquidation(false)
        .loanCollateralRequirement("0");
    return Numbers.set(summary,
        "portfolio_initial_margin", ratio(initialMargin, collateral),
        "portfolio_current_margin", ratio(collateral + pnl, notional),
        "portfolio_maintenance_margin", ratio(initialMargin / 2, collateral),
        "portfolio_close_out_margin", ratio(initialMargin / 3, collateral),
        "portfolio_initial_margin_notional", round(initialMargin),
        "portfolio_current_margin_notional", round(collateral + pnl),
        "portfolio_maintenance_margin_notional", round(initialMargin / 2),
        "portfolio_close_out_margin_notional", round(initialMargin / 3),
        "margin_override", override,
        "lock_up_initial_margin", 0.0,
        "position_offset_notional", 0.0);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0.0 : Math.round(numerator / denominator * 10_000) / 10_000.0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** The spec types the limit as a string (format number); the model holds a number, so it is written here. */
  private static ObjectNode limit(InstrumentV1 instrument) {
    ObjectNode limit = Json.MAPPER.valueToTree(new BeneficialOwnerPositionV1()
        .symbol(instrument.getSymbol())
        .instrumentId(instrument.getInstrumentId())
        .instrumentUuid(instrument.getInstrumentUuid()));
    return limit.put("open_position_notional_limit", instrument.getPositionNotionalLimit());
  }

  private Object marginOverride(Call call) {
    JsonNode body = call.json();
    PortfolioV1 portfolio = portfolios.require(Call.requiredText(body, "portfolio_id"));
    BigDecimal value = Decimals.parse(Call.requiredText(body, "margin_override"), "margin_override");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw ApiError.badRequest("invalid margin_override: must be between 0 and 1");
    }
    portfolios.setMarginOverride(portfolio.getPortfolioId(), value.doubleValue());
    return Numbers.set(new PortfolioUpdateMarginOverrideV1().portfolioId(portfolio.getPortfolioId()), "margin_override", value);
  }

  private List<PortfolioFeeRateV1> feeRates() {
    List<PortfolioFeeRateV1> rates = new ArrayList<>();
    market.feeRateTiers().stream().filter(t -> "1".equals(t.getFeeTierId())).forEach(tier -> rates.add(new PortfolioFeeRateV1()
        .instrumentType(tier.getInstrumentType())
        .feeTierId(tier.getFeeTierId())
        .isVipTier(false)
        .feeTierName(tier.getFeeTierName())
        .makerFeeRate(tier.getMakerFeeRate())
        .takerFeeRate(tier.getTakerFeeRate())
        .isOverride(false)
        .trailing30dayVolume("1250000.00")
        .trailing24hrUsdcBalance("250000.00")));
    return rates;
  }

  static boolean requiredBoolean(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isBoolean()) {
      throw ApiError.required(field);
    }
    return value.asBoolean();
  }
}
