package dev.tradekit.intx.client;

import okhttp3.Response;

/**
 * Keeps a 503's {@code Retry-After} out of sight of OkHttp's RetryAndFollowUpInterceptor, which
 * reads it even with {@code retryOnConnectionFailure(false)}: on {@code Retry-After: 0} it sends
 * the request again at once (a POST too, and past {@link RetryPolicy#none()}), and on a value
 * beyond the int range it throws NumberFormatException. The {@link AttemptInterceptor}, a network
 * interceptor, {@link #hide hides} the header on the way up; the {@link RetryInterceptor}, an
 * application interceptor, {@link #restore restores} it, so the retry layer, the error mapper and
 * the caller see it unchanged.
 */
final class RetryAfterShield {
  private static final String HIDDEN = "Intx-Shielded-Retry-After";

  private RetryAfterShield() {}

  static Response hide(Response response) {
    return move(response, "Retry-After", HIDDEN);
  }

  static Response restore(Response response) {
    return move(response, HIDDEN, "Retry-After");
  }

  private static Response move(Response response, String from, String to) {
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
