package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an idempotent request after a connection failure or a retryable status, as the
 * {@link RetryPolicy} says. Each attempt passes through the signing interceptor again, so it is
 * signed with a fresh timestamp. Never waits past the call timeout.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "DELETE", "PUT", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 500, 502, 503, 504);

  private final RetryPolicy policy;
  private final Clock clock;

  RetryInterceptor(RetryPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (policy.maxAttempts() == 1 || !IDEMPOTENT.contains(request.method())) {
      return chain.proceed(request);
    }
    long callTimeout = chain.call().timeout().timeoutNanos();
    long deadline = callTimeout == 0 ? Long.MAX_VALUE : System.nanoTime() + callTimeout;
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (chain.call().isCanceled()) {
          throw e;
        }
        failure = e;
      }
      if (response != null && !RETRYABLE_STATUS.contains(response.code())) {
        return response;
      }
      Duration wait = waitBeforeRetry(attempt, response);
      if (attempt >= policy.maxAttempts() || wait == null || System.nanoTime() + wait.toNanos() >= deadline) {
        if (failure != null) {
          throw failure;
        }
        return response;
      }
      LOG.debug(
          "Retrying {} {} after {} (attempt {} of {}) in {} ms",
          request.method(),
          request.url().encodedPath(),
          failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.code(),
          attempt + 1,
          policy.maxAttempts(),
          wait.toMillis());
      if (response != null) {
        response.close();
      }
      sleep(wait);
    }
  }

  /** The backoff, or the server's Retry-After when longer; null when that is too long to wait. */
  private Duration waitBeforeRetry(int attempt, Response response) {
    Duration backoff = policy.backoffAfter(attempt, ThreadLocalRandom.current().nextDouble());
    if (response == null || (response.code() != 429 && response.code() != 503)) {
      return backoff;
    }
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
    if (retryAfter == null) {
      return backoff;
    }
    if (retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
      return null;
    }
    return retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
  }

  private static void sleep(Duration wait) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
