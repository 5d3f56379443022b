package dev.tradekit.intx.client;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests for this API key (INTX allows 40 per second). */
public final class IntxRateLimitException extends IntxHttpException {
  private static final long serialVersionUID = 1L;

  /** The server's {@code Retry-After}, or null. */
  private final Duration retryAfter;

  IntxRateLimitException(
      int statusCode, ResponseBodySnapshot body, IntxError error, String requestId, Duration retryAfter) {
    super(statusCode, body, error, requestId);
    this.retryAfter = retryAfter;
  }

  /** {@return how long the server asked us to wait, from its {@code Retry-After} header} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
