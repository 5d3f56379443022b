package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A {@link MockExchange} that serves bodies shaped like the spec's examples (test resources under
 * {@code spec-examples/}) and checks every exchange against the assembled spec with
 * {@link SpecContract}.
 */
abstract class SpecExchange extends MockExchange {
  static final String PORTFOLIO = "5189861793641175";
  static final String TIMESTAMP = Long.toString(NOW.getEpochSecond());

  private final Deque<MockResponse> served = new ArrayDeque<>();

  /** Queues {@code spec-examples/<example>} as a 200 application/json answer. */
  MockResponse serve(String example) {
    MockResponse response =
        new MockResponse().setHeader("Content-Type", "application/json").setBody(example(example));
    server.enqueue(response);
    served.add(response);
    return response;
  }

  /** The next request the server received, after checking it and the answer it got against the spec. */
  RecordedRequest conformingRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached the server");
    SpecContract.assertConforms(request, served.removeFirst());
    return request;
  }

  /** A client without credentials, pointed at the mock exchange. */
  IntxClient publicClient() {
    return IntxClient.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build();
  }

  /** The four CB-ACCESS headers, with a signature computed here over what the server received. */
  static void assertSigned(RecordedRequest request) {
    assertEquals("vector-api-key-0001", request.getHeader("CB-ACCESS-KEY"));
    // Compared without putting the passphrase into a failure message.
    assertTrue(
        SigningVectors.credentials().passphraseMatches(request.getHeader("CB-ACCESS-PASSPHRASE")),
        "CB-ACCESS-PASSPHRASE is not the configured passphrase");
    assertEquals(TIMESTAMP, request.getHeader("CB-ACCESS-TIMESTAMP"));
    assertEquals(
        hmac(TIMESTAMP, request.getMethod(), request.getRequestUrl().encodedPath(), request.getBody().clone().readByteArray()),
        request.getHeader("CB-ACCESS-SIGN"));
  }

  /**
   * A number field equals {@code expected} as a decimal, whether the generator maps it to Double or
   * BigDecimal.
   */
  static void assertDecimal(String expected, Number actual) {
    assertNotNull(actual, "expected " + expected + " but was null");
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), "expected " + expected + " but was " + actual);
  }

  static void assertUnsigned(RecordedRequest request) {
    for (String name : request.getHeaders().names()) {
      assertFalse(name.toUpperCase(Locale.ROOT).startsWith("CB-ACCESS"), name + " sent by a client without credentials");
    }
  }

  /**
   * CB-ACCESS-SIGN computed independently of {@link RequestSigner}: Base64(HMAC-SHA256(Base64-decoded
   * secret, timestamp + METHOD + path + body)).
   */
  static String hmac(String timestamp, String method, String path, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(SigningVectors.SECRET), "HmacSHA256"));
      mac.update((timestamp + method + path).getBytes(StandardCharsets.UTF_8));
      mac.update(body);
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String example(String name) {
    try (InputStream in = SpecExchange.class.getResourceAsStream("/spec-examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource spec-examples/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
