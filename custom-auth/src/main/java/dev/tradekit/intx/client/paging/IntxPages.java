package dev.tradekit.intx.client.paging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import retrofit2.Call;

/**
 * All results of a list operation that pages with {@code result_limit} and {@code result_offset}
 * (fills, multi-portfolio fills, open orders, transfers, ...), read lazily page by page.
 *
 * <pre>{@code
 * Stream<PortfolioFillV1> fills = IntxPages.stream(
 *     page -> intx.portfolios().getPortfolioFills(
 *         portfolio, null, null, page.refDatetime(), page.limit(), page.offset(), null),
 *     GetMultiPortfolioFills200Response::getResults);
 * }</pre>
 *
 * <ul>
 *   <li>Pages hold {@value #PAGE_SIZE} results, the most the exchange allows. A page shorter than
 *       that (or empty) is the last one.
 *   <li>The reference time is pinned for the whole walk: taken once from the clock (system UTC by
 *       default, whole seconds) when the walk starts, or given with {@link #pinnedAt}. Pass
 *       {@link PageRequest#refDatetime()} as {@code ref_datetime}; results newer than it do not
 *       shift the pages. Transfers have no {@code ref_datetime}: pass it as {@code time_to}.
 *   <li>A page is requested only when the consumer has used up the one before: taking the first
 *       five results sends one request.
 *   <li>Every page is an ordinary call of the client, so it is signed, retried and held to the
 *       client's rate limit like any other call; walking a long list cannot exceed that limit.
 *   <li>A page that fails throws {@link dev.tradekit.intx.client.UncheckedIntxException} from the
 *       iterator or stream; its {@code getCause()} is the {@link
 *       dev.tradekit.intx.client.IntxException} the call threw (e.g. {@code IntxServerException}).
 *   <li>To resume a walk, pin the same reference time and start at the offset of the first result
 *       not yet used: {@code startingAt(offset).pinnedAt(refDatetime)}.
 *   <li>Nothing here holds a resource: each page's response is read and closed before its results
 *       are handed out, so a stream need not be closed and closing it closes nothing.
 * </ul>
 *
 * Immutable and thread-safe; every {@link #iterator()} or {@link #stream()} is a walk of its own.
 *
 * @param <R> the operation's response, e.g. {@code GetMultiPortfolioFills200Response}
 * @param <T> one result, e.g. {@code PortfolioFillV1}
 */
public final class IntxPages<R, T> implements Iterable<T> {
  /** The largest {@code result_limit} INTX accepts. */
  public static final int PAGE_SIZE = 100;

  private final Function<? super PageRequest, ? extends Call<R>> fetch;
  private final Function<? super R, ? extends List<? extends T>> results;
  private final int startOffset;
  private final OffsetDateTime pinnedAt;
  private final Clock clock;

  private IntxPages(
      Function<? super PageRequest, ? extends Call<R>> fetch,
      Function<? super R, ? extends List<? extends T>> results,
      int startOffset,
      OffsetDateTime pinnedAt,
      Clock clock) {
    this.fetch = fetch;
    this.results = results;
    this.startOffset = startOffset;
    this.pinnedAt = pinnedAt;
    this.clock = clock;
  }

  /**
   * The results of a list operation, page after page.
   *
   * @param <R> the response type of one page
   * @param <T> the type of one result
   * @param fetch makes the call for one page, passing the page's reference time, limit and offset
   *     to the generated operation
   * @param results the results of one page's response, e.g. {@code GetOrders200Response::getResults}
   * @return the pages, read lazily on each walk
   */
  public static <R, T> IntxPages<R, T> of(
      Function<? super PageRequest, ? extends Call<R>> fetch,
      Function<? super R, ? extends List<? extends T>> results) {
    return new IntxPages<>(
        Objects.requireNonNull(fetch, "fetch"), Objects.requireNonNull(results, "results"), 0, null, Clock.systemUTC());
  }

  /**
   * Shorthand for {@code of(fetch, results).stream()}.
   *
   * @param <R> the response type of one page
   * @param <T> the type of one result
   * @param fetch makes the call for one page, as in {@link #of}
   * @param results the results of one page's response, as in {@link #of}
   * @return every result, fetched page by page as the stream is consumed
   */
  public static <R, T> Stream<T> stream(
      Function<? super PageRequest, ? extends Call<R>> fetch,
      Function<? super R, ? extends List<? extends T>> results) {
    return of(fetch, results).stream();
  }

  /**
   * Skips the first {@code offset} results: the first page is requested at this offset.
   *
   * @param offset results to skip, not negative
   * @return a copy that starts there
   */
  public IntxPages<R, T> startingAt(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    return new IntxPages<>(fetch, results, offset, pinnedAt, clock);
  }

  /**
   * Uses this reference time for every page instead of the clock's time at the start of a walk.
   *
   * @param refDatetime the reference time sent with every page
   * @return a copy pinned at it
   */
  public IntxPages<R, T> pinnedAt(OffsetDateTime refDatetime) {
    return new IntxPages<>(fetch, results, startOffset, Objects.requireNonNull(refDatetime, "refDatetime"), clock);
  }

  /**
   * The clock the reference time is taken from when none is pinned; default system UTC.
   *
   * @param clock the clock
   * @return a copy that uses it
   */
  public IntxPages<R, T> clock(Clock clock) {
    return new IntxPages<>(fetch, results, startOffset, pinnedAt, Objects.requireNonNull(clock, "clock"));
  }

  /** A new walk; its reference time is pinned now, its first page is fetched on first use. */
  @Override
  public Iterator<T> iterator() {
    OffsetDateTime refDatetime =
        pinnedAt != null
            ? pinnedAt
            : OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    return new PageIterator<>(fetch, results, refDatetime, startOffset);
  }

  @Override
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /**
   * A new walk as a sequential stream; its reference time is pinned when the terminal operation
   * starts. Short-circuiting operations such as {@code limit} or {@code findFirst} stop fetching.
   *
   * @return every result, fetched page by page as the stream is consumed
   */
  public Stream<T> stream() {
    return StreamSupport.stream(this::spliterator, Spliterator.ORDERED, false);
  }

  @Override
  public String toString() {
    return "IntxPages{startOffset=" + startOffset + ", pinnedAt=" + pinnedAt + ", clock=" + clock + "}";
  }
}
