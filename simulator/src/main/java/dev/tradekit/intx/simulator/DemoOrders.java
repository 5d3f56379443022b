package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.AlgoStrategy;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import dev.tradekit.intx.generated.model.OrderType;
import dev.tradekit.intx.generated.model.SelfTradePreventionMode;
import dev.tradekit.intx.generated.model.TimeInForce;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The open orders a simulator starts with: one demo portfolio, three working limit orders. */
public final class DemoOrders {
  /** Numeric id of the demo portfolio, which holds the demo orders and is set in the demo credentials. */
  public static final String PORTFOLIO_ID = "5189861793641175";
  /** UUID of the demo portfolio ({@link #PORTFOLIO_ID}). */
  public static final String PORTFOLIO_UUID = "892e8c7c-e979-4cad-b61b-55a197932cf1";
  /** Exchange order id of the BTC-PERP demo order; its client order id is {@code DEMO-BTC-1}. */
  public static final String BTC_ORDER_ID = "43877033468085760";

  private DemoOrders() {}

  static List<OrderResultV1> all() {
    return List.of(
        order(BTC_ORDER_ID, "DEMO-BTC-1", "BTC-PERP", "2562519737567269", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a",
            OrderSide.BUY, "20215.53", "1.5423"),
        order("43877033468085761", "DEMO-ETH-1", "ETH-PERP", "2562519737567270", "3d8d2b12-4a0c-4a53-a4a6-8d3e2c9b6f10",
            OrderSide.SELL, "3512.25", "12.5"),
        order("43877033468085762", "DEMO-SOL-1", "SOL-PERP", "2562519737567271", "7b1f3c4e-2d5a-4e8f-9a6b-0c1d2e3f4a5b",
            OrderSide.BUY, "142.875", "300"));
  }

  /**
   * A working GTC limit order in the demo portfolio, every field populated.
   *
   * @param orderId the exchange order id
   * @param clientOrderId the client order id
   * @param symbol the instrument's symbol, e.g. {@code BTC-PERP}
   * @param instrumentId the instrument's numeric id
   * @param instrumentUuid the instrument's UUID, as text
   * @param side buy or sell
   * @param price the limit price, as a decimal string
   * @param size the order size, as a decimal string; nothing is filled yet
   * @return a new order, not yet added to any simulator
   */
  public static OrderResultV1 order(
      String orderId, String clientOrderId, String symbol, String instrumentId, String instrumentUuid,
      OrderSide side, String price, String size) {
    OffsetDateTime submitted = OffsetDateTime.parse("2026-11-24T09:30:00.000Z");
    return new OrderResultV1()
        .orderId(orderId)
        .clientOrderId(clientOrderId)
        .side(side)
        .instrumentId(instrumentId)
        .instrumentUuid(UUID.fromString(instrumentUuid))
        .symbol(symbol)
        .portfolioId(PORTFOLIO_ID)
        .portfolioUuid(UUID.fromString(PORTFOLIO_UUID))
        .type(OrderType.LIMIT)
        .price(price)
        .stopPrice("0")
        .stopLimitPrice("0")
        .size(size)
        .tif(TimeInForce.GTC)
        .expireTime(submitted.plusDays(30))
        .stpMode(SelfTradePreventionMode.AGGRESSING)
        .eventType(OrderEventType.NEW)
        .eventTime(submitted)
        .submitTime(submitted)
        .orderStatus(OrderStatus.WORKING)
        .leavesQty(size)
        .execQty("0")
        .avgPrice("0")
        .fee("0")
        .postOnly(false)
        .closeOnly(false)
        .algoStrategy(AlgoStrategy.TWAP)
        .text("");
  }
}
