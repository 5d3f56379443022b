package dev.tradekit.intx.client.paging;

import dev.tradekit.intx.client.IntxException;
import dev.tradekit.intx.client.UncheckedIntxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.HttpException;
import retrofit2.Response;

/**
 * Walks one list operation page by page, fetching the next page only when the current one is used
 * up. Stops after a short or empty page. A page that fails leaves the position where it was, so
 * calling {@link #hasNext()} again asks for the same page again. Not thread-safe (like any
 * iterator); the walks of one {@link IntxPages} are independent.
 */
final class PageIterator<R, T> implements Iterator<T> {
  private final Function<? super PageRequest, ? extends Call<R>> fetch;
  private final Function<? super R, ? extends List<? extends T>> results;
  private final OffsetDateTime refDatetime;
  private int nextOffset;
  private Iterator<? extends T> page = Collections.emptyIterator();
  private boolean lastPageFetched;

  PageIterator(
      Function<? super PageRequest, ? extends Call<R>> fetch,
      Function<? super R, ? extends List<? extends T>> results,
      OffsetDateTime refDatetime,
      int offset) {
    this.fetch = fetch;
    this.results = results;
    this.refDatetime = refDatetime;
    this.nextOffset = offset;
  }

  @Override
  public boolean hasNext() {
    while (!page.hasNext()) {
      if (lastPageFetched) {
        return false;
      }
      fetchNextPage();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }

  private void fetchNextPage() {
    Call<R> call = fetch.apply(new PageRequest(refDatetime, IntxPages.PAGE_SIZE, nextOffset));
    Response<R> response;
    try {
      response = call.execute();
    } catch (IntxException e) {
      throw new UncheckedIntxException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!response.isSuccessful()) {
      // Only for a Call from outside IntxClient: an IntxClient call throws IntxException instead.
      throw new HttpException(response);
    }
    List<? extends T> items = response.body() == null ? null : results.apply(response.body());
    if (items == null) {
      items = List.of();
    }
    lastPageFetched = items.size() < IntxPages.PAGE_SIZE;
    nextOffset += items.size();
    page = items.iterator();
  }
}
