package dev.tradekit.intx.simulator;

import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.RequestSigner;
import dev.tradekit.intx.client.SigningInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the four {@code CB-ACCESS-*} headers as INTX does: known key, matching passphrase, a
 * timestamp within 5 seconds of the clock, and the HMAC over timestamp + method + raw path + body.
 */
final class RequestAuthenticator {
  static final Duration MAX_SKEW = Duration.ofSeconds(5);

  private final IntxCredentials credentials;
  private final RequestSigner signer;
  private final Clock clock;

  RequestAuthenticator(IntxCredentials credentials, Clock clock) {
    this.credentials = credentials;
    this.signer = new RequestSigner(credentials);
    this.clock = clock;
  }

  /** Empty when the request is authentic, otherwise what failed (never a secret). */
  Optional<String> check(Function<String, String> headers, String method, String rawPath, byte[] body) {
    String key = headers.apply(SigningInterceptor.KEY);
    String passphrase = headers.apply(SigningInterceptor.PASSPHRASE);
    String timestamp = headers.apply(SigningInterceptor.TIMESTAMP);
    String signature = headers.apply(SigningInterceptor.SIGN);
    if (key == null || passphrase == null || timestamp == null || signature == null) {
      return Optional.of("missing CB-ACCESS-KEY, CB-ACCESS-PASSPHRASE, CB-ACCESS-TIMESTAMP or CB-ACCESS-SIGN");
    }
    if (!key.equals(credentials.apiKey())) {
      return Optional.of("unknown API key");
    }
    if (!credentials.passphraseMatches(passphrase)) {
      return Optional.of("invalid passphrase");
    }
    if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("CB-ACCESS-TIMESTAMP is not Unix seconds");
    }
    long seconds = Long.parseLong(timestamp);
    if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_SKEW.getSeconds()) {
      return Optional.of("CB-ACCESS-TIMESTAMP is more than " + MAX_SKEW.getSeconds() + " s from the server clock");
    }
    if (!signer.verify(signature, timestamp, method, rawPath, body)) {
      return Optional.of("invalid signature");
    }
    return Optional.empty();
  }
}
