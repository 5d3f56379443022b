package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * How failed calls are repeated: bounded attempts, exponential backoff with jitter, and the
 * server's {@code Retry-After} honoured on 429 and 503.
 *
 * <p>Idempotent methods (GET, DELETE, PUT, HEAD, OPTIONS) are retried on transport failures and on
 * 429, 500, 502, 503 and 504; never on other 4xx. POST and PATCH (create order, transfer,
 * withdrawal) are retried only when the request certainly never reached the server: the attempt
 * failed before its connection was established (unknown host, connection refused, connect
 * timeout, TLS handshake), or an HTTP/2 server refused the stream unprocessed. Never after a read
 * timeout, a reset once the request was written, or any status: a withdrawal is never sent twice.
 * Immutable.
 */
public final class RetryPolicy {
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "DELETE", "PUT", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);

  /** Attempts in all of {@link #defaults()}, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  /** The wait before the second attempt in {@link #defaults()}. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
  /** The cap on the doubling backoff in {@link #defaults()}. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);
  /** The longest {@code Retry-After} that {@link #defaults()} waits for. */
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

  /** {@return the default policy}: 3 attempts, 100 ms initial backoff doubling up to 2 s, Retry-After honoured up to 10 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy of one attempt}: every failure is reported at once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A policy of your own; which calls are retried stays as the class comment says.
   *
   * @param maxAttempts attempts in all, including the first (1 turns retries off)
   * @param initialBackoff the wait before the second attempt; doubled for each further one
   * @param maxBackoff the cap on the exponential backoff
   * @param maxRetryAfter a longer {@code Retry-After} is not waited for: the 429/503 is reported
   * @return the policy
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, a duration is negative, or
   *     {@code maxBackoff} is less than {@code initialBackoff}
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

  /** {@return attempts in all, the first included} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the wait before the second attempt, doubled for each further one} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the cap on the doubling backoff} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the longest {@code Retry-After} waited for} */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Whether an answer with {@code status} to a {@code method} request is worth another attempt. */
  boolean retriesStatus(String method, int status) {
    return maxAttempts > 1 && IDEMPOTENT_METHODS.contains(method) && RETRYABLE_STATUSES.contains(status);
  }

  /**
   * Whether a {@code method} request that failed with {@code failure} is worth another attempt.
   *
   * @param mayHaveBeenSent false when the attempt failed before its connection was established
   *     (DNS, connect, connect timeout, TLS handshake): then it certainly never reached the server
   */
  boolean retriesFailure(String method, IOException failure, boolean mayHaveBeenSent) {
    if (maxAttempts == 1 || !isTransient(failure)) {
      return false;
    }
    return IDEMPOTENT_METHODS.contains(method) || !mayHaveBeenSent || neverReachedServer(failure);
  }

  /**
   * Failures that happen before a single byte of the request is written, told by their type (a
   * connect timeout is not among them: it is a {@code SocketTimeoutException}, like a read timeout;
   * the retry interceptor knows it from when it happened). The HTTP/2 ones are OkHttp's own: a
   * connection already shut down (GOAWAY) takes no new stream, and REFUSED_STREAM means the server
   * did not process it (RFC 9113, 8.7).
   */
  private static boolean neverReachedServer(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException
        || failure instanceof ConnectionShutdownException
        || (failure instanceof StreamResetException
            && ((StreamResetException) failure).errorCode == ErrorCode.REFUSED_STREAM);
  }

  /**
   * Whether another attempt could end differently. Not for the client's own verdicts (an
   * {@link IntxException}, e.g. no rate-limit permit within the call timeout), an interrupted or
   * timed-out call, a protocol violation, or a certificate the client refuses (as OkHttp judges).
   */
  private static boolean isTransient(IOException failure) {
    if (failure instanceof IntxException || failure instanceof ProtocolException) {
      return false;
    }
    if (failure instanceof InterruptedIOException) {
      return failure instanceof SocketTimeoutException;
    }
    if (failure instanceof SSLPeerUnverifiedException) {
      return false;
    }
    return !(failure instanceof SSLHandshakeException && failure.getCause() instanceof CertificateException);
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
