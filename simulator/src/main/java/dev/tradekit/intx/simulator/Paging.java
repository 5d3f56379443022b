package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.PaginationBaseV1;
import dev.tradekit.intx.generated.model.PaginationV1;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code result_limit} (default 25, at most 100), {@code result_offset} and {@code ref_datetime}
 * as INTX reads them, and one page of a newest-first list. Immutable.
 */
final class Paging {
  static final int DEFAULT_LIMIT = 25;
  static final int MAX_LIMIT = 100;

  final int limit;
  final int offset;
  /** The newest time a result may have; the request's {@code ref_datetime}, or now. */
  final OffsetDateTime ref;

  private Paging(int limit, int offset, OffsetDateTime ref) {
    this.limit = limit;
    this.offset = offset;
    this.ref = ref;
  }

  static Paging of(Call call) {
    int limit = integer(call, "result_limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiError.badRequest("invalid result_limit: must be between 1 and " + MAX_LIMIT);
    }
    int offset = integer(call, "result_offset", 0);
    if (offset < 0) {
      throw ApiError.badRequest("invalid result_offset: must not be negative");
    }
    OffsetDateTime ref = call.queryTime("ref_datetime");
    return new Paging(limit, offset, ref == null ? call.now : ref);
  }

  <T> List<T> page(List<T> all) {
    int from = Math.min(offset, all.size());
    return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
  }

  PaginationV1 pagination() {
    return new PaginationV1().resultLimit(limit).resultOffset(offset).refDatetime(ref);
  }

  PaginationBaseV1 base() {
    return new PaginationBaseV1().resultLimit(limit).resultOffset(offset);
  }

  private static int integer(Call call, String name, int fallback) {
    String value = call.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid " + name + ": " + value);
    }
  }
}
