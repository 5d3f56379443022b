package dev.tradekit.intx.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed calls are repeated: bounded attempts, exponential backoff with jitter, and the
 * server's {@code Retry-After} honoured on 429 and 503. Only idempotent methods (GET, DELETE, PUT,
 * HEAD, OPTIONS) are retried, on connection failures, 429, 500, 502, 503 and 504; never on other
 * 4xx. Immutable.
 */
public final class RetryPolicy {
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(10);

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_MAX_RETRY_AFTER);
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
  }

  /** 3 attempts, 100 ms initial backoff doubling up to 2 s, Retry-After honoured up to 10 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: every failure is reported at once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * @param maxAttempts attempts in all, including the first (1 turns retries off)
   * @param initialBackoff the wait before the second attempt; doubled for each further one
   * @param maxBackoff the cap on the exponential backoff
   * @param maxRetryAfter a longer {@code Retry-After} is not waited for: the 429/503 is reported
   */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    requireNotNegative(initialBackoff, "initialBackoff");
    requireNotNegative(maxBackoff, "maxBackoff");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be less than initialBackoff");
    }
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The backoff before attempt {@code attempt + 1}: half the exponential value plus a random part
   * of up to the other half, so that clients that failed together do not retry together.
   *
   * @param random a number in [0, 1)
   */
  Duration backoffAfter(int attempt, double random) {
    long initial = initialBackoff.toNanos();
    long exponential = attempt >= 62 ? Long.MAX_VALUE : initial << Math.min(attempt - 1, 30);
    long capped = Math.min(Math.max(exponential, initial), maxBackoff.toNanos());
    return Duration.ofNanos(capped / 2 + (long) (capped / 2 * random));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
  }
}
