package dev.tradekit.intx.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the four {@code CB-ACCESS-*} headers as INTX does: known key, matching passphrase, a
 * timestamp within 5 seconds of the clock, and the HMAC over timestamp + method + raw path + body.
 * The HMAC is computed here, not by the client's signer, so that one bug cannot pass both sides.
 */
final class RequestAuthenticator {
  static final Duration MAX_SKEW = Duration.ofSeconds(5);

  private final String apiKey;
  private final byte[] passphrase;
  private final SecretKeySpec secret;
  private final Clock clock;

  /** @param base64Secret the account's signing secret, Base64 as INTX issues it */
  RequestAuthenticator(String apiKey, String passphrase, String base64Secret, Clock clock) {
    this.apiKey = apiKey;
    this.passphrase = passphrase.getBytes(StandardCharsets.UTF_8);
    this.secret = new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256");
    this.clock = clock;
  }

  /** Empty when the request is authentic, otherwise what failed (never a secret). */
  Optional<String> check(Function<String, String> headers, String method, String rawPath, byte[] body) {
    Optional<String> failure = checkHeaders(headers);
    return failure.isPresent() ? failure : checkSignature(headers, method, rawPath, body);
  }

  /**
   * The checks that need no body: all four headers, the key, the passphrase and the timestamp.
   * Run before a body is read, so an unauthenticated request never makes the server read one.
   */
  Optional<String> checkHeaders(Function<String, String> headers) {
    String key = headers.apply("CB-ACCESS-KEY");
    String passphrase = headers.apply("CB-ACCESS-PASSPHRASE");
    String timestamp = headers.apply("CB-ACCESS-TIMESTAMP");
    String signature = headers.apply("CB-ACCESS-SIGN");
    if (key == null || passphrase == null || timestamp == null || signature == null) {
      return Optional.of("missing CB-ACCESS-KEY, CB-ACCESS-PASSPHRASE, CB-ACCESS-TIMESTAMP or CB-ACCESS-SIGN");
    }
    if (!key.equals(apiKey)) {
      return Optional.of("unknown API key");
    }
    if (!MessageDigest.isEqual(this.passphrase, passphrase.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of("invalid passphrase");
    }
    if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("CB-ACCESS-TIMESTAMP is not Unix seconds");
    }
    long seconds = Long.parseLong(timestamp);
    if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_SKEW.getSeconds()) {
      return Optional.of("CB-ACCESS-TIMESTAMP is more than " + MAX_SKEW.getSeconds() + " s from the server clock");
    }
    return Optional.empty();
  }

  /** The HMAC over timestamp + method + raw path + body; call after {@link #checkHeaders}. */
  Optional<String> checkSignature(Function<String, String> headers, String method, String rawPath, byte[] body) {
    byte[] expected = expectedSignature(headers.apply("CB-ACCESS-TIMESTAMP") + method + rawPath, body);
    if (!MessageDigest.isEqual(expected, headers.apply("CB-ACCESS-SIGN").getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("invalid signature");
    }
    return Optional.empty();
  }

  /** Base64(HMAC-SHA256(the decoded secret, timestamp + METHOD + path + body)), as FACTS.md states it. */
  private byte[] expectedSignature(String prehash, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      mac.update(prehash.getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        mac.update(body);
      }
      return Base64.getEncoder().encode(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
