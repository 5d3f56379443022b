package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradekit.intx.generated.model.AlgoStrategy;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks a create-order request the way INTX does and places the order: an order that crosses the
 * simulator's quote fills at once at the quote (MARKET always does), any other IOC or FOK order is
 * canceled, and the rest works on the book. Thread-safe.
 */
final class NewOrders {
  private final Market market;
  private final Portfolios portfolios;
  private final OrderBook book;
  private final Ledger<PortfolioFillV1> fills;
  private final AtomicLong nextId = new AtomicLong(43_877_033_468_100_000L);

  NewOrders(Market market, Portfolios portfolios, OrderBook book, Ledger<PortfolioFillV1> fills) {
    this.market = market;
    this.portfolios = portfolios;
    this.book = book;
    this.fills = fills;
  }

  OrderResultV1 place(JsonNode body, OffsetDateTime now) {
    String clientOrderId = Call.requiredText(body, "client_order_id");
    OrderSide side = enumValue(OrderSide.class, Call.requiredText(body, "side"), "side");
    String size = Call.requiredText(body, "size");
    OrderType type = enumValue(OrderType.class, Call.requiredText(body, "type"), "type");
    String instrumentName = Call.requiredText(body, "instrument");
    String tifText = Call.text(body, "tif");
    TimeInForce tif = tifText == null ? null : enumValue(TimeInForce.class, tifText, "tif");
    if (!ClientOrderIds.isValid(clientOrderId)) {
      throw ClientOrderIds.invalid();
    }
    if (type == OrderType.MARKET) {
      if (tif != null && tif != TimeInForce.IOC) {
        throw ApiError.badRequest("market orders must be IoC");
      }
      tif = TimeInForce.IOC;
    } else if (tif == null) {
      throw ApiError.badRequest("tif is required");
    }
    String price = Call.text(body, "price");
    if (price == null && (type == OrderType.LIMIT || type == OrderType.STOP_LIMIT || type == OrderType.TAKE_PROFIT_STOP_LOSS)) {
      throw ApiError.required("price");
    }
    String stopPrice = Call.text(body, "stop_price");
    if (stopPrice == null && (type == OrderType.STOP || type == OrderType.STOP_LIMIT || type == OrderType.TAKE_PROFIT_STOP_LOSS)) {
      throw ApiError.required("stop_price");
    }
    OffsetDateTime expireTime = time(Call.text(body, "expire_time"), "expire_time");
    if (tif == TimeInForce.GTT && expireTime == null) {
      throw ApiError.required("expire_time");
    }
    BigDecimal quantity = Decimals.positive(size, "size");
    if (price != null) {
      Decimals.positive(price, "price");
    }
    InstrumentV1 instrument = market.requireInstrument(instrumentName);
    String portfolioName = Call.text(body, "portfolio");
    PortfolioV1 portfolio = portfolioName == null ? defaultPortfolio() : portfolios.require(portfolioName);
    String orderId = Long.toString(nextId.getAndIncrement());
    if (!book.claim(clientOrderId, orderId)) {
      throw ClientOrderIds.duplicate();
    }
    OrderResultV1 order = new OrderResultV1()
        .orderId(orderId)
        .clientOrderId(clientOrderId)
        .side(side)
        .instrumentId(instrument.getInstrumentId())
        .instrumentUuid(instrument.getInstrumentUuid())
        .symbol(instrument.getSymbol())
        .portfolioId(portfolio.getPortfolioId())
        .portfolioUuid(portfolio.getPortfolioUuid())
        .type(type)
        .price(price == null ? "0" : price)
        .stopPrice(stopPrice == null ? "0" : stopPrice)
        .stopLimitPrice(Call.text(body, "stop_limit_price") == null ? "0" : Call.text(body, "stop_limit_price"))
        .size(size)
        .tif(tif)
        .expireTime(expireTime == null ? now.plusDays(30) : expireTime)
        .stpMode(Call.text(body, "stp_mode") == null ? SelfTradePreventionMode.BOTH
            : enumValue(SelfTradePreventionMode.class, Call.text(body, "stp_mode"), "stp_mode"))
        .submitTime(now)
        .eventTime(now)
        .execQty("0")
        .avgPrice("0")
        .fee("0")
        .postOnly(body.path("post_only").asBoolean(false))
        .closeOnly(body.path("close_only").asBoolean(false))
        .text("");
    if (Call.text(body, "algo_strategy") != null) {
      order.algoStrategy(enumValue(AlgoStrategy.class, Call.text(body, "algo_strategy"), "algo_strategy"));
    }
    String fillPrice = crossingPrice(instrument, side, type, price);
    if (fillPrice != null && !order.getPostOnly()) {
      fill(order, portfolio, instrument, quantity, fillPrice, now);
    } else if (tif == TimeInForce.IOC || tif == TimeInForce.FOK) {
      order.orderStatus(OrderStatus.DONE).eventType(OrderEventType.CANCELED).leavesQty("0").text("no liquidity at the limit price");
      book.addDone(order);
    } else {
      order.orderStatus(OrderStatus.WORKING).eventType(OrderEventType.NEW).leavesQty(size);
      book.add(order);
    }
    return order;
  }

  private PortfolioV1 defaultPortfolio() {
    return portfolios.all().stream().filter(p -> Boolean.TRUE.equals(p.getIsDefault())).findFirst().orElseThrow(Portfolios::unknown);
  }

  /** The quote an order takes liquidity at, or null when it would rest. */
  private static String crossingPrice(InstrumentV1 instrument, OrderSide side, OrderType type, String price) {
    String quote = side == OrderSide.BUY ? instrument.getQuote().getBestAskPrice() : instrument.getQuote().getBestBidPrice();
    if (type == OrderType.MARKET) {
      return quote;
    }
    if (type != OrderType.LIMIT) {
      return null;
    }
    int comparison = new BigDecimal(price).compareTo(new BigDecimal(quote));
    return (side == OrderSide.BUY ? comparison >= 0 : comparison <= 0) ? quote : null;
  }

  private void fill(OrderResultV1 order, PortfolioV1 portfolio, InstrumentV1 instrument, BigDecimal quantity, String price,
      OffsetDateTime now) {
    String fee = Decimals.of(quantity.doubleValue() * Double.parseDouble(price) * 0.0004, 6);
    order.orderStatus(OrderStatus.DONE).eventType(OrderEventType.TRADE).leavesQty("0").execQty(order.getSize()).avgPrice(price).fee(fee);
    book.addDone(order);
    fills.add(new PortfolioFillV1()
        .portfolioId(portfolio.getPortfolioId())
        .portfolioUuid(portfolio.getPortfolioUuid().toString())
        .portfolioName(portfolio.getName())
        .fillId(Long.toString(nextId.getAndIncrement()))
        .execId(Long.toString(nextId.getAndIncrement()))
        .orderId(order.getOrderId())
        .instrumentId(instrument.getInstrumentId())
        .instrumentUuid(instrument.getInstrumentUuid())
        .symbol(instrument.getSymbol())
        .matchId(Long.toString(nextId.getAndIncrement()))
        .fillPrice(price)
        .fillQty(order.getSize())
        .clientId(portfolio.getUserUuid().toString())
        .clientOrderId(order.getClientOrderId())
        .orderQty(order.getSize())
        .limitPrice(order.getPrice())
        .totalFilled(order.getSize())
        .filledVwap(price)
        .expireTime(order.getExpireTime())
        .stopPrice(order.getStopPrice())
        .side(order.getSide())
        .tif(order.getTif())
        .stpMode(order.getStpMode())
        .flags("")
        .fee(fee)
        .feeAsset("USDC")
        .orderStatus(OrderStatus.DONE)
        .eventTime(now)
        .source(Source.CLIENT_ORDER));
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().startsWith("UNKNOWN_DEFAULT") && constant.name().equals(value.toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw ApiError.badRequest("invalid " + field + ": " + value);
  }

  static OffsetDateTime time(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("invalid " + field + ": " + value);
    }
  }
}
