package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a request after a failure or a status that the {@link RetryPolicy} calls retryable. Each
 * attempt passes through the signing interceptor again, so it is signed with a fresh timestamp.
 * Each carries a {@link WriteMarker}, which tells whether a failed attempt may have been sent, and
 * the {@link CallDeadline}; after a failure before sending, the next attempt starts at the host's
 * next address ({@link FailoverDns}). Never waits past the call timeout. It is the only thing that
 * repeats a request: the client turns OkHttp's own retries and follow-ups off.
 *
 * <p>As it copies the request for each attempt anyway, that copy also gets the {@link UserAgent};
 * and each answer gets back the {@code Retry-After} the {@link RetryAfterShield} hid from OkHttp.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  private final RetryPolicy policy;
  private final Clock clock;
  private final Ticker ticker;

  RetryInterceptor(RetryPolicy policy, Clock clock, Ticker ticker) {
    this.policy = policy;
    this.clock = clock;
    this.ticker = ticker;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    CallDeadline deadline = CallDeadline.of(chain, ticker);
    Request request = chain.request();
    String method = request.method();
    int unsent = 0; // earlier attempts that failed before their connection was established
    DeliveryRecord delivery = request.tag(DeliveryRecord.class);
    for (int attempt = 1; ; attempt++) {
      WriteMarker marker = new WriteMarker();
      Request attemptRequest =
          UserAgent.addTo(request, request.newBuilder()).tag(CallDeadline.class, deadline).tag(WriteMarker.class, marker).build();
      Response response;
      try {
        response = RetryAfterShield.restore(FailoverDns.proceedSkipping(unsent, chain, attemptRequest));
      } catch (IOException e) {
        unsent += marker.reached() ? 0 : 1;
        if (marker.reached() && delivery != null) {
          delivery.markMayHaveBeenDelivered(); // sent, or being sent, when it failed: no answer to go by
        }
        boolean retry =
            attempt < policy.maxAttempts()
                && !chain.call().isCanceled()
                && policy.retriesFailure(method, e, marker.reached());
        Duration wait = policy.backoffAfter(attempt, ThreadLocalRandom.current().nextDouble());
        if (!retry || !fitsBefore(deadline, wait)) {
          throw e;
        }
        pause(request, attempt, e.getClass().getSimpleName(), wait);
        continue;
      }
      if (response.code() >= 500 && delivery != null) {
        delivery.markMayHaveBeenDelivered(); // a gateway also answers 5xx when the server behind it did the work
      }
      if (attempt >= policy.maxAttempts() || !policy.retriesStatus(method, response.code())) {
        return response;
      }
      Duration wait = waitBeforeRetry(attempt, response);
      if (wait == null || !fitsBefore(deadline, wait)) {
        return response;
      }
      response.close();
      pause(request, attempt, "HTTP " + response.code(), wait);
    }
  }

  private boolean fitsBefore(CallDeadline deadline, Duration wait) {
    return wait.toNanos() < deadline.remainingNanos(ticker);
  }

  /** The backoff, or the server's Retry-After when longer; null when that is too long to wait. */
  private Duration waitBeforeRetry(int attempt, Response response) {
    Duration backoff = policy.backoffAfter(attempt, ThreadLocalRandom.current().nextDouble());
    if (response.code() != 429 && response.code() != 503) {
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

  private void pause(Request request, int attempt, String reason, Duration wait) throws InterruptedIOException {
    LOG.debug(
        "Retrying {} {} after {} (attempt {} of {}) in {} ms",
        request.method(),
        request.url().encodedPath(),
        reason,
        attempt + 1,
        policy.maxAttempts(),
        wait.toMillis());
    try {
      ticker.sleep(wait.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
