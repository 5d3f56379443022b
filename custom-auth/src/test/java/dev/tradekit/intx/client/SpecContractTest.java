package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The spec check itself: it passes what the client sends and fails what the spec forbids. */
class SpecContractTest extends SpecExchange {

  @Test
  void aSignedCancelConformsAndAnUnsignedOneFailsTheSecurityCheck() throws Exception {
    MockResponse answer = serve("order.json");
    client.orders().cancelOrder("ABC123", PORTFOLIO).execute();
    RecordedRequest signed = conformingRequest();
    assertSigned(signed);

    server.enqueue(answer);
    try (okhttp3.Response ignored =
        new okhttp3.OkHttpClient().newCall(new Request.Builder().url(signed.getRequestUrl()).delete().build()).execute()) {
      RecordedRequest unsigned = server.takeRequest();
      SpecContract.assertViolates(unsigned, answer, "validation.request.security.missing");
    }
  }

  @Test
  void anUnsignedRequestToASignedOperationFailsTheSignatureScheme() throws Exception {
    MockResponse answer = serve("portfolios.json");
    try (okhttp3.Response ignored =
        new okhttp3.OkHttpClient().newCall(new Request.Builder().url(server.url("/api/v1/portfolios")).build()).execute()) {
      RecordedRequest unsigned = server.takeRequest();
      SpecContract.assertViolates(unsigned, answer, "validation.request.security.missing");
    }
  }

  @Test
  void aSignedRequestToTheSameOperationPassesIt() throws Exception {
    serve("portfolios.json");
    client.portfolios().getPortfolios().execute();
    assertSigned(conformingRequest());
  }

  @Test
  void aResponseThatBreaksItsSchemaFails() throws Exception {
    MockResponse answer =
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(example("order.json").replace("\"side\": \"BUY\"", "\"side\": \"LEFT\"").replace("\"post_only\": false", "\"post_only\": \"no\""));
    server.enqueue(answer);
    try (okhttp3.Response ignored =
        client.httpClient()
            .newCall(new Request.Builder().url(server.url("/api/v1/orders/43877033468085760?portfolio=" + PORTFOLIO)).build())
            .execute()) {
      // the client would refuse "no" for a boolean; the raw call only records the exchange
    }

    ValidationReport report = SpecContract.validate(server.takeRequest(), answer);

    assertTrue(report.hasErrors());
    String text = SpecContract.describe(report);
    assertTrue(text.contains("validation.response.body.schema.enum"), text);
    assertTrue(text.contains("validation.response.body.schema.type"), text);
  }

  @Test
  void aPropertyTheSchemaDoesNotDeclareFails() throws Exception {
    MockResponse answer =
        new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(example("order.json").replace("\"side\": \"BUY\"", "\"sides\": \"BUY\""));
    server.enqueue(answer);
    client.orders().getOrder("43877033468085760", PORTFOLIO).execute();

    SpecContract.assertViolates(server.takeRequest(), answer, "validation.response.body.schema.additionalProperties");
  }

  @Test
  void aRequestOutsideTheSpecFails() throws Exception {
    MockResponse answer = serve("portfolios.json");
    try (okhttp3.Response ignored =
        client.httpClient().newCall(new Request.Builder().url(server.url("/api/v1/portfolio")).build()).execute()) {
      SpecContract.assertViolates(server.takeRequest(), answer, "validation.request.path.missing");
    }
  }

  @Test
  void failureMessagesMaskTheTestSecrets() {
    ValidationReport report =
        ValidationReport.singleton(
            ValidationReport.Message.create("k", "header vector-passphrase " + SigningVectors.SECRET).build());
    String text = SpecContract.describe(report);
    assertFalse(text.contains("vector-passphrase"), text);
    assertFalse(text.contains(SigningVectors.SECRET), text);
    assertEquals("  ERROR k: header **** ****", text);
  }
}
