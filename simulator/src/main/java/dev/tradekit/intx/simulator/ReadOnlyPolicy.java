package dev.tradekit.intx.simulator;

import java.util.Optional;

/**
 * Whether writes are refused, as INTX refuses them since 1 October 2026, when it became read-only
 * (portfolios, balances, positions, fills and transfers can still be queried). The exchange's exact
 * answer to a write is not documented: the simulator answers 403 with a title in the exchange's
 * {@code Reason(CODE - description)} shape. Immutable.
 */
final class ReadOnlyPolicy {
  static final String TITLE =
      "Forbidden(READ_ONLY - the exchange is read-only since 2026-10-01: only queries are served)";

  private final boolean readOnly;

  ReadOnlyPolicy(boolean readOnly) {
    this.readOnly = readOnly;
  }

  boolean isReadOnly() {
    return readOnly;
  }

  /** The refusal for a write when read-only; empty for reads and when writes are allowed. */
  Optional<ApiError> refusal(Route route) {
    return readOnly && !route.isRead() ? Optional.of(new ApiError(403, TITLE)) : Optional.empty();
  }
}
