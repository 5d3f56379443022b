package dev.tradekit.intx.client;

import okhttp3.Request;

/**
 * Tells whether an attempt got as far as writing its request. The retry interceptor tags each
 * attempt with a fresh marker; the {@link AttemptInterceptor}, a network interceptor, which OkHttp
 * runs only once a connection is established, flags it. A failure before that (DNS, connect, a
 * connect timeout, the TLS handshake) certainly never reached the server, whatever the exception's
 * type.
 */
final class WriteMarker {
  private volatile boolean reached;

  /** Flags the marker {@code request} carries, if any: its connection is up. */
  static void markReached(Request request) {
    WriteMarker marker = request.tag(WriteMarker.class);
    if (marker != null) {
      marker.reached = true;
    }
  }

  /** Whether the attempt reached the network interceptors: its request may have been sent. */
  boolean reached() {
    return reached;
  }
}
