package dev.tradekit.intx.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.HttpException;
import retrofit2.Response;

/**
 * Any call of an {@link IntxClient} API as a {@link CompletableFuture}.
 *
 * <pre>{@code
 * CompletableFuture<OrderResultV1> canceled = IntxAsync.future(intx.orders().cancelOrder(orderId, portfolio));
 * }</pre>
 *
 * The future completes with the parsed body, or exceptionally with the same {@link IntxException}
 * that {@code execute()} would throw ({@code get()} wraps it in an {@code ExecutionException},
 * {@code join()} in a {@code CompletionException}; {@code getCause()} is it). Cancelling the future
 * cancels the HTTP call. The call runs on the OkHttp dispatcher's threads, as {@code enqueue} does,
 * and so do dependent stages that are not {@code ...Async}: keep them short or give them an
 * executor.
 */
public final class IntxAsync {
  private IntxAsync() {}

  /**
   * Sends {@code call} now and returns its outcome as a future.
   *
   * @param <T> the response body type
   * @param call a call not yet executed or enqueued
   * @return completes with the body, or exceptionally with what {@code execute()} would throw
   */
  public static <T> CompletableFuture<T> future(Call<T> call) {
    Objects.requireNonNull(call, "call");
    CompletableFuture<T> future = new CompletableFuture<>();
    future.whenComplete(
        (body, failure) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            if (response.isSuccessful()) {
              future.complete(response.body());
            } else {
              // Only for a Call from outside IntxClient: an IntxClient call reports failures below.
              future.completeExceptionally(new HttpException(response));
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable failure) {
            future.completeExceptionally(failure);
          }
        });
    return future;
  }
}
