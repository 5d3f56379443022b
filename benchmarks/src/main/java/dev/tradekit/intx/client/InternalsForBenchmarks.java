package dev.tradekit.intx.client;

import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * The benchmarks measure the client's package-private signer on its own and reuse it for the
 * hand-signed floor, so both sides sign at the same cost. Same package name, benchmarks only.
 */
public final class InternalsForBenchmarks {
  /** Signs one request: timestamp, method, encoded path, body. */
  public interface Signer {
    String sign(String timestamp, String method, String requestPath, byte[] body);
  }

  private InternalsForBenchmarks() {}

  public static Signer signer(IntxCredentials credentials) {
    return new RequestSigner(credentials)::sign;
  }

  public static Interceptor signingInterceptor(IntxCredentials credentials, HttpUrl exchange, Clock clock) {
    return new SigningInterceptor(credentials, exchange, clock);
  }
}
