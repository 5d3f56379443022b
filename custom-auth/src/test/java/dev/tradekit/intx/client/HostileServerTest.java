package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
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

  /** The body has a Content-Length, so a connection closed halfway through it is a broken transfer. */
  @Test
  void aConnectionClosedInTheMiddleOfABodyWithALengthIsATransportFailure() {
    server.enqueue(new MockResponse().setBody(ORDER_JSON).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    IntxException e = assertThrows(IntxException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(IntxTransportException.class, e.getClass(), e.toString());
    assertEquals(java.net.ProtocolException.class, e.getCause().getClass(), e.getCause().toString());
    assertEquals("unexpected end of stream", e.getCause().getMessage());
  }

  /**
   * Without a length the body ends where the connection does, so half a body arrives as a whole
   * one: it is not JSON, and the answer is malformed, with what did arrive kept.
   */
  @Test
  void aConnectionClosedInTheMiddleOfABodyWithoutALengthIsAMalformedResponse() {
    server.enqueue(
        new MockResponse()
            .setBody(ORDER_JSON)
            .removeHeader("Content-Length")
            .setHeader("Connection", "close")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    IntxException e = assertThrows(IntxException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(IntxMalformedResponseException.class, e.getClass(), e.toString());
    assertEquals(ORDER_JSON.substring(0, ORDER_JSON.length() / 2), ((IntxMalformedResponseException) e).rawBody());
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

  private static final String ESC = String.valueOf((char) 0x1b);
  /** Forged lines, colours, a screen clear, a bell, and bidi overrides that reorder what follows. */
  private static final String HOSTILE =
      "Order rejected\nerror: forged second line\r" + ESC + "[31mred" + ESC + "[2J\u0007 \u202Edesrever\u202C \u2066iso\u2069 \u200F\u061C";

  /** One line, nothing a terminal acts on, bounded; the message a person sees. */
  static void assertOneShowableLine(String message) {
    assertTrue(message.length() <= 40 + ServerText.MAX_LENGTH, message.length() + " chars");
    message.codePoints().forEach(c -> assertFalse(ServerText.mustEscape(c), "U+" + Integer.toHexString(c) + " in " + message));
  }

  @Test
  void aHostileJsonTitleIsEscapedInTheMessageAndKeptExactInTheRawBody() {
    String body = new ObjectMapper().createObjectNode().put("title", HOSTILE).put("status", 400).toString();
    server.enqueue(new MockResponse().setResponseCode(400).setBody(body));

    IntxBadRequestException e = assertThrows(IntxBadRequestException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertOneShowableLine(e.getMessage());
    assertEquals(
        "HTTP 400: Order rejected\\nerror: forged second line\\r\\u001b[31mred\\u001b[2J\\u0007 \\u202edesrever\\u202c \\u2066iso\\u2069 \\u200f\\u061c",
        e.getMessage());
    assertEquals(body, e.rawBody());
    assertEquals(Optional.of(HOSTILE), e.reason(), "programs get the reason as sent");
    assertOneShowableLine(e.error().orElseThrow().toString());
    ErrorMappingTest.assertNoSecretIn(e);
  }

  @Test
  void aSixtyKilobyteTitleGivesABoundedMessage() {
    String body = "{\"title\":\"" + "T".repeat(60_000) + "\",\"status\":400}";
    server.enqueue(new MockResponse().setResponseCode(400).setBody(body));

    IntxBadRequestException e = assertThrows(IntxBadRequestException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertOneShowableLine(e.getMessage());
    assertTrue(e.getMessage().startsWith("HTTP 400: TTTT"), e.getMessage());
    assertTrue(e.getMessage().endsWith("... (59540 more characters)"), e.getMessage());
    assertEquals(body, e.rawBody());
    assertEquals(60_000, e.reason().orElseThrow().length());
  }

  @Test
  void aHostileHtmlTitleIsEscaped() {
    String body = "<html><head><title>502 Bad\nGateway" + ESC + "]0;owned\u0007\u202E</title></head></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(body));

    IntxServerException e = assertThrows(IntxServerException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertOneShowableLine(e.getMessage());
    assertEquals("HTTP 502: HTML page \"502 Bad\\nGateway\\u001b]0;owned\\u0007\\u202e\" (" + body.getBytes(StandardCharsets.UTF_8).length + " bytes)", e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void aHostileHtmlTitleOnASuccessStatusIsEscaped() {
    String body = "<!doctype html><title>Login\r\n" + ESC + "[8m</title>";
    server.enqueue(new MockResponse().setBody(body));

    IntxMalformedResponseException e =
        assertThrows(IntxMalformedResponseException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertOneShowableLine(e.getMessage());
    assertTrue(e.getMessage().contains("HTML page \"Login\\r\\n\\u001b[8m\""), e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void aPlainTextLineWithABidiOverrideIsEscaped() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("Invalid \u202Eelbat\u202C attribute"));

    IntxBadRequestException e = assertThrows(IntxBadRequestException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals("HTTP 400: Invalid \\u202eelbat\\u202c attribute", e.getMessage());
  }

  @Test
  void aHostileStatusLineInATransportFailureIsEscaped() {
    server.enqueue(new MockResponse().setStatus("HTTP/1.1 2x0 " + ESC + "[31mforged\u202E"));

    IntxException e = assertThrows(IntxException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertOneShowableLine(e.getMessage());
    assertTrue(e.getMessage().contains("\\u001b[31mforged\\u202e"), e.getMessage());
  }
}
