package dev.tradekit.intx.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes {@code CB-ACCESS-SIGN}: Base64(HMAC-SHA256(decoded secret, timestamp + METHOD +
 * requestPath + body)), where requestPath includes {@code /api/v1} and excludes the query.
 *
 * <p>Thread-safe. Each thread reuses its own {@link Mac} and scratch buffers, so signing a
 * request allocates only the signature string.
 */
final class RequestSigner {
  static final String ALGORITHM = "HmacSHA256";
  private static final int DIGEST_BYTES = 32;
  private static final int SIGNATURE_CHARS = 44;

  /** One thread's HMAC and buffers. */
  private static final class Scratch {
    final Mac mac;
    final byte[] ascii = new byte[512];
    final byte[] digest = new byte[DIGEST_BYTES];
    final byte[] base64 = new byte[SIGNATURE_CHARS];

    Scratch(Mac mac) {
      this.mac = mac;
    }

    /** Feeds {@code text} as UTF-8, copying ASCII through the scratch buffer. */
    void update(String text, boolean upperCase) {
      int length = text.length();
      if (length > ascii.length) {
        mac.update((upperCase ? text.toUpperCase(java.util.Locale.ROOT) : text).getBytes(StandardCharsets.UTF_8));
        return;
      }
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          mac.update((upperCase ? text.toUpperCase(java.util.Locale.ROOT) : text).getBytes(StandardCharsets.UTF_8));
          return;
        }
        ascii[i] = (byte) (upperCase && c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
      }
      mac.update(ascii, 0, length);
    }
  }

  private final ThreadLocal<Scratch> scratch;

  RequestSigner(IntxCredentials credentials) {
    SecretKeySpec key = credentials.signingKey();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(newMac(key)));
  }

  /**
   * @param timestamp Unix seconds as sent in {@code CB-ACCESS-TIMESTAMP}
   * @param method HTTP method; upper-cased before signing
   * @param requestPath the encoded path exactly as on the wire, without the query string
   * @param body the exact body bytes sent; {@code null} or empty for GET and DELETE
   */
  String sign(String timestamp, String method, String requestPath, byte[] body) {
    Scratch s = scratch.get();
    s.update(timestamp, false);
    s.update(method, true);
    s.update(requestPath, false);
    if (body != null) {
      s.mac.update(body);
    }
    try {
      s.mac.doFinal(s.digest, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("HmacSHA256 digest is not 32 bytes", e);
    }
    int length = Base64.getEncoder().encode(s.digest, s.base64);
    return new String(s.base64, 0, length, StandardCharsets.ISO_8859_1);
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
