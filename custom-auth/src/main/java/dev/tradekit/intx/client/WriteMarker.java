package dev.tradekit.intx.client;

import okhttp3.Interceptor;

/**
 * Tells whether an attempt got as far as writing its request. The retry interceptor tags each
 * attempt with a fresh marker; {@link #INTERCEPTOR}, the outermost network interceptor, which
 * OkHttp runs only once a connection is established, flags it. A failure before that (DNS,
 * connect, a connect timeout, the TLS handshake) certainly never reached the server, whatever the
 * exception's type.
 */
final class WriteMarker {
  static final Interceptor INTERCEPTOR =
      chain -> {
        WriteMarker marker = chain.request().tag(WriteMarker.class);
        if (marker != null) {
          marker.reached = true;
        }
        return chain.proceed(chain.request());
      };

  private volatile boolean reached;

  /** Whether the attempt reached the network interceptors: its request may have been sent. */
  boolean reached() {
    return reached;
  }
}
