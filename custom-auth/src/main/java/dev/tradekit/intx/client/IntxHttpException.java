package dev.tradekit.intx.client;

import java.util.Optional;

/**
 * The exchange (or something in front of it) answered with a non-2xx status. Subclasses name the
 * common cases; this class itself covers the rest (other 4xx, unexpected 3xx).
 */
public class IntxHttpException extends IntxException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int statusCode;
  private final transient ResponseBodySnapshot body;
  private final transient IntxError error;
  /** The response's request id header, or null. */
  private final String requestId;

  /**
   * For the subclasses in this package.
   *
   * @param message what failed, never a secret
   * @param statusCode the HTTP status
   * @param body the response body as received
   * @param error the body parsed, or null
   * @param requestId the response's request id header, or null
   */
  protected IntxHttpException(
      String message, int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    super(message, null);
    this.statusCode = statusCode;
    this.body = body;
    this.error = error;
    this.requestId = requestId;
  }

  IntxHttpException(int statusCode, ResponseBodySnapshot body, IntxError error, String requestId) {
    this(describe(statusCode, body, error), statusCode, body, error, requestId);
  }

  /**
   * "HTTP 400: reason" when the body carried a reason, otherwise what kind of body came back. The
   * server's text is made one bounded line with control characters escaped ({@link ServerText}).
   */
  static String describe(int statusCode, ResponseBodySnapshot body, IntxError error) {
    String detail =
        error != null && error.reason().isPresent() ? ServerText.forDisplay(error.reason().get()) : body.describe();
    return "HTTP " + statusCode + ": " + detail;
  }

  /** {@return the HTTP status, e.g. 400} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the response body as received, capped at {@link ResponseBodySnapshot#MAX_BYTES}} */
  public String rawBody() {
    return body.text();
  }

  /** {@return true when the body was longer than the cap and {@link #rawBody()} holds only its start} */
  public boolean rawBodyTruncated() {
    return body.truncated();
  }

  /** {@return the error body parsed into INTX's fields, when it was JSON in one of the known shapes} */
  public Optional<IntxError> error() {
    return Optional.ofNullable(error);
  }

  /** {@return the exchange's reason (title, message or error), when the body carried one} */
  public Optional<String> reason() {
    return error().flatMap(IntxError::reason);
  }

  /** {@return the request id header of the response, if the server sent one}, for support tickets. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
