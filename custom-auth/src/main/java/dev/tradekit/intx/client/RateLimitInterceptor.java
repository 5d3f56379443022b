package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds requests back so that the server never sees more than {@code permitsPerSecond} from this
 * client in any sliding second ({@link SlidingWindow}), shared by every thread using the client.
 * A request that cannot get a permit before its call timeout fails with {@link
 * IntxTimeoutException} as soon as that is clear, before OkHttp's call timer fires; the retry policy
 * never repeats it.
 */
final class RateLimitInterceptor implements Interceptor {
  private final SlidingWindow window;
  private final Ticker ticker;

  RateLimitInterceptor(int permitsPerSecond, Ticker ticker) {
    this.window = new SlidingWindow(permitsPerSecond, TimeUnit.SECONDS.toNanos(1), ticker);
    this.ticker = ticker;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long remaining = CallDeadline.of(chain, ticker).remainingNanos(ticker);
    try {
      if (!window.acquire(remaining)) {
        throw new IntxTimeoutException("no rate-limit permit within the call timeout", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
    }
    boolean answered = false;
    try {
      Response response = chain.proceed(chain.request());
      answered = true; // its headers are in: the server saw the request
      return response;
    } finally {
      WriteMarker marker = chain.request().tag(WriteMarker.class);
      if (!answered && marker != null && !marker.reached()) {
        window.unused(); // failed before its connection was established: the server never saw it
      } else {
        window.release();
      }
    }
  }
}
