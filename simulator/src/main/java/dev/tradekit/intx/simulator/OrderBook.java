package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Orders, open and done, found by exchange order id or client order id. A cancel or a modify
 * changes an open order atomically, so each order is canceled exactly once however many threads
 * try; a client order id is claimed atomically, so it is used once. Callers get copies.
 */
final class OrderBook {
  /** Why a cancel or modify was refused. */
  enum Refusal {
    UNKNOWN_ORDER,
    ALREADY_DONE,
    WRONG_PORTFOLIO
  }

  /** Either the changed order or the reason it was not changed. */
  static final class Outcome {
    final OrderResultV1 order;
    final Refusal refusal;

    private Outcome(OrderResultV1 order, Refusal refusal) {
      this.order = order;
      this.refusal = refusal;
    }
  }

  private final Map<String, OrderResultV1> openByOrderId = new ConcurrentHashMap<>();
  private final Map<String, OrderResultV1> doneByOrderId = new ConcurrentHashMap<>();
  private final Map<String, String> orderIdByClientOrderId = new ConcurrentHashMap<>();
  private final Set<String> portfolios = ConcurrentHashMap.newKeySet();
  private final Lazy<Boolean> history;

  /** @param history the seeded done orders, taken over (not copied) the first time a lookup misses the open orders */
  OrderBook(Supplier<List<OrderResultV1>> history) {
    this.history = new Lazy<>(() -> {
      for (OrderResultV1 order : history.get()) {
        doneByOrderId.putIfAbsent(order.getOrderId(), order);
        orderIdByClientOrderId.putIfAbsent(order.getClientOrderId(), order.getOrderId());
        rememberPortfolio(order);
      }
      return Boolean.TRUE;
    });
  }

  /** Adds a copy of an open {@code order}, which must have an order id and a portfolio id. */
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
    rememberPortfolio(copy);
    return copy(copy);
  }

  /** Records an order that is already done (filled, canceled or expired). */
  void addDone(OrderResultV1 order) {
    OrderResultV1 copy = copy(order);
    doneByOrderId.put(copy.getOrderId(), copy);
    if (copy.getClientOrderId() != null) {
      orderIdByClientOrderId.putIfAbsent(copy.getClientOrderId(), copy.getOrderId());
    }
    rememberPortfolio(copy);
  }

  /** Claims a client order id for a new order; false when an order already has it. */
  boolean claim(String clientOrderId, String orderId) {
    return orderIdByClientOrderId.putIfAbsent(clientOrderId, orderId) == null;
  }

  /** A portfolio any order was ever added to. */
  boolean isKnownPortfolio(String portfolio) {
    return portfolios.contains(portfolio.toLowerCase(Locale.ROOT)) || portfolios.contains(portfolio);
  }

  /** The order, open or done, by order id or client order id. */
  Optional<OrderResultV1> find(String id) {
    String orderId = orderIdOf(id);
    OrderResultV1 order = openByOrderId.get(orderId);
    if (order == null) {
      order = doneByOrderId.get(orderId);
    }
    return Optional.ofNullable(order).map(OrderBook::copy);
  }

  Outcome cancel(String id, String portfolio, OffsetDateTime now) {
    return change(id, portfolio, open -> {
      OrderResultV1 canceled = copy(open);
      canceled.setOrderStatus(OrderStatus.DONE);
      canceled.setEventType(OrderEventType.CANCELED);
      canceled.setEventTime(now);
      canceled.setLeavesQty("0");
      canceled.setText("client cancel");
      return canceled;
    });
  }

  /**
   * Replaces an open order with {@code change} applied to a copy of it, atomically; a result that
   * is done leaves the open orders.
   */
  Outcome change(String id, String portfolio, UnaryOperator<OrderResultV1> change) {
    String orderId = orderIdOf(id);
    OrderResultV1 open = openByOrderId.get(orderId);
    if (open == null) {
      return new Outcome(null, doneByOrderId.containsKey(orderId) ? Refusal.ALREADY_DONE : Refusal.UNKNOWN_ORDER);
    }
    if (!inPortfolio(open, portfolio)) {
      return new Outcome(null, Refusal.WRONG_PORTFOLIO);
    }
    OrderResultV1 changed = change.apply(copy(open));
    boolean done = changed.getOrderStatus() == OrderStatus.DONE;
    boolean replaced = done ? openByOrderId.remove(orderId, open) : openByOrderId.replace(orderId, open, changed);
    if (!replaced) {
      return new Outcome(null, openByOrderId.containsKey(orderId) ? Refusal.UNKNOWN_ORDER : Refusal.ALREADY_DONE);
    }
    if (done) {
      doneByOrderId.put(orderId, changed);
    }
    return new Outcome(copy(changed), null);
  }

  /** Copies of the open orders that match. */
  List<OrderResultV1> open(Predicate<OrderResultV1> filter) {
    List<OrderResultV1> orders = new ArrayList<>();
    openByOrderId.values().stream().filter(filter).forEach(order -> orders.add(copy(order)));
    return orders;
  }

  List<OrderResultV1> open() {
    return open(order -> true);
  }

  static boolean inPortfolio(OrderResultV1 order, String portfolio) {
    return portfolio.equals(order.getPortfolioId())
        || (order.getPortfolioUuid() != null && portfolio.equalsIgnoreCase(order.getPortfolioUuid().toString()));
  }

  private String orderIdOf(String id) {
    if (openByOrderId.containsKey(id)) {
      return id;
    }
    if (doneByOrderId.containsKey(id)) {
      return id;
    }
    String byClientOrderId = orderIdByClientOrderId.get(id);
    if (byClientOrderId != null && (openByOrderId.containsKey(byClientOrderId) || doneByOrderId.containsKey(byClientOrderId))) {
      return byClientOrderId;
    }
    history.get();
    return doneByOrderId.containsKey(id) ? id : orderIdByClientOrderId.getOrDefault(id, id);
  }

  private void rememberPortfolio(OrderResultV1 order) {
    portfolios.add(order.getPortfolioId());
    if (order.getPortfolioUuid() != null) {
      portfolios.add(order.getPortfolioUuid().toString());
    }
  }

  private static OrderResultV1 copy(OrderResultV1 order) {
    return Copies.of(order, OrderResultV1.class);
  }
}
