package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A Retrofit {@link Call} whose outcome is either a successful, parsed body or an
 * {@link IntxException}: callers never inspect status codes. Retrofit builds the request (path
 * and query encoding from the generated interface); this class sends it and reads the answer.
 */
final class IntxCall<T> implements Call<T> {
  private final Call<T> requestTemplate;
  private final okhttp3.Call.Factory callFactory;
  private final ResponseReader<T> reader;
  private final AtomicBoolean executed = new AtomicBoolean();
  private volatile okhttp3.Call rawCall;
  private volatile boolean canceled;

  IntxCall(Call<T> requestTemplate, okhttp3.Call.Factory callFactory, ResponseReader<T> reader) {
    this.requestTemplate = requestTemplate;
    this.callFactory = callFactory;
    this.reader = reader;
  }

  @Override
  public Response<T> execute() throws IOException {
    okhttp3.Call call = start();
    okhttp3.Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw translate(e, call);
    }
    return Response.success(readBody(response, call), response);
  }

  @Override
  public void enqueue(Callback<T> callback) {
    okhttp3.Call call;
    try {
      call = start();
    } catch (RuntimeException e) {
      callback.onFailure(this, e);
      return;
    }
    call.enqueue(
        new okhttp3.Callback() {
          @Override
          public void onResponse(okhttp3.Call c, okhttp3.Response response) {
            T body;
            try {
              body = readBody(response, c);
            } catch (IOException e) {
              callback.onFailure(IntxCall.this, e);
              return;
            }
            callback.onResponse(IntxCall.this, Response.success(body, response));
          }

          @Override
          public void onFailure(okhttp3.Call c, IOException e) {
            callback.onFailure(IntxCall.this, translate(e, c));
          }
        });
  }

  private okhttp3.Call start() {
    if (!executed.compareAndSet(false, true)) {
      throw new IllegalStateException("Already executed.");
    }
    okhttp3.Call call = rawCall();
    if (canceled) {
      call.cancel();
    }
    return call;
  }

  /** The OkHttp call that sends this request, made on first use (its timeout can be set before). */
  private okhttp3.Call rawCall() {
    okhttp3.Call call = rawCall;
    if (call == null) {
      synchronized (this) {
        call = rawCall;
        if (call == null) {
          call = callFactory.newCall(withStrictPath(requestTemplate.request()));
          rawCall = call;
        }
      }
    }
    return call;
  }

  /**
   * Retrofit and OkHttp leave '[' and ']' raw in a path segment, where RFC 3986 does not allow
   * them; strict servers refuse such a request line. Percent-encode them, before signing.
   */
  static Request withStrictPath(Request request) {
    String path = request.url().encodedPath();
    if (path.indexOf('[') < 0 && path.indexOf(']') < 0) {
      return request;
    }
    String strict = path.replace("[", "%5B").replace("]", "%5D");
    return request.newBuilder().url(request.url().newBuilder().encodedPath(strict).build()).build();
  }

  private T readBody(okhttp3.Response response, okhttp3.Call call) throws IOException {
    try {
      return reader.read(response);
    } catch (IntxException e) {
      throw e;
    } catch (IOException e) {
      throw translate(e, call);
    }
  }

  /**
   * Tells a timeout by the failure's type, never its message. Socket connect, read and write
   * timeouts are {@link SocketTimeoutException}s. OkHttp's call timeout cancels the call and then
   * reports a plain {@link InterruptedIOException} ({@code RealCall.timeoutExit}); a thread
   * interrupt is one too, but leaves the call uncanceled. A caller's {@link #cancel()} is a
   * transport failure. The rate limiter throws {@link IntxTimeoutException} itself.
   */
  private IntxException translate(IOException e, okhttp3.Call call) {
    return translate(e, call, canceled);
  }

  /** As above, for a failure of {@code call}; {@code canceledByCaller}: the user canceled it. */
  static IntxException translate(IOException e, okhttp3.Call call, boolean canceledByCaller) {
    if (e instanceof IntxException) {
      return (IntxException) e;
    }
    boolean callTimedOut = e instanceof InterruptedIOException && call.isCanceled() && !canceledByCaller;
    if (e instanceof SocketTimeoutException || callTimedOut) {
      return new IntxTimeoutException("INTX request timed out: " + e.getMessage(), e);
    }
    return new IntxTransportException("INTX request failed: " + e, e);
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  public void cancel() {
    canceled = true;
    okhttp3.Call call = rawCall;
    if (call != null) {
      call.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    okhttp3.Call call = rawCall;
    return canceled || (call != null && call.isCanceled());
  }

  @Override
  public Call<T> clone() {
    return new IntxCall<>(requestTemplate.clone(), callFactory, reader);
  }

  @Override
  public Request request() {
    return rawCall().request();
  }

  @Override
  public Timeout timeout() {
    return rawCall().timeout();
  }
}
