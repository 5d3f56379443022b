package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class WireLogTest extends MockExchange {

  @Test
  void theWireLogShowsTheSignedRequestWithSecretsMasked() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    IntxClient logged = clientFor(server).wireLog(lines::add).build();
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    logged.orders().cancelOrder("ABC123", "5189861793641175").execute();

    assertEquals("> DELETE " + server.url("/api/v1/orders/ABC123?portfolio=5189861793641175"), lines.get(0));
    assertTrue(lines.contains("> CB-ACCESS-KEY: ****0001"), lines.toString());
    assertTrue(lines.contains("> CB-ACCESS-PASSPHRASE: ****"), lines.toString());
    assertTrue(lines.contains("> CB-ACCESS-SIGN: ****"), lines.toString());
    assertTrue(lines.contains("> CB-ACCESS-TIMESTAMP: 1700000000"), lines.toString());
    assertTrue(lines.get(lines.size() - 1).startsWith("< 200 OK ("), lines.toString());
    String all = String.join("\n", lines);
    assertFalse(all.contains("vector-passphrase"));
    assertFalse(all.contains("Sm6p1TAPVeJHDfb47lbxNP0SLToqrHq3zkotXhYzsL0="));
    assertFalse(all.contains(SigningVectors.SECRET));
  }

  @Test
  void aHostileReasonPhraseIsEscapedOnItsLine() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    IntxClient logged = clientFor(server).wireLog(lines::add).build();
    String esc = String.valueOf((char) 0x1b);
    server.enqueue(new MockResponse().setStatus("HTTP/1.1 200 OK" + esc + "[2J\rerror: forged\u202E").setBody(ORDER_JSON));

    logged.orders().cancelOrder("ABC123", "p").execute();

    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("< 200 OK\\u001b[2J\\rerror: forged\\u202e ("), last);
    for (String line : lines) {
      line.codePoints().forEach(c -> assertFalse(ServerText.mustEscape(c), "U+" + Integer.toHexString(c) + " in " + line));
    }
  }
}
