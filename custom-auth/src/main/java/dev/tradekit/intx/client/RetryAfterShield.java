package dev.tradekit.intx.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps a 503's {@code Retry-After} out of sight of OkHttp's RetryAndFollowUpInterceptor, which
 * reads it even with {@code retryOnConnectionFailure(false)}: on {@code Retry-After: 0} it sends
 * the request again at once (a POST too, and past {@link RetryPolicy#none()}), and on a value
 * beyond the int range it throws NumberFormatException. {@link #HIDE}, the outermost network
 * interceptor, renames the header on the way up; {@link #RESTORE}, the innermost application
 * interceptor, puts it back, so the retry layer, the error mapper and the caller see it unchanged.
 */
final class RetryAfterShield {
  private static final String HIDDEN = "Intx-Shielded-Retry-After";

  static final Interceptor HIDE = chain -> move(chain.proceed(chain.request()), "Retry-After", HIDDEN);
  static final Interceptor RESTORE = chain -> move(chain.proceed(chain.request()), HIDDEN, "Retry-After");

  private RetryAfterShield() {}

  private static Response move(Response response, String from, String to) throws IOException {
    if (response.code() != 503 || response.header(from) == null) {
      return response;
    }
    Response.Builder moved = response.newBuilder().removeHeader(from);
    for (String value : response.headers(from)) {
      moved.addHeader(to, value);
    }
    return moved.build();
  }
}
