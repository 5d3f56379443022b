package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The account's portfolios with their balances and positions. Portfolios can be created and
 * their settings changed; balances and positions are the seeded ones. Thread-safe: every method
 * locks, and callers get copies.
 */
final class Portfolios {
  private final Map<String, PortfolioV1> byId = new LinkedHashMap<>();
  private final Map<String, List<PortfolioBalanceV1>> balances = new LinkedHashMap<>();
  private final Map<String, List<PortfolioPositionV1>> positions = new LinkedHashMap<>();
  private final Map<String, Double> marginOverrides = new LinkedHashMap<>();

  synchronized void add(PortfolioV1 portfolio, List<PortfolioBalanceV1> balances, List<PortfolioPositionV1> positions) {
    PortfolioV1 copy = Copies.of(portfolio, PortfolioV1.class);
    byId.put(copy.getPortfolioId(), copy);
    this.balances.put(copy.getPortfolioId(), List.copyOf(balances));
    this.positions.put(copy.getPortfolioId(), List.copyOf(positions));
  }

  synchronized List<PortfolioV1> all() {
    return byId.values().stream().map(p -> Copies.of(p, PortfolioV1.class)).collect(Collectors.toList());
  }

  /** By portfolio id or UUID. */
  synchronized Optional<PortfolioV1> find(String idOrUuid) {
    return Optional.ofNullable(lookup(idOrUuid)).map(p -> Copies.of(p, PortfolioV1.class));
  }

  PortfolioV1 require(String idOrUuid) {
    return find(idOrUuid).orElseThrow(() -> unknown());
  }

  /** Applies {@code change} to a copy of the portfolio and keeps the result; returns a copy of it. */
  synchronized PortfolioV1 update(String idOrUuid, UnaryOperator<PortfolioV1> change) {
    PortfolioV1 current = lookup(idOrUuid);
    if (current == null) {
      throw unknown();
    }
    PortfolioV1 changed = change.apply(Copies.of(current, PortfolioV1.class));
    byId.put(current.getPortfolioId(), changed);
    return Copies.of(changed, PortfolioV1.class);
  }

  synchronized List<PortfolioBalanceV1> balances(String portfolioId) {
    return copies(balances.getOrDefault(portfolioId, List.of()), PortfolioBalanceV1.class);
  }

  synchronized List<PortfolioPositionV1> positions(String portfolioId) {
    return copies(positions.getOrDefault(portfolioId, List.of()), PortfolioPositionV1.class);
  }

  synchronized Optional<Double> marginOverride(String portfolioId) {
    return Optional.ofNullable(marginOverrides.get(portfolioId));
  }

  synchronized void setMarginOverride(String portfolioId, double value) {
    marginOverrides.put(portfolioId, value);
  }

  static ApiError unknown() {
    return ApiError.badRequest("Invalid portfolio(UNKNOWN_PORTFOLIO - portfolio not found)");
  }

  private PortfolioV1 lookup(String idOrUuid) {
    PortfolioV1 byPortfolioId = byId.get(idOrUuid);
    if (byPortfolioId != null) {
      return byPortfolioId;
    }
    return byId.values().stream()
        .filter(p -> p.getPortfolioUuid().toString().equalsIgnoreCase(idOrUuid))
        .findFirst()
        .orElse(null);
  }

  private static <T> List<T> copies(List<T> values, Class<T> type) {
    List<T> out = new ArrayList<>();
    values.forEach(value -> out.add(Copies.of(value, type)));
    return out;
  }
}
