package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import okhttp3.Dns;
import okhttp3.MediaType;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Which requests are repeated: idempotent methods per policy; POST and PATCH (create order,
 * transfer, withdrawal) only when the request certainly never reached the server.
 */
class MethodSemanticsTest extends MockExchange {
  private static final RetryPolicy FAST = RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(1));

  private IntxClient retrying(OkHttpClient http) {
    return clientFor(server).httpClient(http).retryPolicy(FAST).build();
  }

  private Response send(IntxClient intx, String method) throws IOException {
    RequestBody body =
        method.equals("POST") || method.equals("PATCH") || method.equals("PUT")
            ? RequestBody.create("{\"amount\":\"1\"}", MediaType.get("application/json"))
            : null;
    Request request = new Request.Builder().url(server.url("/api/v1/transfers/withdraw")).method(method, body).build();
    return intx.httpClient().newCall(request).execute();
  }

  @Test
  void aPostIsNeverRepeatedAfterItWasWritten() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThrows(IOException.class, () -> send(retrying(new OkHttpClient()), "POST"));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPatchIsNeverRepeatedAfterItWasWritten() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThrows(IOException.class, () -> send(retrying(new OkHttpClient()), "PATCH"));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostIsNotRepeatedOnAnyStatus() throws Exception {
    for (int code : new int[] {408, 429, 500, 502, 503, 504}) {
      server.setDispatcher(always(new MockResponse().setResponseCode(code).setHeader("Retry-After", "0")));
      int before = server.getRequestCount();

      try (Response response = send(retrying(new OkHttpClient()), "POST")) {
        assertEquals(code, response.code());
      }

      assertEquals(before + 1, server.getRequestCount(), "HTTP " + code);
    }
  }

  static Dispatcher always(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    };
  }

  @Test
  void aPostIsNotRepeatedAfterAReadTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setBody("{}"));
    IntxClient impatient = clientFor(server).retryPolicy(FAST).readTimeout(Duration.ofMillis(200)).build();

    assertThrows(SocketTimeoutException.class, () -> send(impatient, "POST"));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostIsRepeatedWhenTheConnectionWasRefused() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient refusesOnce = new OkHttpClient.Builder().socketFactory(new RefusingSocketFactory(1)).build();

    try (Response response = send(retrying(refusesOnce), "POST")) {
      assertEquals(200, response.code());
    }

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostIsRepeatedWhenTheHostWasUnknown() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    AtomicInteger lookups = new AtomicInteger();
    Dns flaky =
        host -> {
          if (lookups.getAndIncrement() == 0) {
            throw new UnknownHostException(host + " (test)");
          }
          return Dns.SYSTEM.lookup(host);
        };

    try (Response response = send(retrying(new OkHttpClient.Builder().dns(flaky).build()), "POST")) {
      assertEquals(200, response.code());
    }

    assertEquals(2, lookups.get());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostIsRepeatedAfterAConnectTimeout() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    SocketFactory connectTimesOutOnce = new RefusingSocketFactory(1, new SocketTimeoutException("connect timed out (test)"));
    OkHttpClient timesOutOnce = new OkHttpClient.Builder().socketFactory(connectTimesOutOnce).build();

    try (Response response = send(retrying(timesOutOnce), "POST")) {
      assertEquals(200, response.code());
    }

    assertEquals(1, server.getRequestCount());
  }

  /** OkHttp's own fallback to the next address is off with its retries: the policy's attempts do it. */
  @Test
  void aRetryAfterAConnectFailureGoesToTheHostsNextAddress() throws Exception {
    Dns twoAddresses = host -> List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1"));
    OkHttpClient firstAddressDead =
        new OkHttpClient.Builder().dns(twoAddresses).socketFactory(new RefusingSocketFactory(InetAddress.getByName("127.0.0.2"))).build();
    for (String method : new String[] {"POST", "DELETE", "GET"}) {
      server.enqueue(new MockResponse().setBody("{}"));

      try (Response response = send(retrying(firstAddressDead), method)) {
        assertEquals(200, response.code(), method);
      }
    }
    assertEquals(3, server.getRequestCount());
  }

  /** HTTP/2 REFUSED_STREAM: the server says it did not process the request (RFC 9113, 8.7). */
  @Test
  void aPostIsRepeatedWhenAnHttp2ServerRefusedTheStream() throws Exception {
    server.shutdown();
    server = new MockWebServer();
    server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    server.start();
    server.enqueue(
        new MockResponse().setSocketPolicy(SocketPolicy.RESET_STREAM_AT_START).setHttp2ErrorCode(ErrorCode.REFUSED_STREAM.getHttpCode()));
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient h2 = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();

    try (Response response = send(retrying(h2), "POST")) {
      assertEquals(200, response.code());
    }

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aRefusedPostIsNotRepeatedWithRetriesOff() {
    OkHttpClient refusesOnce = new OkHttpClient.Builder().socketFactory(new RefusingSocketFactory(1)).build();
    IntxClient once = clientFor(server).httpClient(refusesOnce).retryPolicy(RetryPolicy.none()).build();

    assertThrows(ConnectException.class, () -> send(once, "POST"));
  }

  @Test
  void idempotentMethodsAreRepeatedEvenAfterTheRequestWasWritten() throws Exception {
    for (String method : new String[] {"GET", "DELETE", "PUT", "HEAD", "OPTIONS"}) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse());
      int before = server.getRequestCount();

      try (Response response = send(retrying(new OkHttpClient()), method)) {
        assertEquals(200, response.code(), method);
      }

      assertEquals(before + 3, server.getRequestCount(), method);
    }
  }

  /** Sockets whose first {@code refusals} connects, or all connects to one address, fail. */
  static final class RefusingSocketFactory extends SocketFactory {
    private final AtomicInteger refusals;
    private final IOException failure;
    private final InetAddress dead;

    RefusingSocketFactory(int refusals) {
      this(refusals, new ConnectException("Connection refused (test)"));
    }

    RefusingSocketFactory(int refusals, IOException failure) {
      this.refusals = new AtomicInteger(refusals);
      this.failure = failure;
      this.dead = null;
    }

    RefusingSocketFactory(InetAddress dead) {
      this.refusals = new AtomicInteger();
      this.failure = new ConnectException("Connection refused (test)");
      this.dead = dead;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          boolean toDead = dead != null && dead.equals(((InetSocketAddress) endpoint).getAddress());
          if (toDead || refusals.getAndDecrement() > 0) {
            throw failure;
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
