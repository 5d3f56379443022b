package dev.tradekit.intx.client;

import java.io.IOException;
import java.util.Optional;

/**
 * A cancel whose outcome is unknown: an earlier attempt may have reached the exchange (its
 * connection broke or timed out after the request was sent, or a 5xx came back), the retry was
 * told the order is already done or unknown, and looking the order up failed too. The order is
 * no longer open, but whether this cancel ended it, or a fill or another cancel did, is unknown:
 * fetch the order or its fills later to find out.
 *
 * <p>This is not a refusal by the exchange, which is why it is not an {@link IntxHttpException}.
 * {@link #statusCode()}, {@link #rawBody()} and {@link #error()} are those of the retry's answer
 * (e.g. 400 with {@code ORDER_ALREADY_DONE}); {@link #getCause()} is why the lookup failed.
 */
public final class IntxOutcomeUnknownException extends IntxException {
  private static final long serialVersionUID = 1L;

  /** The status of the retry's answer. */
  private final int statusCode;
  private final transient ResponseBodySnapshot body;
  private final transient IntxError error;

  IntxOutcomeUnknownException(int statusCode, ResponseBodySnapshot body, IntxError error, IOException lookupFailure) {
    super(
        "the order is no longer open, but the outcome of this cancel is unknown: an earlier attempt may have "
            + "reached the exchange and its answer was lost; the retry got "
            + IntxHttpException.describe(statusCode, body, error)
            + ", and looking the order up failed: "
            + lookupFailure.getMessage(),
        lookupFailure);
    this.statusCode = statusCode;
    this.body = body;
    this.error = error;
  }

  /** {@return the status of the retry's answer, e.g. 400} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the body of the retry's answer as received, capped at 64 KiB} */
  public String rawBody() {
    return body.text();
  }

  /** {@return the retry's answer parsed, e.g. with the code {@code ORDER_ALREADY_DONE}} */
  public Optional<IntxError> error() {
    return Optional.ofNullable(error);
  }

  /** Why the order could not be looked up: an {@link IntxException}, e.g. a timeout or a 404. */
  @Override
  public synchronized IntxException getCause() {
    return (IntxException) super.getCause();
  }
}
