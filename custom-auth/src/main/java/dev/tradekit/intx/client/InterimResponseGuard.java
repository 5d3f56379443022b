package dev.tradekit.intx.client;

import java.io.IOException;
import java.net.ProtocolException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns the IllegalStateException OkHttp 4.12 throws after a second interim (1xx) response into a
 * {@link ProtocolException}. The {@link AttemptInterceptor} sends every attempt through it.
 *
 * <p>Which workaround this is, and why: OkHttp 4.12's CallServerInterceptor skips one 1xx response
 * only. After two (say two {@code 103 Early Hints} from a CDN) its HTTP/1.1 codec fails with
 * {@code IllegalStateException: state: 3}; over HTTP/2 the second 1xx is taken for the answer. No
 * public hook of 4.12 can read past it: interceptors see the exchange only after that code ran.
 * OkHttp 5 loops over 1xx responses (checked in 5.3.2), but on Maven its JVM jar is {@code
 * okhttp-jvm} with Kotlin stdlib 2.2: every module's dependency would change, the generated
 * client's included, so the upgrade is left to its own change. Until then such a call fails, but
 * as a typed {@link IntxTransportException} that the retry policy never repeats (a protocol
 * error), instead of an unchecked exception that escapes {@code execute()} and, for {@code
 * enqueue()}, dies on OkHttp's dispatcher thread. OkHttp closes the connection either way.
 */
final class InterimResponseGuard {
  private InterimResponseGuard() {}

  static Response proceed(Interceptor.Chain chain, Request request) throws IOException {
    try {
      return chain.proceed(request);
    } catch (IllegalStateException e) {
      ProtocolException failure =
          new ProtocolException(
              "the HTTP exchange ended in an inconsistent state (as OkHttp 4.12 does after a second 1xx response)");
      failure.initCause(e);
      throw failure;
    }
  }
}
