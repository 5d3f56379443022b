package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradekit.intx.generated.model.GetOrders200Response;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The Orders tag: create, list open, get, modify, cancel one, cancel all. */
final class OrderEndpoints {
  private final OrderBook book;
  private final NewOrders newOrders;
  private final Market market;
  private final Portfolios portfolios;

  OrderEndpoints(OrderBook book, NewOrders newOrders, Market market, Portfolios portfolios) {
    this.book = book;
    this.newOrders = newOrders;
    this.market = market;
    this.portfolios = portfolios;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("POST /api/v1/orders", call -> newOrders.place(call.json(), call.now));
    endpoints.put("GET /api/v1/orders", this::list);
    endpoints.put("DELETE /api/v1/orders", this::cancelAll);
    endpoints.put("PUT /api/v1/orders/{id}", this::modify);
    endpoints.put("GET /api/v1/orders/{id}", this::get);
    endpoints.put("DELETE /api/v1/orders/{id}", this::cancel);
  }

  private Object list(Call call) {
    Paging paging = Paging.of(call);
    Predicate<OrderResultV1> filter = filter(call.query("portfolio"), call.query("instrument"), call.query("instrument_type"), call.query("side"));
    String clientOrderId = call.query("client_order_id");
    if (clientOrderId != null) {
      filter = filter.and(order -> clientOrderId.equals(order.getClientOrderId()));
    }
    if (call.query("event_type") != null) {
      OrderEventType type = NewOrders.enumValue(OrderEventType.class, call.query("event_type"), "event_type");
      filter = filter.and(order -> order.getEventType() == type);
    }
    if (call.query("order_type") != null) {
      OrderType type = NewOrders.enumValue(OrderType.class, call.query("order_type"), "order_type");
      filter = filter.and(order -> order.getType() == type);
    }
    filter = filter.and(order -> order.getEventTime() == null || !order.getEventTime().isAfter(paging.ref));
    List<OrderResultV1> open = new ArrayList<>(book.open(filter));
    open.sort(Comparator.comparing(OrderResultV1::getEventTime, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(OrderResultV1::getOrderId, Comparator.reverseOrder()));
    return new GetOrders200Response().pagination(paging.pagination()).results(paging.page(open));
  }

  private Object get(Call call) {
    String portfolio = call.query("portfolio");
    return book.find(call.path("id"))
        .filter(order -> OrderBook.inPortfolio(order, portfolio))
        .orElseThrow(() -> ApiError.orderRejected("UNKNOWN_ORDER", "order not found"));
  }

  private Object modify(Call call) {
    JsonNode body = call.json();
    String clientOrderId = Call.requiredText(body, "client_order_id");
    String portfolio = Call.requiredText(body, "portfolio");
    String price = Call.text(body, "price");
    String stopPrice = Call.text(body, "stop_price");
    String size = Call.text(body, "size");
    if (price == null && stopPrice == null && size == null) {
      throw ApiError.badRequest("Invalid replace order request: nothing to change (price, stop_price or size)");
    }
    if (price != null) {
      Decimals.positive(price, "price");
    }
    if (size != null) {
      Decimals.positive(size, "size");
    }
    if (!ClientOrderIds.isValid(clientOrderId)) {
      throw ClientOrderIds.invalid();
    }
    OrderResultV1 existing = book.find(call.path("id"))
        .filter(order -> OrderBook.inPortfolio(order, portfolio))
        .orElseThrow(() -> ApiError.badRequest("Invalid replace order request: order not found"));
    if (!clientOrderId.equals(existing.getClientOrderId()) && !book.claim(clientOrderId, existing.getOrderId())) {
      throw ClientOrderIds.duplicate();
    }
    OrderBook.Outcome outcome = book.change(existing.getOrderId(), portfolio, order -> {
      order.clientOrderId(clientOrderId).eventType(OrderEventType.REPLACED).eventTime(call.now);
      if (price != null) {
        order.price(price);
      }
      if (stopPrice != null) {
        order.stopPrice(stopPrice);
      }
      if (size != null) {
        order.size(size).leavesQty(size);
      }
      return order;
    });
    if (outcome.order == null) {
      throw ApiError.badRequest("Invalid replace order request: the order is not open");
    }
    return outcome.order;
  }

  private Object cancel(Call call) {
    String portfolio = call.query("portfolio");
    OrderBook.Outcome outcome = book.cancel(call.path("id"), portfolio, call.now);
    if (outcome.order != null) {
      return outcome.order;
    }
    if (!isKnownPortfolio(portfolio)) {
      throw Portfolios.unknown();
    }
    if (outcome.refusal == OrderBook.Refusal.ALREADY_DONE) {
      throw ApiError.orderRejected("ORDER_ALREADY_DONE", "order is already done");
    }
    throw ApiError.orderRejected("UNKNOWN_ORDER", "order not found");
  }

  private Object cancelAll(Call call) {
    String portfolio = call.query("portfolio");
    if (!isKnownPortfolio(portfolio)) {
      throw Portfolios.unknown();
    }
    List<OrderResultV1> canceled = new ArrayList<>();
    for (OrderResultV1 order : book.open(filter(portfolio, call.query("instrument"), call.query("instrument_type"), call.query("side")))) {
      OrderBook.Outcome outcome = book.cancel(order.getOrderId(), portfolio, call.now);
      if (outcome.order != null) {
        canceled.add(outcome.order);
      }
    }
    return canceled;
  }

  private boolean isKnownPortfolio(String portfolio) {
    return book.isKnownPortfolio(portfolio) || portfolios.find(portfolio).isPresent();
  }

  private Predicate<OrderResultV1> filter(String portfolio, String instrument, String instrumentType, String side) {
    Predicate<OrderResultV1> filter = order -> true;
    if (portfolio != null) {
      filter = filter.and(order -> OrderBook.inPortfolio(order, portfolio));
    }
    if (instrument != null) {
      filter = filter.and(order -> instrument.equalsIgnoreCase(order.getSymbol()) || instrument.equals(order.getInstrumentId())
          || (order.getInstrumentUuid() != null && instrument.equalsIgnoreCase(order.getInstrumentUuid().toString())));
    }
    if (instrumentType != null) {
      filter = filter.and(order -> market.instrument(order.getInstrumentId()).filter(i -> Market.isOfType(i, instrumentType)).isPresent());
    }
    if (side != null) {
      OrderSide wanted = NewOrders.enumValue(OrderSide.class, side, "side");
      filter = filter.and(order -> order.getSide() == wanted);
    }
    return filter;
  }
}
