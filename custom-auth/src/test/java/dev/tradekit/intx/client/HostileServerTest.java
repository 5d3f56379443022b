package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Responses a proxy, an overloaded exchange or a hostile server may send: never a hang. */
class HostileServerTest extends MockExchange {

  private IntxClient withCallTimeout(Duration timeout) {
    return clientFor(server)
        .retryPolicy(RetryPolicy.none())
        .callTimeout(timeout)
        .build();
  }

  @Test
  void aTricklingBodyHitsTheCallTimeout() {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).throttleBody(1, 100, TimeUnit.MILLISECONDS));

    long started = System.nanoTime();
    IntxTimeoutException e =
        assertThrows(IntxTimeoutException.class, () -> withCallTimeout(Duration.ofMillis(500)).orders().cancelOrder("1", "p").execute());
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(elapsedMillis < 3_000, "took " + elapsedMillis + " ms");
    ErrorMappingTest.assertNoSecretIn(e);
  }

  /** Regression: the timeout used to be set on a call Retrofit made to build the request, not the one sent. */
  @Test
  void aTimeoutSetOnOneCallBeforeItRunsApplies() {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setHeadersDelay(3, TimeUnit.SECONDS));
    retrofit2.Call<?> call = withCallTimeout(Duration.ofSeconds(15)).orders().cancelOrder("1", "p");

    call.timeout().timeout(300, TimeUnit.MILLISECONDS);
    long started = System.nanoTime();
    assertThrows(IntxTimeoutException.class, call::execute);
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(elapsedMillis < 2_000, "took " + elapsedMillis + " ms");
    assertEquals(TimeUnit.MILLISECONDS.toNanos(300), call.timeout().timeoutNanos());
  }

  /** Socket read and write timeouts would wake okio's watchdog on every read and write. */
  @Test
  void byDefaultOnlyTheConnectAndCallTimeoutsAreArmed() {
    OkHttpClient http = clientFor(server).httpClient(new OkHttpClient()).build().httpClient();

    assertEquals(5_000, http.connectTimeoutMillis());
    assertEquals(15_000, http.callTimeoutMillis());
    assertEquals(0, http.readTimeoutMillis());
    assertEquals(0, http.writeTimeoutMillis());
  }

  @Test
  void readAndWriteTimeoutsApplyWhenSet() {
    OkHttpClient http =
        clientFor(server).readTimeout(Duration.ofMillis(700)).writeTimeout(Duration.ofMillis(800)).build().httpClient();

    assertEquals(700, http.readTimeoutMillis());
    assertEquals(800, http.writeTimeoutMillis());
  }

  @Test
  void aServerThatNeverAnswersEndsAtTheCallTimeoutWithoutAReadTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    long started = System.nanoTime();
    assertThrows(IntxTimeoutException.class, () -> withCallTimeout(Duration.ofMillis(300)).orders().cancelOrder("1", "p").execute());
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(elapsedMillis < 2_000, "took " + elapsedMillis + " ms");
  }

  @Test
  void slowHeadersHitTheCallTimeout() {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setHeadersDelay(1, TimeUnit.SECONDS));

    assertThrows(IntxTimeoutException.class, () -> withCallTimeout(Duration.ofMillis(300)).orders().cancelOrder("1", "p").execute());
  }

  @Test
  void aResetInTheMiddleOfTheBodyIsATransportFailure() {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    IntxException e = assertThrows(IntxException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertTrue(e instanceof IntxTransportException || e instanceof IntxMalformedResponseException, e.toString());
  }

  @Test
  void jsonWithAWrongContentTypeIsStillRead() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(ORDER_JSON));

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
  }

  @Test
  void aTenMegabyteSuccessBodyIsRefusedWithItsStartKept() {
    StringBuilder big = new StringBuilder("{\"text\":\"");
    big.append("a".repeat(10 * 1024 * 1024)).append("\"}");
    server.enqueue(new MockResponse().setBody(big.toString()));

    IntxMalformedResponseException e =
        assertThrows(IntxMalformedResponseException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(ResponseBodySnapshot.MAX_BYTES, e.rawBody().length());
    assertTrue(e.getMessage().contains("+ bytes"), e.getMessage());
  }

  @Test
  void aTenMegabyteErrorBodyIsCapped() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("e".repeat(10 * 1024 * 1024)));

    IntxBadRequestException e =
        assertThrows(IntxBadRequestException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(ResponseBodySnapshot.MAX_BYTES, e.rawBody().length());
    assertTrue(e.rawBodyTruncated());
    assertEquals("HTTP 400: plain-text body (65536+ bytes)", e.getMessage());
  }
}
