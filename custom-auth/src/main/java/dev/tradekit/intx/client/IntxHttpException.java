package dev.tradekit.intx.client;

import java.util.Optional;

/**
 * The exchange (or something in front of it) answered with a non-2xx status. Subclasses name the
 * common cases; this class itself covers the rest (other 4xx, unexpected 3xx).
 */
public class IntxHttpException extends IntxException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient ResponseBodySnapshot body;
  private final transient IntxError error;
  private final String requestId;

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

  public int statusCode() {
    return statusCode;
  }

  /** The response body as received, capped at {@link ResponseBodySnapshot#MAX_BYTES}. */
  public String rawBody() {
    return body.text();
  }

  /** True when the body was longer than the cap and {@link #rawBody()} holds only its start. */
  public boolean rawBodyTruncated() {
    return body.truncated();
  }

  /** The error body parsed into INTX's fields, when it was JSON in one of the known shapes. */
  public Optional<IntxError> error() {
    return Optional.ofNullable(error);
  }

  /** The exchange's reason (title, message or error), when the body carried one. */
  public Optional<String> reason() {
    return error().flatMap(IntxError::reason);
  }

  /** The request id header of the response, if the server sent one, for support tickets. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
