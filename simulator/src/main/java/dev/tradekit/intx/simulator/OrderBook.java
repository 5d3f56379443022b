package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open orders, found by exchange order id or client order id. A cancel removes the order
 * atomically, so each order is canceled exactly once however many threads try.
 */
final class OrderBook {
  /** Why a cancel was refused. */
  enum Refusal {
    UNKNOWN_ORDER,
    ALREADY_DONE,
    WRONG_PORTFOLIO
  }

  /** Either the canceled order or the reason it was not canceled. */
  static final class Outcome {
    final OrderResultV1 canceled;
    final Refusal refusal;

    private Outcome(OrderResultV1 canceled, Refusal refusal) {
      this.canceled = canceled;
      this.refusal = refusal;
    }
  }

  /** The simulator's one mapper, for copying orders and writing responses. */
  static final ObjectMapper JSON = IntxJson.newObjectMapper();

  private final Map<String, OrderResultV1> openByOrderId = new ConcurrentHashMap<>();
  private final Map<String, String> orderIdByClientOrderId = new ConcurrentHashMap<>();
  private final Map<String, Boolean> doneOrderIds = new ConcurrentHashMap<>();
  private final Set<String> portfolios = ConcurrentHashMap.newKeySet();

  /** Adds a copy of {@code order}, which must have an order id and a portfolio id. */
  OrderResultV1 add(OrderResultV1 order) {
    Objects.requireNonNull(order.getOrderId(), "order_id");
    Objects.requireNonNull(order.getPortfolioId(), "portfolio_id");
    OrderResultV1 copy = copy(order);
    if (openByOrderId.putIfAbsent(copy.getOrderId(), copy) != null) {
      throw new IllegalArgumentException("an open order already has order_id " + copy.getOrderId());
    }
    if (copy.getClientOrderId() != null) {
      orderIdByClientOrderId.put(copy.getClientOrderId(), copy.getOrderId());
    }
    portfolios.add(copy.getPortfolioId());
    if (copy.getPortfolioUuid() != null) {
      portfolios.add(copy.getPortfolioUuid().toString());
    }
    return copy(copy);
  }

  /** A portfolio any order was ever added to. */
  boolean isKnownPortfolio(String portfolio) {
    return portfolios.contains(portfolio.toLowerCase(java.util.Locale.ROOT)) || portfolios.contains(portfolio);
  }

  Outcome cancel(String id, String portfolio, OffsetDateTime now) {
    String orderId = openByOrderId.containsKey(id) ? id : orderIdByClientOrderId.getOrDefault(id, id);
    OrderResultV1 open = openByOrderId.get(orderId);
    if (open == null) {
      return new Outcome(null, doneOrderIds.containsKey(orderId) ? Refusal.ALREADY_DONE : Refusal.UNKNOWN_ORDER);
    }
    if (!inPortfolio(open, portfolio)) {
      return new Outcome(null, Refusal.WRONG_PORTFOLIO);
    }
    if (!openByOrderId.remove(orderId, open)) {
      return new Outcome(null, Refusal.ALREADY_DONE);
    }
    doneOrderIds.put(orderId, Boolean.TRUE);
    OrderResultV1 canceled = copy(open);
    canceled.setOrderStatus(OrderStatus.DONE);
    canceled.setEventType(OrderEventType.CANCELED);
    canceled.setEventTime(now);
    canceled.setLeavesQty("0");
    canceled.setText("client cancel");
    return new Outcome(canceled, null);
  }

  List<OrderResultV1> open() {
    List<OrderResultV1> orders = new ArrayList<>();
    openByOrderId.values().forEach(order -> orders.add(copy(order)));
    return orders;
  }

  private static boolean inPortfolio(OrderResultV1 order, String portfolio) {
    return portfolio.equals(order.getPortfolioId())
        || (order.getPortfolioUuid() != null && portfolio.equalsIgnoreCase(order.getPortfolioUuid().toString()));
  }

  private static OrderResultV1 copy(OrderResultV1 order) {
    return JSON.convertValue(order, OrderResultV1.class);
  }
}
