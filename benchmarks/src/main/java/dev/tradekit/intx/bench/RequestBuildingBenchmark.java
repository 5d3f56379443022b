package dev.tradekit.intx.bench;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.generated.api.OrdersApi;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU a cancel spends before it touches the network, without the network: the generated
 * OrdersApi through IntxClient (parameter checks, Retrofit's request building, the OkHttp call)
 * against the floor's hand-built URL, request and OkHttp call. Neither is sent or signed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestBuildingBenchmark {
  private static final String ORDER_ID = "43877033468085760";
  private static final String PORTFOLIO = "5189861793641175";

  private OrdersApi intx;
  private OkHttpClient raw;
  private HttpUrl ordersUrl;

  @Setup
  public void setUp() {
    IntxCredentials credentials =
        IntxCredentials.builder().apiKey("bench-key-0001").passphrase("bench").secret("dGVzdF9zZWNyZXRfYmFzZTY0").build();
    raw = new OkHttpClient();
    intx = IntxClient.builder(credentials).baseUrl("http://127.0.0.1:1/").httpClient(raw).noRateLimit().build().orders();
    ordersUrl = HttpUrl.get("http://127.0.0.1:1/api/v1/orders/");
  }

  @Benchmark
  public Request intx() {
    return intx.cancelOrder(ORDER_ID, PORTFOLIO).request();
  }

  @Benchmark
  public Request floor() {
    HttpUrl url = ordersUrl.newBuilder().addPathSegment(ORDER_ID).addQueryParameter("portfolio", PORTFOLIO).build();
    return raw.newCall(new Request.Builder().url(url).delete().build()).request();
  }
}
