package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Idle connections are closed by the server; starting and using a simulator sets no system property. */
@Timeout(30)
class ServerLimitsTest {

  /** Reads until the server closes the connection; returns the milliseconds that took. */
  private static long millisUntilClosed(Socket socket) throws Exception {
    socket.setSoTimeout(10_000);
    long started = System.nanoTime();
    InputStream in = socket.getInputStream();
    while (in.read() >= 0) {
      // Skip an answer, if any, up to the close.
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Test
  void idleConnectionsAreClosedByTheServer() throws Exception {
    try (IntxSimulator simulator = IntxSimulator.builder().timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)).build().start();
        Socket silent = new Socket(InetAddress.getLoopbackAddress(), simulator.port());
        Socket keptAlive = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
      OutputStream out = keptAlive.getOutputStream();
      out.write("GET /api/v1/assets HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();

      long silentMillis = millisUntilClosed(silent);
      long keptAliveMillis = millisUntilClosed(keptAlive);

      assertTrue(silentMillis < 5_000, "a connection that sent nothing stayed open " + silentMillis + " ms");
      assertTrue(keptAliveMillis < 5_000, "an idle kept-alive connection stayed open " + keptAliveMillis + " ms");
    }
  }

  @Test
  void noSystemPropertyIsSet() throws Exception {
    Properties before = (Properties) System.getProperties().clone();

    try (IntxSimulator simulator = IntxSimulator.builder().build().start();
        Response response = SignedRequests.send(simulator, "GET", "/api/v1/portfolios", null)) {
      assertEquals(200, response.code());
    }

    assertEquals(before, System.getProperties());
  }
}
