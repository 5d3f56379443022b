package dev.tradekit.intx.client;

import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Adds the four {@code CB-ACCESS-*} headers to requests for the configured exchange host, signing
 * the method, encoded path and body bytes exactly as they go on the wire.
 *
 * <p>The client's {@link AttemptInterceptor}, a network interceptor, calls {@link #sign} once per
 * attempt at the last moment (a retry gets a fresh timestamp). The client follows no redirects; a
 * request to any other scheme, host or port (one made with {@link IntxClient#httpClient()}, say)
 * goes out without credentials. As an interceptor of its own, it signs the requests of a plain
 * OkHttpClient the same way (the benchmarks use it so).
 */
final class SigningInterceptor implements Interceptor {
  static final String KEY = "CB-ACCESS-KEY";
  static final String PASSPHRASE = "CB-ACCESS-PASSPHRASE";
  static final String TIMESTAMP = "CB-ACCESS-TIMESTAMP";
  static final String SIGN = "CB-ACCESS-SIGN";

  private final IntxCredentials credentials;
  private final RequestSigner signer;
  private final HttpUrl exchange;
  private final Clock clock;

  SigningInterceptor(IntxCredentials credentials, HttpUrl exchange, Clock clock) {
    this.credentials = credentials;
    this.signer = new RequestSigner(credentials);
    this.exchange = exchange;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(sign(chain.request()));
  }

  /** {@return the request signed, or without credentials when it is not for the exchange} */
  Request sign(Request request) throws IOException {
    if (!isExchange(request.url())) {
      return withoutCredentials(request);
    }
    byte[] body = bodyBytes(request.body());
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String signature = signer.sign(timestamp, request.method(), request.url().encodedPath(), body);
    Request.Builder signed =
        request.newBuilder()
            .header(KEY, credentials.apiKey())
            .header(PASSPHRASE, credentials.passphrase())
            .header(TIMESTAMP, timestamp)
            .header(SIGN, signature);
    if (body != null) {
      // Send the very bytes that were signed: a body may not write the same bytes twice.
      signed.method(request.method(), RequestBody.create(body, request.body().contentType()));
    }
    return signed.build();
  }

  private boolean isExchange(HttpUrl url) {
    return url.scheme().equals(exchange.scheme())
        && url.host().equals(exchange.host())
        && url.port() == exchange.port();
  }

  private static Request withoutCredentials(Request request) {
    if (request.header(KEY) == null && request.header(PASSPHRASE) == null && request.header(SIGN) == null) {
      return request;
    }
    return request.newBuilder().removeHeader(KEY).removeHeader(PASSPHRASE).removeHeader(TIMESTAMP).removeHeader(SIGN).build();
  }

  private static byte[] bodyBytes(RequestBody body) throws IOException {
    if (body == null) {
      return null;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteArray();
  }

  @Override
  public String toString() {
    return "SigningInterceptor{host=" + exchange.host() + ", credentials=" + credentials + "}";
  }
}
