package dev.tradekit.intx.client;

import java.io.IOException;

/**
 * Root of every failure the client reports for a call: the exchange's refusal, a response that
 * could not be read, or a transport failure. It is an {@link IOException} because that is what
 * {@code retrofit2.Call.execute()} declares, so {@code catch (IOException e)} sees all of them.
 */
public abstract class IntxException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * For the subclasses in this package.
   *
   * @param message what failed, never a secret
   * @param cause the underlying failure, or null
   */
  protected IntxException(String message, Throwable cause) {
    super(message, cause);
  }
}
