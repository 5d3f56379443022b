package dev.tradekit.intx.client;

/** HTTP 5xx: the exchange or a proxy in front of it failed. */
public final class IntxServerException extends IntxHttpException {
  private static final long serialVersionUID = 1L;

  IntxServerException(int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    super(statusCode, body, error, requestId);
  }
}
