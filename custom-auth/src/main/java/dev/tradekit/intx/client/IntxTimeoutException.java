package dev.tradekit.intx.client;

import java.io.IOException;

/** A connect, read, write or whole-call timeout expired before the response was complete. */
public final class IntxTimeoutException extends IntxTransportException {
  private static final long serialVersionUID = 1L;

  IntxTimeoutException(String message, IOException cause) {
    super(message, cause);
  }
}
