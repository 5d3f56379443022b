package dev.tradekit.intx.simulator;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/** An OkHttp network interceptor that keeps every request and answer exactly as they crossed the wire. */
final class Recorder implements Interceptor {
  /** One request and its answer. */
  static final class Exchange {
    final Request request;
    final String requestBody;
    final int status;
    final String contentType;
    final String responseBody;

    Exchange(Request request, String requestBody, int status, String contentType, String responseBody) {
      this.request = request;
      this.requestBody = requestBody;
      this.status = status;
      this.contentType = contentType;
      this.responseBody = responseBody;
    }

    @Override
    public String toString() {
      return request.method() + " " + request.url().encodedPath() + " -> " + status + " " + responseBody;
    }
  }

  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String body = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readUtf8();
    }
    Response response = chain.proceed(request);
    MediaType type = response.body() == null ? null : response.body().contentType();
    exchanges.add(new Exchange(request, body, response.code(), type == null ? null : type.toString(),
        response.peekBody(Long.MAX_VALUE).string()));
    return response;
  }
}
