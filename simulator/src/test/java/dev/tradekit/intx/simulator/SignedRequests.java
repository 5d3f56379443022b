package dev.tradekit.intx.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Sends requests signed by hand, so the simulator's checks are tested without the client. */
final class SignedRequests {
  static final OkHttpClient HTTP = new OkHttpClient();

  private SignedRequests() {}

  static Request.Builder signedDelete(String url, String rawPath, String apiKey, String base64Secret, String passphrase, long timestamp) {
    String ts = Long.toString(timestamp);
    return new Request.Builder()
        .url(url)
        .delete()
        .header("CB-ACCESS-KEY", apiKey)
        .header("CB-ACCESS-PASSPHRASE", passphrase)
        .header("CB-ACCESS-TIMESTAMP", ts)
        .header("CB-ACCESS-SIGN", sign(base64Secret, ts + "DELETE" + rawPath));
  }

  /** Base64(HMAC-SHA256(the decoded secret, prehash)), written out here independently of the client. */
  static String sign(String base64Secret, String prehash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A correctly signed request at the current time: {@code pathAndQuery} like
   * {@code /api/v1/orders?portfolio=1}, {@code json} null for none.
   */
  static Response send(IntxSimulator simulator, String method, String pathAndQuery, String json) throws IOException {
    int query = pathAndQuery.indexOf('?');
    String rawPath = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    String ts = Long.toString(Instant.now().getEpochSecond());
    okhttp3.RequestBody body = json == null ? null : okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json"));
    Request request = new Request.Builder()
        .url(simulator.baseUrl() + pathAndQuery.substring(1))
        .method(method, body)
        .header("CB-ACCESS-KEY", IntxSimulator.DEMO_API_KEY)
        .header("CB-ACCESS-PASSPHRASE", IntxSimulator.DEMO_PASSPHRASE)
        .header("CB-ACCESS-TIMESTAMP", ts)
        .header("CB-ACCESS-SIGN", sign(IntxSimulator.DEMO_SECRET, ts + method + rawPath + (json == null ? "" : json)))
        .build();
    return HTTP.newCall(request).execute();
  }

  /** A correctly signed DELETE of {@code rawPath} (+ query) at the current time. */
  static Response cancel(IntxSimulator simulator, String rawPath, String query) throws IOException {
    return HTTP.newCall(
            signedDelete(simulator.baseUrl() + rawPath.substring(1) + (query == null ? "" : "?" + query),
                rawPath, IntxSimulator.DEMO_API_KEY, IntxSimulator.DEMO_SECRET, IntxSimulator.DEMO_PASSPHRASE, Instant.now().getEpochSecond())
                .build())
        .execute();
  }
}
