package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestSignerTest {
  private final RequestSigner signer = new RequestSigner(SigningVectors.credentials());

  static List<JsonNode> vectors() {
    return SigningVectors.vectors();
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void reproducesEveryKnownAnswerVector(JsonNode vector) {
    String signature =
        signer.sign(
            vector.get("timestamp").asText(),
            vector.get("method").asText(),
            vector.get("path").asText(),
            vector.get("body").asText().getBytes(StandardCharsets.UTF_8));
    assertEquals(vector.get("signature").asText(), signature);
  }

  /**
   * The same vectors sent by a client whose clock reads the vector's timestamp: the signing
   * interceptor passes the method, the path as encoded on the wire and the body bytes to the signer.
   */
  @ParameterizedTest
  @MethodSource("vectors")
  void theClientSendsTheKnownAnswerOfEveryVector(JsonNode vector) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse());
      IntxClient client =
          IntxClient.builder(SigningVectors.credentials())
              .baseUrl(server.url("/").toString())
              .clock(Clock.fixed(Instant.ofEpochSecond(vector.get("timestamp").asLong()), ZoneOffset.UTC))
              .build();
      String body = vector.get("body").asText();
      String method = vector.get("method").asText();

      client.httpClient()
          .newCall(new Request.Builder()
              .url(server.url(vector.get("path").asText()))
              .method(method, method.equals("POST") ? RequestBody.create(body, MediaType.get("application/json")) : null)
              .build())
          .execute()
          .close();

      RecordedRequest sent = server.takeRequest();
      assertEquals(method + " " + vector.get("path").asText(), sent.getMethod() + " " + sent.getPath());
      assertEquals(body, sent.getBody().readUtf8());
      assertEquals(vector.get("timestamp").asText(), sent.getHeader("CB-ACCESS-TIMESTAMP"));
      assertEquals(vector.get("signature").asText(), sent.getHeader("CB-ACCESS-SIGN"));
    }
  }

  @Test
  void emptyAndNullBodiesSignTheSame() {
    assertEquals(
        "9Yrx5bQchpK/hue0DgLwQE+1R7mk0UkmPc3EtsLpCHc=",
        signer.sign("1641890400", "DELETE", "/api/v1/orders/12345", null));
    assertEquals(
        signer.sign("1641890400", "DELETE", "/api/v1/orders/12345", new byte[0]),
        signer.sign("1641890400", "DELETE", "/api/v1/orders/12345", null));
  }

  @Test
  void methodIsUpperCasedBeforeSigning() {
    assertEquals(
        "9Yrx5bQchpK/hue0DgLwQE+1R7mk0UkmPc3EtsLpCHc=",
        signer.sign("1641890400", "delete", "/api/v1/orders/12345", null));
  }

  @Test
  void nonAsciiAndVeryLongPathsSignTheirUtf8Bytes() throws Exception {
    String unicodePath = "/api/v1/orders/caf\u00e9-\u65e5\u672c";
    String longPath = "/api/v1/orders/" + "x".repeat(600);
    for (String path : new String[] {unicodePath, longPath}) {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(SigningVectors.SECRET), "HmacSHA256"));
      byte[] expected = mac.doFinal(("1700000000DELETE" + path).getBytes(StandardCharsets.UTF_8));
      assertEquals(java.util.Base64.getEncoder().encodeToString(expected), signer.sign("1700000000", "delete", path, null));
    }
  }

  @Test
  void aDifferentTimestampGivesADifferentSignature() {
    String at = signer.sign("1641890400", "DELETE", "/api/v1/orders/12345", null);
    String oneSecondLater = signer.sign("1641890401", "DELETE", "/api/v1/orders/12345", null);
    assertNotEquals(at, oneSecondLater);
  }

  @Test
  void signsCorrectlyFromManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        results.add(pool.submit(() -> signer.sign("1700000000", "DELETE", "/api/v1/orders/ABC123", null)));
      }
      for (Future<String> result : results) {
        assertEquals("Sm6p1TAPVeJHDfb47lbxNP0SLToqrHq3zkotXhYzsL0=", result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringHidesTheKey() {
    assertFalse(signer.toString().contains(SigningVectors.SECRET));
  }
}
