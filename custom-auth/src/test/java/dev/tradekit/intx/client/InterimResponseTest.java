package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
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
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Interim (1xx) responses before the answer, e.g. 103 Early Hints from a CDN. MockWebServer 4.12
 * sends them over HTTP/2 only, so an HTTP/1.1 server that writes canned bytes stands in.
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

  /** What OkHttp 4.12 can do: a typed failure, sent once, instead of IllegalStateException. */
  @Test
  void twoEarlyHintsFailAsATypedTransportFailureSentOnce() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + EARLY_HINTS + ANSWER);

    IntxTransportException e = assertThrows(IntxTransportException.class, () -> client.orders().cancelOrder("1", "p").execute());

    assertInstanceOf(ProtocolException.class, e.getCause());
    assertEquals(1, server.requests.get());
  }

  @Test
  void twoEarlyHintsReachAnAsyncCallerAsATypedFailure() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + EARLY_HINTS + ANSWER);
    AtomicReference<Throwable> uncaught = new AtomicReference<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, t) -> uncaught.set(t));
    try {
      CompletableFuture<Throwable> failure = new CompletableFuture<>();
      client.orders().cancelOrder("1", "p").enqueue(new Callback<OrderResultV1>() {
        @Override
        public void onResponse(Call<OrderResultV1> call, Response<OrderResultV1> response) {
          failure.complete(null);
        }

        @Override
        public void onFailure(Call<OrderResultV1> call, Throwable t) {
          failure.complete(t);
        }
      });

      assertInstanceOf(IntxTransportException.class, failure.get(5, TimeUnit.SECONDS));
      client.httpClient().dispatcher().executorService().shutdown();
      client.httpClient().dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS);
      assertNull(uncaught.get());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  /** Over HTTP/2, OkHttp 4.12 takes the second 1xx for the answer: still a typed failure, sent once. */
  @Test
  void overHttp2OneEarlyHintsIsSkippedAndTwoFailTyped() throws Exception {
    MockWebServer h2 = new MockWebServer();
    h2.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    h2.start();
    try {
      MockResponse hints = new MockResponse().setResponseCode(103).setHeader("Link", "</style.css>; rel=preload");
      h2.enqueue(new MockResponse().setBody(MockExchange.ORDER_JSON).addInformationalResponse(hints));
      h2.enqueue(new MockResponse().setBody(MockExchange.ORDER_JSON).addInformationalResponse(hints).addInformationalResponse(hints));
      OkHttpClient priorKnowledge = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
      IntxClient client = MockExchange.clientFor(h2).httpClient(priorKnowledge).build();

      assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
      assertThrows(IntxException.class, () -> client.orders().cancelOrder("1", "p").execute());

      assertEquals(2, h2.getRequestCount());
    } finally {
      h2.shutdown();
    }
  }

  @Disabled("OkHttp 4.12 cannot read past a second 1xx response (InterimResponseGuard); enable with OkHttp 5")
  @Test
  void twoEarlyHintsBeforeTheAnswerAreSkipped() throws Exception {
    IntxClient client = clientFor(EARLY_HINTS + EARLY_HINTS + ANSWER);

    assertEquals("43877033468085760", client.orders().cancelOrder("1", "p").execute().body().getOrderId());
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
