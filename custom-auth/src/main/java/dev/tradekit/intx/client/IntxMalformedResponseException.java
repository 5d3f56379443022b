package dev.tradekit.intx.client;

/** A 2xx response whose body is not the JSON the API promises (empty, truncated, HTML...). */
public final class IntxMalformedResponseException extends IntxException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, a 2xx. */
  private final int statusCode;
  private final transient ResponseBodySnapshot body;

  IntxMalformedResponseException(int statusCode, ResponseBodySnapshot body, Throwable cause) {
    super("HTTP " + statusCode + " with an unreadable body: " + body.describe(), cause);
    this.statusCode = statusCode;
    this.body = body;
  }

  /** {@return the HTTP status, a 2xx} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the response body as received, capped at {@link ResponseBodySnapshot#MAX_BYTES}} */
  public String rawBody() {
    return body.text();
  }
}
