package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class CredentialScopeTest extends MockExchange {

  @Test
  void aPostIsSignedOverTheExactBodyBytesSent() throws Exception {
    String body = SigningVectors.vectors().get(3).get("body").asText();
    server.enqueue(new MockResponse());

    client.httpClient()
        .newCall(new Request.Builder()
            .url(server.url("/api/v1/orders"))
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build())
        .execute()
        .close();

    RecordedRequest request = server.takeRequest();
    assertEquals(body, request.getBody().readString(StandardCharsets.UTF_8));
    assertEquals("1700000000", request.getHeader("CB-ACCESS-TIMESTAMP"));
    assertEquals("PJdWpC9Kkgg+iBUwpvOmMh9HEufwbnL5D5xPb5MO5Lw=", request.getHeader("CB-ACCESS-SIGN"));
  }

  /** The client signs in its own network interceptor, which runs after the user's: theirs never see a secret. */
  @Test
  void aNetworkInterceptorOfYourOwnSeesTheRequestUnsignedAndItStillGoesOutSigned() throws Exception {
    java.util.List<String> seen = new java.util.ArrayList<>();
    okhttp3.OkHttpClient yours =
        new okhttp3.OkHttpClient.Builder()
            .addNetworkInterceptor(chain -> {
              seen.add(chain.request().header("CB-ACCESS-PASSPHRASE") + " " + chain.request().header("CB-ACCESS-SIGN"));
              return chain.proceed(chain.request());
            })
            .build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    clientFor(server).httpClient(yours).build().orders().cancelOrder("ABC123", "p").execute();

    assertEquals(java.util.List.of("null null"), seen);
    RecordedRequest request = server.takeRequest();
    assertEquals(SigningVectors.credentials().passphrase(), request.getHeader("CB-ACCESS-PASSPHRASE"));
    assertEquals(44, request.getHeader("CB-ACCESS-SIGN").length());
  }

  @Test
  void requestsToAnotherHostCarryNoCredentials() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      other.enqueue(new MockResponse());

      client.httpClient()
          .newCall(new Request.Builder()
              .url(other.url("/api/v1/orders/ABC123"))
              .header("CB-ACCESS-PASSPHRASE", "vector-passphrase")
              .delete()
              .build())
          .execute()
          .close();

      RecordedRequest request = other.takeRequest();
      assertNull(request.getHeader("CB-ACCESS-KEY"));
      assertNull(request.getHeader("CB-ACCESS-PASSPHRASE"));
      assertNull(request.getHeader("CB-ACCESS-SIGN"));
      assertNull(request.getHeader("CB-ACCESS-TIMESTAMP"));
    }
  }

  @Test
  void aCustomBaseUrlWithAPathPrefixSignsTheFullPath() throws Exception {
    IntxClient prefixed = clientFor(server).baseUrl(server.url("/gateway").toString()).build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    prefixed.orders().cancelOrder("ABC123", "p").execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("/gateway/api/v1/orders/ABC123?portfolio=p", request.getPath());
    String expected = new RequestSigner(SigningVectors.credentials())
        .sign("1700000000", "DELETE", "/gateway/api/v1/orders/ABC123", null);
    assertEquals(expected, request.getHeader("CB-ACCESS-SIGN"));
  }

  @Test
  void clientToStringShowsNoSecrets() {
    String text = client.toString();
    assertEquals(
        "IntxClient{baseUrl=" + server.url("/") + ", credentials=IntxCredentials{apiKey=****0001, passphrase=****, secret=****, portfolioId=5189861793641175}}",
        text);
  }
}
