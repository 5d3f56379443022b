package dev.tradekit.intx.client;

/** HTTP 401 or 403: the key, passphrase, signature or timestamp was refused, or the key lacks permission. */
public final class IntxAuthenticationException extends IntxHttpException {
  private static final long serialVersionUID = 1L;

  IntxAuthenticationException(int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    super(statusCode, body, error, requestId);
  }
}
