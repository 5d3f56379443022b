package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds requests back so that the server never sees more than its limit in any sliding second
 * ({@link RateLimiter}: this client's own, or shared by every client on the API key), shared by
 * every thread using the client; cancels ({@code DELETE}, the only method the API uses for them)
 * may also take the permits kept for them. A request that cannot get a permit before its call
 * timeout fails with {@link IntxTimeoutException} as soon as that is clear, before OkHttp's call
 * timer fires; the retry policy never repeats it.
 */
final class RateLimitInterceptor implements Interceptor {
  private final RateLimiter limiter;
  private final Ticker ticker;

  RateLimitInterceptor(RateLimiter limiter, Ticker ticker) {
    this.limiter = limiter;
    this.ticker = ticker;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long remaining = CallDeadline.of(chain, ticker).remainingNanos(ticker);
    boolean cancel = "DELETE".equals(chain.request().method());
    RateLimiter.Permit permit;
    try {
      permit = limiter.acquire(cancel, remaining);
      if (permit == null) {
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
        permit.unused(); // failed before its connection was established: the server never saw it
      } else {
        permit.release();
      }
    }
  }
}
