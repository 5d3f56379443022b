package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.AssetNetworkV1;
import dev.tradekit.intx.generated.model.AssetStatus;
import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.FeeRateTierV1;
import dev.tradekit.intx.generated.model.FeeTierType;
import dev.tradekit.intx.generated.model.IndexCompositionV1;
import dev.tradekit.intx.generated.model.IndexConstituentV1;
import dev.tradekit.intx.generated.model.InstrumentMode;
import dev.tradekit.intx.generated.model.InstrumentPositionOffsetPairV1;
import dev.tradekit.intx.generated.model.InstrumentQuoteV1;
import dev.tradekit.intx.generated.model.InstrumentTradingState;
import dev.tradekit.intx.generated.model.InstrumentType;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The simulator's reference data and accounts, generated from a fixed seed so every run serves the
 * same data: assets, instruments, the index, fee tiers, position offsets, three portfolios with
 * balances and positions. Their history (fills, done orders, transfers) is {@link SeedHistory},
 * generated only when first asked for.
 */
final class SeedData {
  static final long SEED = 20261001L;
  /** The newest seeded event; the demo orders were submitted at this time. */
  static final OffsetDateTime ORIGIN = OffsetDateTime.parse("2026-11-24T09:30:00Z");

  final Market market;
  final List<PortfolioV1> portfolios = new ArrayList<>();
  final Map<String, List<PortfolioBalanceV1>> balances = new LinkedHashMap<>();
  final Map<String, List<PortfolioPositionV1>> positions = new LinkedHashMap<>();
  private final SplittableRandom random = new SplittableRandom(SEED);

  private SeedData() {
    List<AssetV1> assets = List.of(
        asset("USDC", "1482439423963469", "1.0"),
        asset("BTC", "1482439423963470", "0.9"),
        asset("ETH", "1482439423963471", "0.85"),
        asset("SOL", "1482439423963472", "0.7"));
    Map<String, List<AssetNetworkV1>> networks = new LinkedHashMap<>();
    networks.put(assets.get(0).getAssetId(), List.of(network(assets.get(0), "ethereum-mainnet", "Ethereum", true), network(assets.get(0), "base-mainnet", "Base", false)));
    networks.put(assets.get(1).getAssetId(), List.of(network(assets.get(1), "bitcoin-mainnet", "Bitcoin", true)));
    networks.put(assets.get(2).getAssetId(), List.of(network(assets.get(2), "ethereum-mainnet", "Ethereum", true)));
    networks.put(assets.get(3).getAssetId(), List.of(network(assets.get(3), "solana-mainnet", "Solana", true)));
    AssetV1 usdc = assets.get(0);
    List<InstrumentV1> instruments = List.of(
        instrument("BTC-PERP", "2562519737567269", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a", InstrumentType.PERP, assets.get(1), usdc, 20250.00, "0.0001", "0.01"),
        instrument("ETH-PERP", "2562519737567270", "3d8d2b12-4a0c-4a53-a4a6-8d3e2c9b6f10", InstrumentType.PERP, assets.get(2), usdc, 3520.40, "0.001", "0.01"),
        instrument("SOL-PERP", "2562519737567271", "7b1f3c4e-2d5a-4e8f-9a6b-0c1d2e3f4a5b", InstrumentType.PERP, assets.get(3), usdc, 143.10, "0.01", "0.001"),
        instrument("BTC-USDC", "2562519737567272", Ids.uuid("instrument:BTC-USDC").toString(), InstrumentType.SPOT, assets.get(1), usdc, 20248.50, "0.00001", "0.01"),
        instrument("ETH-USDC", "2562519737567273", Ids.uuid("instrument:ETH-USDC").toString(), InstrumentType.SPOT, assets.get(2), usdc, 3519.95, "0.0001", "0.01"));
    this.market = new Market(assets, networks, instruments, index(), feeRateTiers(), List.of(
        offset(instruments.get(0), instruments.get(1), "0.25"),
        offset(instruments.get(1), instruments.get(2), "0.15"),
        offset(instruments.get(0), instruments.get(3), "0.9")));

    PortfolioV1 demo = portfolio(DemoOrders.PORTFOLIO_ID, UUID.fromString(DemoOrders.PORTFOLIO_UUID), "Demo portfolio", true);
    PortfolioV1 hedging = portfolio(numericId(), Ids.uuid("portfolio:hedging"), "Hedging", false);
    PortfolioV1 making = portfolio(numericId(), Ids.uuid("portfolio:market-making"), "Market making", false);
    for (PortfolioV1 portfolio : List.of(demo, hedging, making)) {
      portfolios.add(portfolio);
      double scale = portfolio == demo ? 1.0 : 0.2 + random.nextDouble();
      balances.put(portfolio.getPortfolioId(), List.of(
          balance(usdc, 250_000 * scale, 1.0),
          balance(assets.get(1), 1.25 * scale, instruments.get(3).getQuote().getMarkPrice()),
          balance(assets.get(2), 20 * scale, instruments.get(4).getQuote().getMarkPrice()),
          balance(assets.get(3), 500 * scale, instruments.get(2).getQuote().getMarkPrice())));
      positions.put(portfolio.getPortfolioId(), List.of(
          position(instruments.get(0), 0.75 * scale, 19850.00),
          position(instruments.get(1), -5 * scale, 3600.00),
          position(instruments.get(2), 120 * scale, 138.50)));
    }
  }

  static SeedData generate() {
    return new SeedData();
  }

  private String numericId() {
    return Long.toString(1_000_000_000_000_000L + random.nextLong(8_000_000_000_000_000L));
  }

  private static AssetV1 asset(String name, String id, String collateralWeight) {
    AssetV1 asset = new AssetV1()
        .assetId(id)
        .assetUuid(Ids.uuid("asset:" + name))
        .assetName(name)
        .status(AssetStatus.ACTIVE)
        .supportedNetworksEnabled(true)
        .minBorrowQty("0")
        .maxBorrowQty("USDC".equals(name) ? "1000000" : "0")
        .ecosystemCollateralLimitBreached(false)
        .loanInitialMargin("0.1")
        .maxLoanLeverage("5");
    return Numbers.set(asset, "collateral_weight", new java.math.BigDecimal(collateralWeight), "loan_collateral_requirement_multiplier", 1.0);
  }

  private static AssetNetworkV1 network(AssetV1 asset, String network, String display, boolean isDefault) {
    return new AssetNetworkV1()
        .assetId(asset.getAssetId())
        .assetUuid(asset.getAssetUuid())
        .assetName(asset.getAssetName())
        .networkArnId("networks/" + network + "/assets/" + asset.getAssetUuid())
        .minWithdrawalAmt("BTC".equals(asset.getAssetName()) ? "0.0001" : "1")
        .maxWithdrawalAmt("BTC".equals(asset.getAssetName()) ? "100" : "1000000")
        .networkConfirms("bitcoin-mainnet".equals(network) ? 3 : 35)
        .processingTime("bitcoin-mainnet".equals(network) ? 1800 : 600)
        .isDefault(isDefault)
        .networkName(network)
        .displayName(display);
  }

  private static InstrumentV1 instrument(String symbol, String id, String uuid, InstrumentType type, AssetV1 base, AssetV1 quote,
      double mark, String baseIncrement, String quoteIncrement) {
    boolean perp = type == InstrumentType.PERP;
    InstrumentQuoteV1 prices = new InstrumentQuoteV1()
        .bestBidPrice(Decimals.of(mark - mark * 0.0001, 2))
        .bestBidSize("4.2")
        .bestAskPrice(Decimals.of(mark + mark * 0.0001, 2))
        .bestAskSize("3.9")
        .tradePrice(Decimals.of(mark, 2))
        .tradeQty("0.5")
        .indexPrice(Decimals.of(mark * 0.9998, 2))
        .markPrice(Decimals.of(mark, 2))
        .settlementPrice(Decimals.of(mark * 0.999, 2))
        .limitUp(Decimals.of(mark * 1.05, 2))
        .limitDown(Decimals.of(mark * 0.95, 2))
        .predictedFunding(perp ? "0.000012" : "0")
        .timestamp(ORIGIN);
    InstrumentV1 instrument = new InstrumentV1()
        .instrumentId(id)
        .instrumentUuid(UUID.fromString(uuid))
        .symbol(symbol)
        .type(type)
        .mode(InstrumentMode.STANDARD)
        .baseAssetId(base.getAssetId())
        .baseAssetUuid(base.getAssetUuid())
        .baseAssetName(base.getAssetName())
        .quoteAssetId(quote.getAssetId())
        .quoteAssetUuid(quote.getAssetUuid())
        .quoteAssetName(quote.getAssetName())
        .baseIncrement(baseIncrement)
        .quoteIncrement(quoteIncrement)
        .qty24hr(Decimals.of(2_000_000 / mark, 4))
        .notional24hr("2000000.00")
        .avgDailyQty(Decimals.of(1_800_000 / mark, 4))
        .avgDailyNotional("1800000.00")
        .previousDayQty(Decimals.of(1_900_000 / mark, 4))
        .openInterest(perp ? Decimals.of(5_000_000 / mark, 4) : "0")
        .positionLimitQty(Decimals.of(10_000_000 / mark, 4))
        .positionNotionalLimit("10000000")
        .openInterestNotionalLimit("50000000")
        .replacementCost("0.2")
        .minNotionalValue("10")
        .fundingInterval(perp ? "3600000000000" : "0")
        .tradingState(InstrumentTradingState.TRADING)
        .quote(prices)
        .baseAssetMultiplier("1.0")
        .underlyingType("SPOT");
    return Numbers.set(instrument, "price_band_percent", 0.05, "market_order_percent", 0.0075, "position_limit_adq_pct", 0.1,
        "base_imf", 0.1, "default_imf", 0.2);
  }

  private static IndexCompositionV1 index() {
    String[][] constituents = {
        {"BTC", "Bitcoin", "0.52"}, {"ETH", "Ethereum", "0.24"}, {"SOL", "Solana", "0.09"}, {"XRP", "XRP", "0.08"}, {"DOGE", "Dogecoin", "0.07"}};
    IndexCompositionV1 index = new IndexCompositionV1()
        .productId(Market.INDEX + "-INDEX")
        .divisor("360793305.6")
        .timestamp(ORIGIN.toString())
        .inceptionTimestamp("2024-03-01T00:00:00Z")
        .lastRebalance("2026-10-01T00:00:00Z");
    double running = 0;
    for (int i = 0; i < constituents.length; i++) {
      double weight = Double.parseDouble(constituents[i][2]);
      running += weight;
      index.addConstituentsItem(Numbers.set(new IndexConstituentV1(), "rank", i + 1)
          .symbol(constituents[i][0])
          .name(constituents[i][1])
          .capFactor("1")
          .amount(Decimals.of(1_000_000 * weight, 2))
          .marketCap(Decimals.of(1.5e12 * weight, 2))
          .indexMarketCap(Decimals.of(1.5e12, 2))
          .weight(constituents[i][2])
          .runningWeight(Decimals.of(running, 2)));
    }
    return index;
  }

  private static List<FeeRateTierV1> feeRateTiers() {
    List<FeeRateTierV1> tiers = new ArrayList<>();
    String[][] regular = {{"1", "0", "0", "0.0002", "0.0004"}, {"2", "10000000", "0", "0.00015", "0.00035"},
        {"3", "50000000", "100000", "0.0001", "0.0003"}, {"4", "250000000", "500000", "0.00005", "0.00025"}};
    for (InstrumentType type : List.of(InstrumentType.PERP, InstrumentType.SPOT)) {
      for (String[] tier : regular) {
        tiers.add(new FeeRateTierV1()
            .feeTierType(FeeTierType.REGULAR)
            .instrumentType(type)
            .feeTierId(tier[0])
            .feeTierName("Public Tier " + tier[0])
            .makerFeeRate(tier[3])
            .takerFeeRate(tier[4])
            .minBalance(tier[2])
            .minVolume(tier[1])
            .requireBalanceAndVolume(false));
      }
    }
    tiers.add(new FeeRateTierV1()
        .feeTierType(FeeTierType.LIQUIDITY_PROGRAM)
        .instrumentType(InstrumentType.PERP)
        .feeTierId("LP1")
        .feeTierName("Liquidity Program 1")
        .makerFeeRate("-0.00005")
        .takerFeeRate("0.0002")
        .minBalance("0")
        .minVolume("500000000")
        .requireBalanceAndVolume(true));
    return tiers;
  }

  private static InstrumentPositionOffsetPairV1 offset(InstrumentV1 primary, InstrumentV1 secondary, String offset) {
    return new InstrumentPositionOffsetPairV1()
        .primaryInstrumentId(primary.getInstrumentId())
        .secondaryInstrumentId(secondary.getInstrumentId())
        .offset(offset);
  }

  private PortfolioV1 portfolio(String id, UUID uuid, String name, boolean isDefault) {
    return new PortfolioV1()
        .portfolioId(id)
        .portfolioUuid(uuid)
        .name(name)
        .userUuid(Ids.uuid("user:demo"))
        .makerFeeRate("0.0002")
        .takerFeeRate("0.0004")
        .tradingLock(false)
        .borrowDisabled(false)
        .isLsp(false)
        .isDefault(isDefault)
        .crossCollateralEnabled(false)
        .preLaunchTradingEnabled(false);
  }

  private static PortfolioBalanceV1 balance(AssetV1 asset, double quantity, Object price) {
    double value = quantity * Double.parseDouble(price.toString()) * asset.getCollateralWeight().doubleValue();
    return new PortfolioBalanceV1()
        .assetId(asset.getAssetId())
        .assetName(asset.getAssetName())
        .assetUuid(asset.getAssetUuid())
        .quantity(Decimals.of(quantity, 8))
        .hold("0")
        .holdAvailableForCollateral("0")
        .transferHold("0")
        .collateralValue(Decimals.of(value, 2))
        .maxWithdrawAmount(Decimals.of(quantity, 8))
        .loan("0")
        .loanCollateralRequirement("0")
        .pledgedCollateralQuantity("0")
        .loanInitialMarginContribution("0")
        .collateralBackedOverdraftLoan("0")
        .userRequestedLoan("0");
  }

  private PortfolioPositionV1 position(InstrumentV1 instrument, double netSize, double vwap) {
    double mark = Double.parseDouble(instrument.getQuote().getMarkPrice());
    return Numbers.set(new PortfolioPositionV1(), "im_contribution", 0.2)
        .id(numericId())
        .symbol(instrument.getSymbol())
        .instrumentId(instrument.getInstrumentId())
        .instrumentUuid(instrument.getInstrumentUuid())
        .vwap(Decimals.of(vwap, 2))
        .netSize(Decimals.of(netSize, 4))
        .buyOrderSize("0")
        .sellOrderSize("0")
        .unrealizedPnl(Decimals.of((mark - vwap) * netSize, 2))
        .markPrice(instrument.getQuote().getMarkPrice())
        .entryVwap(Decimals.of(vwap, 2));
  }
}
