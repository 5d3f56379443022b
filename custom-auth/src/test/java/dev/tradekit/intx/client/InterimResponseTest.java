package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Interim (1xx) responses before the answer, e.g. 103 Early Hints from a CDN: OkHttp 5 skips any
 * number of them. Over HTTP/1.1 a server that writes canned bytes stands in (MockWebServer sends
 * interim responses over HTTP/2 only); over HTTP/2, MockWebServer.
 */
class InterimResponseTest {
  private static final String EARLY_HINTS = "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n";
  private static final String ANSWER =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
          + MockExchange.ORDER_JSON.length() + "\r\nConnection: close\r\n\r\n" + MockExchange.ORDER_JSON;

  private CannedServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private IntxClient clientFor(String response) throws IOException {
    server = new CannedServer(response);
    return IntxClient.builder(SigningVectors.credentials()).baseUrl(server.baseUrl()).build();
  }

  @Test
  void oneEarlyHintsBeforeTheAnswerIsSkipped() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + ANSWER);

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
  }

  @Test
  void twoEarlyHintsBeforeTheAnswerAreSkipped() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + EARLY_HINTS + ANSWER);

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
    assertEquals(1, server.requests.get());
  }

  @Test
  void anyNumberOfInterimResponsesOfAnyKindAreSkipped() throws Exception {
    IntxClient client =
        clientFor("HTTP/1.1 100 Continue\r\n\r\n" + "HTTP/1.1 102 Processing\r\n\r\n" + EARLY_HINTS.repeat(5)
            + "HTTP/1.1 199 Whatever\r\n\r\n" + ANSWER);

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
    assertEquals(1, server.requests.get());
  }

  /** 101 is no interim response: unasked for, it is the (unusable) answer, as a typed failure sent once. */
  @Test
  void anUnaskedSwitchingProtocolsIsATypedFailure() throws Exception {
    IntxClient client = clientFor("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n" + ANSWER);

    IntxHttpException e = assertThrows(IntxHttpException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertEquals(101, e.statusCode());
    assertEquals(1, server.requests.get());
  }

  @Test
  void twoEarlyHintsBeforeTheAnswerReachAnAsyncCallerAsTheAnswer() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + EARLY_HINTS + ANSWER);
    AtomicReference<Throwable> uncaught = new AtomicReference<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, t) -> uncaught.set(t));
    try {
      CompletableFuture<Object> outcome = new CompletableFuture<>();
      client.orders().cancelOrder("1", "p").enqueue(new Callback<OrderResultV1>() {
        @Override
        public void onResponse(Call<OrderResultV1> call, Response<OrderResultV1> response) {
          outcome.complete(response.body().getOrderId());
        }

        @Override
        public void onFailure(Call<OrderResultV1> call, Throwable t) {
          outcome.complete(t);
        }
      });

      assertEquals("43877033468085760", outcome.get(5, TimeUnit.SECONDS));
      client.httpClient().dispatcher().executorService().shutdown();
      client.httpClient().dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS);
      assertNull(uncaught.get());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void overHttp2OneOrTwoEarlyHintsAreSkipped() throws Exception {
    try (mockwebserver3.MockWebServer h2 = new mockwebserver3.MockWebServer()) {
      h2.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
      h2.start();
      mockwebserver3.MockResponse hints =
          new mockwebserver3.MockResponse.Builder().code(103).setHeader("Link", "</style.css>; rel=preload").build();
      h2.enqueue(new mockwebserver3.MockResponse.Builder().body(MockExchange.ORDER_JSON).addInformationalResponse(hints).build());
      h2.enqueue(new mockwebserver3.MockResponse.Builder().body(MockExchange.ORDER_JSON)
          .addInformationalResponse(hints).addInformationalResponse(hints).build());
      OkHttpClient priorKnowledge = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
      IntxClient client = IntxClient.builder(SigningVectors.credentials()).baseUrl(h2.url("/").toString()).httpClient(priorKnowledge).build();

      assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
      assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());

      assertEquals(2, h2.getRequestCount());
    }
  }

  /** Answers every request on 127.0.0.1 with the same bytes, then closes the connection. */
  static final class CannedServer implements AutoCloseable {
    final AtomicInteger requests = new AtomicInteger();
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final Thread thread;

    CannedServer(String response) throws IOException {
      thread = new Thread(() -> serve(response.getBytes(StandardCharsets.UTF_8)), "canned-http-server");
      thread.setDaemon(true);
      thread.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    private void serve(byte[] response) {
      while (!socket.isClosed()) {
        try (Socket connection = socket.accept()) {
          BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
          String line;
          while ((line = in.readLine()) != null && !line.isEmpty()) {
            // request line and headers; the requests here have no body
          }
          requests.incrementAndGet();
          OutputStream out = connection.getOutputStream();
          out.write(response);
          out.flush();
          connection.shutdownOutput();
          while (in.read() >= 0) {
            // until the client closes
          }
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
