package dev.tradekit.intx.client.paging;

import java.time.OffsetDateTime;

/**
 * What one page asks for: pass the three values to the generated list operation's
 * {@code ref_datetime} (or, for transfers, {@code time_to}), {@code result_limit} and
 * {@code result_offset} parameters. Immutable.
 */
public final class PageRequest {
  private final OffsetDateTime refDatetime;
  private final int limit;
  private final int offset;

  PageRequest(OffsetDateTime refDatetime, int limit, int offset) {
    this.refDatetime = refDatetime;
    this.limit = limit;
    this.offset = offset;
  }

  /** {@return the reference time}, the same on every page of one walk, so that pages do not shift. */
  public OffsetDateTime refDatetime() {
    return refDatetime;
  }

  /** {@return the page size}: {@value IntxPages#PAGE_SIZE}, the largest the exchange allows. */
  public int limit() {
    return limit;
  }

  /** {@return how many results to skip} */
  public int offset() {
    return offset;
  }

  @Override
  public String toString() {
    return "PageRequest{refDatetime=" + refDatetime + ", limit=" + limit + ", offset=" + offset + "}";
  }
}
