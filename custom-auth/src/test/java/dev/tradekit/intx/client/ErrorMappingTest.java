package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ErrorMappingTest extends MockExchange {

  private <T extends Throwable> T cancelFails(Class<T> type) {
    Executable cancel = () -> client.orders().cancelOrder("ABC123", "5189861793641175").execute();
    T thrown = assertThrows(type, cancel);
    assertNoSecretIn(thrown);
    return thrown;
  }

  static void assertNoSecretIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String text = t.toString();
      assertFalse(text.contains(SigningVectors.SECRET), text);
      assertFalse(text.contains("vector-passphrase"), text);
    }
  }

  @Test
  void titleAndStatusShapeBecomesABadRequestWithTheReasonAndCode() {
    String body =
        "{\"title\":\"io.javalin.http.BadRequestResponse: Order rejected(DUPLICATE_CLIENT_ORDER_ID - duplicate client order id detected)\",\"status\":400}";
    server.enqueue(new MockResponse().setResponseCode(400).setBody(body));

    IntxBadRequestException e = cancelFails(IntxBadRequestException.class);

    assertEquals(400, e.statusCode());
    assertEquals(body, e.rawBody());
    assertEquals(
        "HTTP 400: Order rejected(DUPLICATE_CLIENT_ORDER_ID - duplicate client order id detected)", e.getMessage());
    IntxError error = e.error().orElseThrow();
    assertEquals(Optional.of("DUPLICATE_CLIENT_ORDER_ID"), error.code());
    assertEquals(Optional.of("duplicate client order id detected"), error.codeDescription());
    assertEquals(Optional.of(400), error.status());
  }

  @Test
  void messageShapeFromTheDocs() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"message\":\"portfolio is a required field\"}"));

    IntxBadRequestException e = cancelFails(IntxBadRequestException.class);

    assertEquals("HTTP 400: portfolio is a required field", e.getMessage());
    assertEquals(Optional.of("portfolio is a required field"), e.reason());
    assertEquals(Optional.empty(), e.error().orElseThrow().code());
  }

  @Test
  void errorShapeOfTheOfficialSdk() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":\"INVALID_PORTFOLIO\"}"));

    IntxBadRequestException e = cancelFails(IntxBadRequestException.class);

    assertEquals("HTTP 400: INVALID_PORTFOLIO", e.getMessage());
    assertEquals(Optional.of("INVALID_PORTFOLIO"), e.error().orElseThrow().code());
  }

  @Test
  void plainTextBadRequestKeepsItsText() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("Invalid attribute: portfolio"));

    IntxBadRequestException e = cancelFails(IntxBadRequestException.class);

    assertEquals("HTTP 400: Invalid attribute: portfolio", e.getMessage());
    assertEquals("Invalid attribute: portfolio", e.rawBody());
    assertTrue(e.error().isEmpty());
  }

  @Test
  void htmlBadGatewayFromAProxy() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));

    IntxServerException e = cancelFails(IntxServerException.class);

    assertEquals(502, e.statusCode());
    assertEquals(html, e.rawBody());
    assertEquals("HTTP 502: HTML page \"502 Bad Gateway\" (" + html.length() + " bytes)", e.getMessage());
  }

  @Test
  void anHtmlContentTypeMarksTheBodyAsHtmlWithoutAnHtmlTag() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "text/html; charset=utf-8").setBody("<p>Down for maintenance</p>"));

    assertEquals("HTTP 503: HTML body (27 bytes)", cancelFails(IntxServerException.class).getMessage());
  }

  @Test
  void theCharsetOfTheContentTypeDecodesTheRawBody() {
    Buffer latin1 = new Buffer().writeString("Quantité invalide", StandardCharsets.ISO_8859_1);
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/plain; charset=ISO-8859-1").setBody(latin1));

    IntxBadRequestException e = cancelFails(IntxBadRequestException.class);

    assertEquals("Quantité invalide", e.rawBody());
    assertEquals("HTTP 400: Quantité invalide", e.getMessage());
  }

  @Test
  void unauthorizedAndForbidden() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"title\":\"Unauthorized\",\"status\":401}"));
    server.enqueue(new MockResponse().setResponseCode(403).setBody(""));

    assertEquals("HTTP 401: Unauthorized", cancelFails(IntxAuthenticationException.class).getMessage());
    IntxAuthenticationException forbidden = cancelFails(IntxAuthenticationException.class);
    assertEquals(403, forbidden.statusCode());
    assertEquals("HTTP 403: empty body", forbidden.getMessage());
  }

  @Test
  void notFound() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"title\":\"Not Found\",\"status\":404}"));

    assertEquals(404, cancelFails(IntxNotFoundException.class).statusCode());
  }

  @Test
  void rateLimitedWithRetryAfterSeconds() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2").setBody("{\"title\":\"Too Many Requests\",\"status\":429}"));

    IntxRateLimitException e = cancelFails(IntxRateLimitException.class);

    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
    assertEquals("HTTP 429: Too Many Requests", e.getMessage());
  }

  @Test
  void rateLimitedWithRetryAfterHttpDate() {
    // NOW is 2023-11-14T22:13:20Z
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "Tue, 14 Nov 2023 22:13:25 GMT"));

    assertEquals(Optional.of(Duration.ofSeconds(5)), cancelFails(IntxRateLimitException.class).retryAfter());
  }

  @Test
  void anEmptySuccessBodyIsMalformed() {
    server.enqueue(new MockResponse().setResponseCode(200));

    IntxMalformedResponseException e = cancelFails(IntxMalformedResponseException.class);

    assertEquals(200, e.statusCode());
    assertEquals("", e.rawBody());
    assertEquals("HTTP 200 with an unreadable body: empty body", e.getMessage());
  }

  @Test
  void truncatedJsonIsMalformedAndKeepsTheBody() {
    server.enqueue(new MockResponse().setBody("{\"order_id\":\"4387"));

    IntxMalformedResponseException e = cancelFails(IntxMalformedResponseException.class);

    assertEquals("{\"order_id\":\"4387", e.rawBody());
    assertTrue(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException);
  }

  @Test
  void htmlWithStatus200IsMalformed() {
    server.enqueue(new MockResponse().setBody("<!DOCTYPE html><html><title>Maintenance</title></html>"));

    IntxMalformedResponseException e = cancelFails(IntxMalformedResponseException.class);

    assertTrue(e.getMessage().contains("HTML page \"Maintenance\""), e.getMessage());
  }

  @Test
  void hugeErrorBodiesAreCappedInTheException() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(1_000_000)));

    IntxServerException e = cancelFails(IntxServerException.class);

    assertEquals(ResponseBodySnapshot.MAX_BYTES, e.rawBody().length());
    assertTrue(e.rawBodyTruncated());
  }

  @Test
  void aDroppedConnectionIsATransportFailure() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    IntxTransportException e = cancelFails(IntxTransportException.class);

    assertFalse(e instanceof IntxTimeoutException);
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    IntxClient impatient =
        clientFor(server)
            .readTimeout(Duration.ofMillis(200))
            .build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    IntxTimeoutException e =
        assertThrows(IntxTimeoutException.class, () -> impatient.orders().cancelOrder("1", "p").execute());

    assertTrue(e.getMessage().startsWith("INTX request timed out"), e.getMessage());
  }

  @Test
  void aRedirectIsNotFollowedAndReportedWithItsStatus() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://elsewhere.invalid/steal"));

    IntxHttpException e = cancelFails(IntxHttpException.class);

    assertEquals(302, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }
}
