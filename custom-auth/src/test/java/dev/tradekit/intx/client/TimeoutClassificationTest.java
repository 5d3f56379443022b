package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

/** A timeout is told by the failure's type and the call's state, never by a message's text. */
class TimeoutClassificationTest extends MockExchange {

  private IntxClient with(OkHttpClient http, Duration callTimeout) {
    return clientFor(server).httpClient(http).retryPolicy(RetryPolicy.none()).callTimeout(callTimeout).build();
  }

  @Test
  void anInterruptedIoExceptionOfACallThatDidNotTimeOutIsNotATimeout() {
    OkHttpClient interrupts =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> { throw new InterruptedIOException("timeout waiting for my own lock"); })
            .build();

    IntxTransportException e =
        assertThrows(IntxTransportException.class, () -> with(interrupts, Duration.ofSeconds(5)).orders().cancelOrder("1", "p").execute());

    assertFalse(e instanceof IntxTimeoutException, e.toString());
  }

  @Test
  void theCallTimeoutIsATimeoutWhateverFailureItCuts() {
    OkHttpClient slowThenFails =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> {
              try {
                Thread.sleep(400);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new IOException("something unrelated");
            })
            .build();

    assertThrows(IntxTimeoutException.class, () -> with(slowThenFails, Duration.ofMillis(100)).orders().cancelOrder("1", "p").execute());
  }

  @Test
  void aReadTimeoutIsATimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    IntxClient impatient = clientFor(server).retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(200)).build();

    assertThrows(IntxTimeoutException.class, () -> impatient.orders().cancelOrder("1", "p").execute());
  }

  @Test
  void aCallerCancelIsNotATimeout() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setHeadersDelay(2, TimeUnit.SECONDS));
    Call<OrderResultV1> call = client.orders().cancelOrder("1", "p");
    Thread canceler = new Thread(() -> {
      try {
        server.takeRequest();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      call.cancel();
    });
    canceler.start();

    IntxException e = assertThrows(IntxException.class, call::execute);
    canceler.join();

    assertInstanceOf(IntxTransportException.class, e);
    assertFalse(e instanceof IntxTimeoutException, e.toString());
  }
}
