package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.IntxClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 64 clients trickle a request header a byte every 300 ms over loopback. A signed cancel sent
 * meanwhile must come back 200 within its 3 s call timeout, and the server must hang up on every
 * slow client once its header timeout passes. Bounded: the loop stops after the timeout plus 5 s.
 * Prints the figures quoted in the README.
 */
@ExtendWith(IntxSimulatorExtension.class)
@Timeout(60)
// Mostly sleeping between trickled bytes: runs beside the other classes.
@Execution(ExecutionMode.CONCURRENT)
class SlowClientsTest {
  private static final int SLOW_CLIENTS = 64;
  private static final long TRICKLE_MILLIS = 300;
  private static final byte[] HEAD = ("GET /api/v1/portfolios HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
      + "x".repeat(200)).getBytes(StandardCharsets.US_ASCII);

  /** One slow client: its socket and how far into the header it got. */
  private static final class Trickler {
    final Socket socket;
    int sent;
    long closedAfterMillis = -1;

    Trickler(int port) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(1);
    }

    /** Sends the next byte; false once the server has hung up. */
    boolean trickle(long elapsedMillis) {
      if (closedAfterMillis >= 0) {
        return false;
      }
      try {
        InputStream in = socket.getInputStream();
        try {
          in.read();
          closedAfterMillis = elapsedMillis;
          return false;
        } catch (SocketTimeoutException stillOpen) {
          // Nothing from the server yet: keep trickling.
        }
        OutputStream out = socket.getOutputStream();
        out.write(HEAD[sent % HEAD.length]);
        out.flush();
        sent++;
        return true;
      } catch (IOException hungUp) {
        closedAfterMillis = elapsedMillis;
        return false;
      }
    }
  }

  @Test
  void slowClientsTimeOutAndNeverStarveASignedCancel(IntxSimulator simulator) throws Exception {
    // Warm the client code up (class loading) so the figure below is the server's; the cancel's own
    // client has a fresh connection pool, so it must connect while the slow clients hold theirs.
    client(simulator).portfolios().getPortfolios().execute();
    IntxClient client = client(simulator);
    List<Trickler> slow = new ArrayList<>();
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      slow.add(new Trickler(simulator.port()));
    }
    long started = System.nanoTime();
    long deadline = IntxSimulator.HEADER_TIMEOUT.toMillis() + 5_000;
    long cancelMillis = -1;
    int open = SLOW_CLIENTS;
    while (open > 0 && elapsed(started) < deadline) {
      open = 0;
      for (Trickler trickler : slow) {
        open += trickler.trickle(elapsed(started)) ? 1 : 0;
      }
      if (cancelMillis < 0 && elapsed(started) > 1_000) {
        long sent = System.nanoTime();
        String canceled = client.orders().cancelOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute().body().getOrderId();
        cancelMillis = elapsed(sent);
        assertEquals(DemoOrders.BTC_ORDER_ID, canceled);
      }
      Thread.sleep(TRICKLE_MILLIS);
    }
    long lastClosed = slow.stream().mapToLong(t -> t.closedAfterMillis).max().orElse(-1);
    for (Trickler trickler : slow) {
      trickler.socket.close();
    }

    System.out.printf("slow clients: %d connections trickling a header byte every %d ms; signed cancel answered in %d ms;"
        + " %d of %d hung up by the server, the last after %.1f s (header timeout %d s)%n",
        SLOW_CLIENTS, TRICKLE_MILLIS, cancelMillis, slow.stream().filter(t -> t.closedAfterMillis >= 0).count(), SLOW_CLIENTS,
        lastClosed / 1000.0, IntxSimulator.HEADER_TIMEOUT.getSeconds());
    assertTrue(cancelMillis >= 0 && cancelMillis < 3_000, "cancel took " + cancelMillis + " ms");
    assertEquals(0, open, "slow clients still connected after " + deadline + " ms");
    assertTrue(lastClosed >= IntxSimulator.HEADER_TIMEOUT.toMillis() - 1_000, "hung up too early: " + lastClosed + " ms");
  }

  private static IntxClient client(IntxSimulator simulator) {
    return IntxClient.builder(simulator.credentials())
        .baseUrl(simulator.baseUrl())
        .callTimeout(Duration.ofSeconds(3))
        .build();
  }

  private static long elapsed(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }
}
