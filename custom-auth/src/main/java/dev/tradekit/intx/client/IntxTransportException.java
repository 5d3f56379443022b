package dev.tradekit.intx.client;

import java.io.IOException;

/**
 * No usable response arrived: the connection failed or was reset. Whether the exchange acted on
 * the request is unknown; repeating a cancel is harmless.
 */
public class IntxTransportException extends IntxException {
  private static final long serialVersionUID = 1L;

  /** @param message may quote the server (an unexpected status line): it is made safe to show */
  IntxTransportException(String message, IOException cause) {
    super(ServerText.forDisplay(message), cause);
  }
}
