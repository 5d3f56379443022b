package dev.tradekit.intx.client;

import java.io.UncheckedIOException;

/**
 * An {@link IntxException} where only unchecked exceptions can pass, e.g. out of
 * {@link java.util.Iterator#next()} or a {@link java.util.stream.Stream}. {@link #getCause()} is the
 * exception the call itself threw: catch this and rethrow or inspect {@code getCause()}.
 */
public final class UncheckedIntxException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps what a call threw, keeping its message.
   *
   * @param cause the exception the call threw
   */
  public UncheckedIntxException(IntxException cause) {
    super(cause.getMessage(), cause);
  }

  /** The exception the call threw, e.g. {@link IntxBadRequestException}. */
  @Override
  public synchronized IntxException getCause() {
    return (IntxException) super.getCause();
  }
}
