package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fills of one portfolio or several, newest first from {@code ref_datetime}, from
 * {@code time_from} on, filtered by order id or client order id, a page at a time.
 */
final class FillEndpoints {
  private final Ledger<PortfolioFillV1> fills;
  private final Portfolios portfolios;

  FillEndpoints(Ledger<PortfolioFillV1> fills, Portfolios portfolios) {
    this.fills = fills;
    this.portfolios = portfolios;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("GET /api/v1/portfolios/{portfolio}/fills",
        call -> page(call, Set.of(portfolios.require(call.path("portfolio")).getPortfolioId())));
    endpoints.put("GET /api/v1/portfolios/fills", call -> {
      List<String> named = call.query.all("portfolios");
      Set<String> ids = named.isEmpty()
          ? portfolios.all().stream().map(p -> p.getPortfolioId()).collect(Collectors.toSet())
          : named.stream().map(name -> portfolios.require(name).getPortfolioId()).collect(Collectors.toSet());
      return page(call, ids);
    });
  }

  private Object page(Call call, Set<String> portfolioIds) {
    Paging paging = Paging.of(call);
    OffsetDateTime from = call.queryTime("time_from");
    String orderId = call.query("order_id");
    String clientOrderId = call.query("client_order_id");
    Predicate<PortfolioFillV1> filter = fill -> portfolioIds.contains(fill.getPortfolioId())
        && !fill.getEventTime().isAfter(paging.ref)
        && (from == null || !fill.getEventTime().isBefore(from))
        && (orderId == null || orderId.equals(fill.getOrderId()))
        && (clientOrderId == null || clientOrderId.equals(fill.getClientOrderId()));
    return new GetMultiPortfolioFills200Response().pagination(paging.pagination()).results(fills.find(filter, paging.offset, paging.limit));
  }
}
