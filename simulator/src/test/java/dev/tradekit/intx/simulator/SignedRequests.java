package dev.tradekit.intx.simulator;

import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.RequestSigner;
import java.io.IOException;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Sends requests signed by hand, so the simulator's checks are tested without the client. */
final class SignedRequests {
  static final OkHttpClient HTTP = new OkHttpClient();

  private SignedRequests() {}

  static Request.Builder signedDelete(String url, String rawPath, IntxCredentials credentials, String passphrase, long timestamp) {
    String ts = Long.toString(timestamp);
    return new Request.Builder()
        .url(url)
        .delete()
        .header("CB-ACCESS-KEY", credentials.apiKey())
        .header("CB-ACCESS-PASSPHRASE", passphrase)
        .header("CB-ACCESS-TIMESTAMP", ts)
        .header("CB-ACCESS-SIGN", new RequestSigner(credentials).sign(ts, "DELETE", rawPath, null));
  }

  /** A correctly signed DELETE of {@code rawPath} (+ query) at the current time. */
  static Response cancel(IntxSimulator simulator, String rawPath, String query) throws IOException {
    return HTTP.newCall(
            signedDelete(simulator.baseUrl() + rawPath.substring(1) + (query == null ? "" : "?" + query),
                rawPath, simulator.credentials(), IntxSimulator.DEMO_PASSPHRASE, Instant.now().getEpochSecond())
                .build())
        .execute();
  }
}
