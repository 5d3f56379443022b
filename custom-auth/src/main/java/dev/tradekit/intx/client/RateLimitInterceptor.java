package dev.tradekit.intx.client;

import io.github.bucket4j.Bucket;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Holds requests back so that one client sends at most {@code permitsPerSecond} (a token bucket
 * of that size, refilled evenly), shared by every thread using the client. A request that cannot
 * get a permit within the call timeout fails as a timeout instead of waiting forever.
 */
final class RateLimitInterceptor implements Interceptor {
  private final Bucket bucket;

  RateLimitInterceptor(int permitsPerSecond) {
    this.bucket =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(permitsPerSecond).refillGreedy(permitsPerSecond, Duration.ofSeconds(1)))
            .build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long timeout = chain.call().timeout().timeoutNanos();
    try {
      if (timeout == 0) {
        bucket.asBlocking().consume(1);
      } else if (!bucket.asBlocking().tryConsume(1, Duration.ofNanos(timeout))) {
        throw new IntxTimeoutException("no rate-limit permit within the call timeout", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
    }
    return chain.proceed(chain.request());
  }
}
