package dev.tradekit.intx.client;

import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The client's one network interceptor: what happens to each attempt once its connection is up,
 * in one pass. OkHttp runs it after any network interceptor of a user's own OkHttpClient (so those
 * never see the credentials), just before the request is written. In order:
 * <ol>
 *   <li>flags the attempt's {@link WriteMarker}: from here on it may have been sent;
 *   <li>signs it ({@link SigningInterceptor#sign}), on a client with credentials;
 *   <li>describes it in the {@link WireLog}, when that is on;
 *   <li>hides a 503's {@code Retry-After} from OkHttp ({@link RetryAfterShield}).
 * </ol>
 */
final class AttemptInterceptor implements Interceptor {
  private final SigningInterceptor signing;
  private final WireLog wireLog;

  /** @param signing null for a client without credentials: its requests go out as they are */
  AttemptInterceptor(SigningInterceptor signing, WireLog wireLog) {
    this.signing = signing;
    this.wireLog = wireLog;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    WriteMarker.markReached(chain.request());
    Request request = signing == null ? chain.request() : signing.sign(chain.request());
    Consumer<String> lines = wireLog.lines();
    Response response;
    if (lines == null) {
      response = chain.proceed(request);
    } else {
      wireLog.request(lines, request);
      long started = System.nanoTime();
      response = chain.proceed(request);
      wireLog.response(lines, response, started);
    }
    return RetryAfterShield.hide(response);
  }
}
