package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** A base URL may carry {@code user:password@} (e.g. for a gateway): it is never shown. */
class BaseUrlUserInfoTest extends MockExchange {
  private static final String PASSWORD = "hunter2-gateway-password";

  private String baseUrlWithUserInfo() {
    return server.url("/").newBuilder().username("gateway-user").password(PASSWORD).build().toString();
  }

  private static void assertNotShown(String text) {
    assertFalse(text.contains(PASSWORD), text);
    assertFalse(text.contains("gateway-user"), text);
  }

  @Test
  void toStringMasksTheUserInfo() {
    IntxClient withUserInfo = clientFor(server).baseUrl(baseUrlWithUserInfo()).build();

    assertEquals(
        "IntxClient{baseUrl=http://****@" + server.getHostName() + ":" + server.getPort() + "/, credentials="
            + SigningVectors.credentials() + "}",
        withUserInfo.toString());
  }

  @Test
  void theWireLogMasksTheUserInfo() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    IntxClient withUserInfo = clientFor(server).baseUrl(baseUrlWithUserInfo()).wireLog(lines::add).build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    withUserInfo.orders().cancelOrder("ABC123", "p").execute();

    assertEquals(
        "> DELETE http://****@" + server.getHostName() + ":" + server.getPort() + "/api/v1/orders/ABC123?portfolio=p",
        lines.get(0));
    assertNotShown(String.join("\n", lines));
  }

  @Test
  void exceptionMessagesDoNotCarryTheUserInfo() throws IOException {
    IntxClient withUserInfo = clientFor(server).baseUrl(baseUrlWithUserInfo()).retryPolicy(RetryPolicy.none()).build();
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"title\":\"bad\",\"status\":400}"));
    IntxException rejected = assertThrows(IntxException.class, () -> withUserInfo.orders().cancelOrder("1", "p").execute());
    String closed;
    try (MockWebServer gone = new MockWebServer()) {
      gone.start();
      closed = gone.url("/").newBuilder().username("gateway-user").password(PASSWORD).build().toString();
    }
    IntxClient unreachable = clientFor(server).baseUrl(closed).retryPolicy(RetryPolicy.none()).build();
    IntxException failed = assertThrows(IntxException.class, () -> unreachable.orders().cancelOrder("1", "p").execute());

    for (Throwable t : new Throwable[] {rejected, failed, failed.getCause()}) {
      assertNotShown(String.valueOf(t));
    }
  }

  @Test
  void aRefusedBaseUrlIsNamedWithoutItsUserInfo() {
    for (String bad :
        new String[] {
          "http://gateway-user:" + PASSWORD + "@example.com/?q=1",
          "ftp://gateway-user:" + PASSWORD + "@example.com/",
          "gateway-user:" + PASSWORD + "@example.com",
          "http://gateway-user:" + PASSWORD + "@exa mple.com/"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> IntxClient.builder(SigningVectors.credentials()).baseUrl(bad));
      assertNotShown(e.getMessage());
      assertTrue(e.getMessage().contains("****@"), e.getMessage());
    }
  }

  @Test
  void theBaseUrlAccessorKeepsTheUserInfoForPrograms() {
    HttpUrl url = clientFor(server).baseUrl(baseUrlWithUserInfo()).build().baseUrl();

    assertEquals(PASSWORD, url.password());
  }
}
