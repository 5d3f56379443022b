package dev.tradekit.intx.bench;

import dev.tradekit.intx.client.IntxClient;
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
  private OrdersApi intx;
  private OkHttpClient raw;
  private HttpUrl ordersUrl;

  @Setup
  public void setUp() {
    raw = new OkHttpClient();
    intx = IntxClient.builder(CancelBenchmark.CREDENTIALS).baseUrl("http://127.0.0.1:1/").httpClient(raw).noRateLimit().build().orders();
    ordersUrl = HttpUrl.get("http://127.0.0.1:1/api/v1/orders/");
  }

  @Benchmark
  public Request intx() {
    return intx.cancelOrder(CancelBenchmark.ORDER_ID, CancelBenchmark.PORTFOLIO).request();
  }

  @Benchmark
  public Request floor() {
    HttpUrl url = CancelBenchmark.floorOrderUrl(ordersUrl);
    return raw.newCall(new Request.Builder().url(url).delete().build()).request();
  }
}
