package dev.tradekit.intx.client;

/** HTTP 404: the path does not exist on this server (often a wrong base URL). */
public final class IntxNotFoundException extends IntxHttpException {
  private static final long serialVersionUID = 1L;

  IntxNotFoundException(int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    super(statusCode, body, error, requestId);
  }
}
