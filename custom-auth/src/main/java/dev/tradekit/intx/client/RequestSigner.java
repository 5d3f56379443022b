package dev.tradekit.intx.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes {@code CB-ACCESS-SIGN}: Base64(HMAC-SHA256(decoded secret, timestamp + METHOD +
 * requestPath + body)), where requestPath includes {@code /api/v1} and excludes the query.
 *
 * <p>Thread-safe: each thread reuses its own {@link Mac}, so signing allocates only the result.
 */
public final class RequestSigner {
  static final String ALGORITHM = "HmacSHA256";
  private static final byte[] NO_BODY = new byte[0];

  private final ThreadLocal<Mac> macs;

  public RequestSigner(IntxCredentials credentials) {
    SecretKeySpec key = credentials.signingKey();
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  /**
   * @param timestamp Unix seconds as sent in {@code CB-ACCESS-TIMESTAMP}
   * @param method HTTP method; upper-cased before signing
   * @param requestPath the encoded path exactly as on the wire, without the query string
   * @param body the exact body bytes sent; {@code null} or empty for GET and DELETE
   */
  public String sign(String timestamp, String method, String requestPath, byte[] body) {
    Mac mac = macs.get();
    mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
    mac.update(method.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    mac.update(requestPath.getBytes(StandardCharsets.UTF_8));
    mac.update(body == null ? NO_BODY : body);
    return Base64.getEncoder().encodeToString(mac.doFinal());
  }

  /** Checks a received signature in constant time; what a server (the simulator) does. */
  public boolean verify(
      String signature, String timestamp, String method, String requestPath, byte[] body) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(timestamp, method, requestPath, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "RequestSigner{HmacSHA256, key=****}";
  }
}
