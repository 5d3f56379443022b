package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.api.Test;

/** The rules, on their own: which statuses and failures are retried for which methods. */
class RetryPolicyTest {
  private static final RetryPolicy POLICY = RetryPolicy.defaults();
  private static final boolean SENT = true;
  private static final boolean UNSENT = false;

  @Test
  void statusesAreRetriedForIdempotentMethodsOnly() {
    for (int status : new int[] {429, 500, 502, 503, 504}) {
      for (String method : new String[] {"GET", "HEAD", "DELETE", "PUT", "OPTIONS"}) {
        assertTrue(POLICY.retriesStatus(method, status), method + " " + status);
      }
      assertFalse(POLICY.retriesStatus("POST", status));
      assertFalse(POLICY.retriesStatus("PATCH", status));
    }
    for (int status : new int[] {200, 400, 401, 403, 404, 408, 409, 501}) {
      assertFalse(POLICY.retriesStatus("GET", status), "GET " + status);
    }
  }

  @Test
  void aPostIsRetriedOnlyWhenItCertainlyNeverReachedTheServer() {
    assertTrue(POLICY.retriesFailure("POST", new SocketTimeoutException("connect timed out"), UNSENT));
    assertTrue(POLICY.retriesFailure("POST", new ConnectException("refused"), SENT));
    assertTrue(POLICY.retriesFailure("POST", new UnknownHostException("x"), SENT));
    assertTrue(POLICY.retriesFailure("PATCH", new StreamResetException(ErrorCode.REFUSED_STREAM), SENT));

    assertFalse(POLICY.retriesFailure("POST", new SocketTimeoutException("Read timed out"), SENT));
    assertFalse(POLICY.retriesFailure("POST", new IOException("unexpected end of stream"), SENT));
    assertFalse(POLICY.retriesFailure("POST", new StreamResetException(ErrorCode.CANCEL), SENT));
    assertFalse(POLICY.retriesFailure("PATCH", new IOException("Connection reset"), SENT));
  }

  @Test
  void idempotentMethodsAreRetriedOnTransientFailuresWhereverTheyHappened() {
    assertTrue(POLICY.retriesFailure("GET", new SocketTimeoutException("Read timed out"), SENT));
    assertTrue(POLICY.retriesFailure("DELETE", new IOException("unexpected end of stream"), SENT));
    assertTrue(POLICY.retriesFailure("PUT", new ConnectException("refused"), UNSENT));
  }

  @Test
  void someFailuresAreNeverRetried() {
    IOException[] neverRetried = {
      new IntxTimeoutException("no rate-limit permit within the call timeout", null),
      new InterruptedIOException("timeout"),
      new ProtocolException("bad status line"),
      new SSLPeerUnverifiedException("Hostname exchange.example not verified"),
      new SSLHandshakeException("untrusted") {
        {
          initCause(new CertificateException("untrusted"));
        }
      },
    };
    for (IOException failure : neverRetried) {
      assertFalse(POLICY.retriesFailure("GET", failure, SENT), failure.toString());
      assertFalse(POLICY.retriesFailure("POST", failure, UNSENT), failure.toString());
    }
  }

  /** A handshake that failed for another reason than the certificate (a reset, say) may succeed next time. */
  @Test
  void aHandshakeFailureWithoutACertificateProblemIsRetried() {
    assertTrue(POLICY.retriesFailure("GET", new SSLHandshakeException("Remote host terminated the handshake"), SENT));
  }

  @Test
  void theAccessorsReturnWhatThePolicyWasMadeWith() {
    RetryPolicy policy = RetryPolicy.of(5, Duration.ofMillis(30), Duration.ofSeconds(4), Duration.ofSeconds(7));

    assertEquals(5, policy.maxAttempts());
    assertEquals(Duration.ofMillis(30), policy.initialBackoff());
    assertEquals(Duration.ofSeconds(4), policy.maxBackoff());
    assertEquals(Duration.ofSeconds(7), policy.maxRetryAfter());
    assertEquals(Duration.ofMillis(100), RetryPolicy.defaults().initialBackoff());
    assertEquals(Duration.ofSeconds(2), RetryPolicy.defaults().maxBackoff());
  }

  @Test
  void ofRefusesWhatCannotWorkNamingTheArgument() {
    Duration second = Duration.ofSeconds(1);
    Duration negative = Duration.ofMillis(-1);

    assertEquals("maxAttempts must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(0, second, second, second)).getMessage());
    assertEquals("initialBackoff must not be negative",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, negative, second, second)).getMessage());
    assertEquals("maxBackoff must not be negative",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, Duration.ZERO, negative, second)).getMessage());
    assertEquals("maxRetryAfter must not be negative",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, second, second, negative)).getMessage());
    assertEquals("maxBackoff must not be less than initialBackoff",
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(2, second, Duration.ofMillis(999), second)).getMessage());
  }

  @Test
  void ofAcceptsOneAttemptAndEqualBackoffs() {
    RetryPolicy policy = RetryPolicy.of(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);

    assertEquals(1, policy.maxAttempts());
    assertFalse(policy.retriesStatus("GET", 503));
    assertEquals(
        "RetryPolicy{maxAttempts=1, initialBackoff=PT1S, maxBackoff=PT1S, maxRetryAfter=PT0S}", policy.toString());
  }

  @Test
  void noneRetriesNothing() {
    assertFalse(RetryPolicy.none().retriesStatus("GET", 503));
    assertFalse(RetryPolicy.none().retriesFailure("GET", new ConnectException("refused"), UNSENT));
  }
}
