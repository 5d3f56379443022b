package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import dev.tradekit.intx.generated.model.OrderType;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import dev.tradekit.intx.generated.model.SelfTradePreventionMode;
import dev.tradekit.intx.generated.model.Source;
import dev.tradekit.intx.generated.model.TimeInForce;
import dev.tradekit.intx.generated.model.TransferStatus;
import dev.tradekit.intx.generated.model.TransferType;
import dev.tradekit.intx.generated.model.TransferV1;
import dev.tradekit.intx.generated.model.TransferV1FromPortfolio;
import dev.tradekit.intx.generated.model.TransferV1ToPortfolio;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded accounts' history, from a fixed seed like {@link SeedData}: 1,200 fills in the demo
 * portfolio and 120 in each other one, all from done orders on listed instruments (one to three
 * fills each, going back in time from {@link SeedData#ORIGIN}), and 80 transfers.
 */
final class SeedHistory {
  static final int DEMO_FILLS = 1_200;
  static final int OTHER_FILLS = 120;

  final List<OrderResultV1> doneOrders = new ArrayList<>();
  final List<PortfolioFillV1> fills = new ArrayList<>();
  final List<TransferV1> transfers = new ArrayList<>();
  private final SplittableRandom random = new SplittableRandom(SeedData.SEED + 1);

  private SeedHistory(SeedData seed) {
    List<InstrumentV1> instruments = seed.market.instruments();
    List<AssetV1> assets = seed.market.assets();
    List<PortfolioV1> portfolios = seed.portfolios;
    for (PortfolioV1 portfolio : portfolios) {
      addFills(portfolio, instruments, portfolio == portfolios.get(0) ? DEMO_FILLS : OTHER_FILLS);
    }
    addTransfers(portfolios.get(0), portfolios.subList(1, portfolios.size()), assets, instruments, 60);
    addTransfers(portfolios.get(1), List.of(portfolios.get(0)), assets, instruments, 20);
  }

  static SeedHistory generate(SeedData seed) {
    return new SeedHistory(seed);
  }

  private String numericId() {
    return Long.toString(1_000_000_000_000_000L + random.nextLong(8_000_000_000_000_000L));
  }

  /** Done orders on listed instruments, one to three fills each, going back in time from SeedData.ORIGIN. */
  private void addFills(PortfolioV1 portfolio, List<InstrumentV1> instruments, int count) {
    OffsetDateTime time = SeedData.ORIGIN.minusMinutes(3);
    int added = 0;
    while (added < count) {
      InstrumentV1 instrument = instruments.get(random.nextInt(instruments.size()));
      double mark = Double.parseDouble(instrument.getQuote().getMarkPrice());
      OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
      int parts = Math.min(count - added, 1 + random.nextInt(3));
      double partSize = Math.max(0.01, Math.round(random.nextDouble(0.01, 2.0) * 20_000 / mark * 100) / 100.0);
      double limit = mark * (side == OrderSide.BUY ? 1.001 : 0.999) * (0.97 + random.nextDouble(0.06));
      String orderId = numericId();
      String clientOrderId = "seed-" + orderId;
      OffsetDateTime submitted = time.minusSeconds(1 + random.nextInt(30));
      double filled = 0;
      double notional = 0;
      List<PortfolioFillV1> orderFills = new ArrayList<>();
      for (int part = parts; part >= 1; part--) {
        double price = limit * (1 - random.nextDouble(0.0005));
        filled += partSize;
        notional += partSize * price;
        orderFills.add(new PortfolioFillV1()
            .portfolioId(portfolio.getPortfolioId())
            .portfolioUuid(portfolio.getPortfolioUuid().toString())
            .portfolioName(portfolio.getName())
            .fillId(numericId())
            .execId(numericId())
            .orderId(orderId)
            .instrumentId(instrument.getInstrumentId())
            .instrumentUuid(instrument.getInstrumentUuid())
            .symbol(instrument.getSymbol())
            .matchId(numericId())
            .fillPrice(Decimals.of(price, 2))
            .fillQty(Decimals.of(partSize, 4))
            .clientId(portfolio.getUserUuid().toString())
            .clientOrderId(clientOrderId)
            .orderQty(Decimals.of(partSize * parts, 4))
            .limitPrice(Decimals.of(limit, 2))
            .totalFilled(Decimals.of(filled, 4))
            .filledVwap(Decimals.of(notional / filled, 2))
            .expireTime(submitted.plusDays(30))
            .stopPrice("0")
            .side(side)
            .tif(TimeInForce.GTC)
            .stpMode(SelfTradePreventionMode.BOTH)
            .flags("")
            .fee(Decimals.of(partSize * price * 0.0004, 6))
            .feeAsset("USDC")
            .orderStatus(part == 1 ? OrderStatus.DONE : OrderStatus.WORKING)
            .eventTime(submitted.plusSeconds(1 + parts - part))
            .source(Source.CLIENT_ORDER));
      }
      fills.addAll(orderFills);
      added += parts;
      doneOrders.add(new OrderResultV1()
          .orderId(orderId)
          .clientOrderId(clientOrderId)
          .side(side)
          .instrumentId(instrument.getInstrumentId())
          .instrumentUuid(instrument.getInstrumentUuid())
          .symbol(instrument.getSymbol())
          .portfolioId(portfolio.getPortfolioId())
          .portfolioUuid(portfolio.getPortfolioUuid())
          .type(OrderType.LIMIT)
          .price(Decimals.of(limit, 2))
          .stopPrice("0")
          .stopLimitPrice("0")
          .size(Decimals.of(filled, 4))
          .tif(TimeInForce.GTC)
          .expireTime(submitted.plusDays(30))
          .stpMode(SelfTradePreventionMode.BOTH)
          .eventType(OrderEventType.TRADE)
          .eventTime(submitted.plusSeconds(parts))
          .submitTime(submitted)
          .orderStatus(OrderStatus.DONE)
          .leavesQty("0")
          .execQty(Decimals.of(filled, 4))
          .avgPrice(Decimals.of(notional / filled, 2))
          .fee(Decimals.of(notional * 0.0004, 6))
          .postOnly(false)
          .closeOnly(false)
          .text(""));
      time = submitted.minusMinutes(5 + random.nextInt(55));
    }
  }

  private void addTransfers(PortfolioV1 portfolio, List<PortfolioV1> others, List<AssetV1> assets, List<InstrumentV1> instruments, int count) {
    OffsetDateTime time = SeedData.ORIGIN.minusHours(2);
    TransferType[] types = {TransferType.DEPOSIT, TransferType.WITHDRAW, TransferType.INTERNAL, TransferType.FUNDING};
    for (int i = 0; i < count; i++) {
      TransferType type = types[random.nextInt(types.length)];
      AssetV1 asset = type == TransferType.FUNDING ? assets.get(0) : assets.get(random.nextInt(assets.size()));
      PortfolioV1 other = others.get(random.nextInt(others.size()));
      boolean outgoing = type == TransferType.WITHDRAW || (type == TransferType.INTERNAL && random.nextBoolean());
      TransferV1 transfer = new TransferV1()
          .transferUuid(Ids.uuid("transfer:" + portfolio.getPortfolioId() + ":" + i))
          .transferType(type)
          .amount(Decimals.of("USDC".equals(asset.getAssetName()) ? random.nextDouble(10, 50_000) : random.nextDouble(0.01, 5), 4))
          .asset(asset.getAssetName())
          .status(i == 0 ? TransferStatus.STARTED : TransferStatus.PROCESSED)
          .networkName(type == TransferType.DEPOSIT || type == TransferType.WITHDRAW ? "ethereum-mainnet" : "")
          .createdAt(time)
          .updatedAt(time.plusMinutes(4));
      PortfolioV1 from = outgoing ? portfolio : other;
      PortfolioV1 to = outgoing ? other : portfolio;
      if (type == TransferType.INTERNAL) {
        transfer.fromPortfolio(new TransferV1FromPortfolio().id(from.getPortfolioId()).uuid(from.getPortfolioUuid()).name(from.getName()))
            .toPortfolio(new TransferV1ToPortfolio().id(to.getPortfolioId()).uuid(to.getPortfolioUuid()).name(to.getName()));
      } else if (type == TransferType.WITHDRAW) {
        transfer.fromPortfolio(new TransferV1FromPortfolio().id(portfolio.getPortfolioId()).uuid(portfolio.getPortfolioUuid()).name(portfolio.getName()))
            .toAddress("0x" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()))
            .txnHash("0x" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
      } else if (type == TransferType.DEPOSIT) {
        transfer.toPortfolio(new TransferV1ToPortfolio().id(portfolio.getPortfolioId()).uuid(portfolio.getPortfolioUuid()).name(portfolio.getName()))
            .fromAddress("0x" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()))
            .txnHash("0x" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
      } else {
        InstrumentV1 perp = instruments.get(random.nextInt(3));
        transfer.toPortfolio(new TransferV1ToPortfolio().id(portfolio.getPortfolioId()).uuid(portfolio.getPortfolioUuid()).name(portfolio.getName()))
            .instrumentId(perp.getInstrumentId())
            .instrumentSymbol(perp.getSymbol());
      }
      transfers.add(transfer);
      time = time.minusHours(6 + random.nextInt(18));
    }
  }
}
