package dev.tradekit.intx.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Marks a request's {@link DeliveryRecord} when one attempt may have reached the exchange without
 * an answer to go by: the attempt failed after its connection was up (reset, closed or timed out
 * while the request was being sent or the answer awaited), or it got a 5xx, which a gateway also
 * sends when the server behind it did the work. A network interceptor, so it sees every attempt on
 * the wire: those of {@link RetryInterceptor} and those OkHttp makes on its own after a broken
 * connection. A failure to connect never gets here: nothing was sent.
 */
final class DeliveryWatchInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    DeliveryRecord record = chain.request().tag(DeliveryRecord.class);
    if (record == null) {
      return chain.proceed(chain.request());
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      record.markMayHaveBeenDelivered();
      throw e;
    }
    if (response.code() >= 500) {
      record.markMayHaveBeenDelivered();
    }
    return response;
  }
}
