package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Large request bodies are refused without being read: an unauthenticated one gets 401 from its
 * headers alone, an authenticated one whose length is over 1 MiB gets 413 at once, and a chunked
 * one of unknown length gets 413 once 1 MiB is read. Prints the figures quoted in the README.
 */
@ExtendWith(IntxSimulatorExtension.class)
@Timeout(60)
class LargeBodyTest {
  private static final long BODY = 400L * 1024 * 1024;
  private static final long FAR_LESS = 64L * 1024 * 1024;

  private static String head(int port, String lengthHeader, boolean signed) {
    StringBuilder head = new StringBuilder("POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
        + "Content-Type: application/json\r\n" + lengthHeader + "\r\n");
    if (signed) {
      long now = Instant.now().getEpochSecond();
      head.append("CB-ACCESS-KEY: ").append(IntxSimulator.DEMO_API_KEY).append("\r\n")
          .append("CB-ACCESS-PASSPHRASE: ").append(IntxSimulator.DEMO_PASSPHRASE).append("\r\n")
          .append("CB-ACCESS-TIMESTAMP: ").append(now).append("\r\n")
          .append("CB-ACCESS-SIGN: ").append(SignedRequests.sign(IntxSimulator.DEMO_SECRET, now + "POST/api/v1/orders")).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  @Test
  void anUnauthenticatedFourHundredMegabyteBodyIsRefusedUnread(IntxSimulator simulator) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();

    StreamedUpload upload = StreamedUpload.send(simulator.port(), head(simulator.port(), "Content-Length: " + BODY, false), BODY, false);

    long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
    System.out.printf("large body: unauthenticated %d MB upload answered \"%s\" in %d ms after %.1f MB sent; used heap %+d KiB%n",
        BODY >> 20, upload.statusLine, upload.millisToAnswer, upload.bytesSent / 1048576.0, heapGrowth >> 10);
    assertEquals("HTTP/1.1 401 Unauthorized", upload.statusLine);
    assertTrue(upload.millisToAnswer < 2_000, upload.millisToAnswer + " ms");
    assertTrue(upload.bytesSent < FAR_LESS, upload.bytesSent + " bytes sent");
    assertTrue(heapGrowth < 150L * 1024 * 1024, "heap grew by " + heapGrowth);
    assertEquals(1, simulator.unauthorizedCount());
  }

  @Test
  void anAuthenticatedBodyOverOneMebibyteIsRefusedByItsLength(IntxSimulator simulator) throws Exception {
    StreamedUpload upload = StreamedUpload.send(simulator.port(), head(simulator.port(), "Content-Length: " + BODY, true), BODY, false);

    assertEquals("HTTP/1.1 413 Request Entity Too Large", upload.statusLine);
    assertTrue(upload.millisToAnswer < 2_000, upload.millisToAnswer + " ms");
    assertTrue(upload.bytesSent < FAR_LESS, upload.bytesSent + " bytes sent");
  }

  @Test
  void aChunkedBodyIsReadToOneMebibyteAtMost(IntxSimulator simulator) throws Exception {
    StreamedUpload signed = StreamedUpload.send(simulator.port(), head(simulator.port(), "Transfer-Encoding: chunked", true), BODY, true);
    StreamedUpload unsigned = StreamedUpload.send(simulator.port(), head(simulator.port(), "Transfer-Encoding: chunked", false), BODY, true);

    // The server answers 413 and hangs up while the client is still sending; a client may then see
    // the reset, or the close, before the answer, as with any server that does not drain what it
    // refuses. What matters is that it stopped reading (bytes sent, below).
    assertTrue(
        signed.statusLine.equals("HTTP/1.1 413 Request Entity Too Large")
            || signed.statusLine.equals(StreamedUpload.RESET)
            || signed.statusLine.equals(StreamedUpload.CLOSED),
        signed.statusLine);
    assertTrue(signed.bytesSent < FAR_LESS, signed.bytesSent + " bytes sent");
    assertTrue(
        unsigned.statusLine.equals("HTTP/1.1 401 Unauthorized")
            || unsigned.statusLine.equals(StreamedUpload.RESET)
            || unsigned.statusLine.equals(StreamedUpload.CLOSED),
        unsigned.statusLine);
    assertTrue(unsigned.bytesSent < FAR_LESS, unsigned.bytesSent + " bytes sent");
  }

  @Test
  void aBodyUnderTheLimitIsStillServed(IntxSimulator simulator) throws Exception {
    String json = "{\"name\":\"" + "n".repeat(1000) + "\"}";
    long now = Instant.now().getEpochSecond();
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url(simulator.baseUrl() + "api/v1/portfolios")
        .post(okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json")))
        .header("CB-ACCESS-KEY", IntxSimulator.DEMO_API_KEY)
        .header("CB-ACCESS-PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE)
        .header("CB-ACCESS-TIMESTAMP", Long.toString(now))
        .header("CB-ACCESS-SIGN", SignedRequests.sign(IntxSimulator.DEMO_SECRET, now + "POST/api/v1/portfolios" + json))
        .build();
    try (okhttp3.Response response = SignedRequests.HTTP.newCall(request).execute()) {
      assertEquals(200, response.code(), response.body().string());
    }
  }
}
