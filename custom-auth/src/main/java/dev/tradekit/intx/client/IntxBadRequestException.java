package dev.tradekit.intx.client;

/** HTTP 400: the exchange rejected the request's attributes; the message is its reason. */
public final class IntxBadRequestException extends IntxHttpException {
  private static final long serialVersionUID = 1L;

  IntxBadRequestException(int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    super(statusCode, body, error, requestId);
  }
}
