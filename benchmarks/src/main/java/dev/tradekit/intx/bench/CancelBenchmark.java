package dev.tradekit.intx.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.tradekit.intx.bench.peer.ApiClient;
import dev.tradekit.intx.bench.peer.ApiException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.client.InternalsForBenchmarks;
import dev.tradekit.intx.generated.api.OrdersApi;
import dev.tradekit.intx.generated.api.PortfoliosApi;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One cancel, end to end on loopback, three ways against the same server:
 * <ul>
 *   <li>{@code intx}: the generated OrdersApi through IntxClient (signing, Jackson, typed errors,
 *       retry policy on; the client-side rate limit off, else it would be the measurement);
 *   <li>{@code floor}: raw OkHttp, headers signed by hand, the same Jackson parse: the least any
 *       Java client can do;
 *   <li>{@code plainGenerator}: openapi-generator's default okhttp-gson output for the same spec,
 *       with a signing interceptor added, as a user of plain generated code would have to.
 * </ul>
 * IntxClient runs on its own OkHttpClient, with its default pool and dispatcher; {@code rawLikeIntx}
 * is that client without its interceptors, for a floor like for like (same pool, timeouts and
 * settings). The fills calls ({@link #intxFills}, {@link #floorFills}) read {@link #fillsPerCall}
 * fills, for response sizes beyond the cancel's 0.7 KB.
 * Throughput at 1 and 64 threads; latency at 1 thread is its inverse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CancelBenchmark {
  static final String ORDER_ID = "43877033468085760";
  static final String PORTFOLIO = "5189861793641175";
  static final IntxCredentials CREDENTIALS =
      IntxCredentials.builder().apiKey("bench-key-0001").passphrase("bench").secret("dGVzdF9zZWNyZXRfYmFzZTY0").build();

  private LoopbackExchange exchange;
  private OrdersApi intx;
  PortfoliosApi intxPortfolios;
  OkHttpClient rawLikeIntx;
  private ObjectReader fillsReader;
  /** How many fills a fills call asks for (and gets: the loopback server ignores the exchange's 100). */
  int fillsPerCall = 100;
  private OkHttpClient raw;
  OkHttpClient rawWithIntxTimeouts;
  OkHttpClient intxHttp;
  private HttpUrl ordersUrl;
  private InternalsForBenchmarks.Signer signer;
  private ObjectReader reader;
  dev.tradekit.intx.bench.peer.api.OrdersApi plain;

  @Setup(Level.Trial)
  public void start() throws IOException {
    exchange = new LoopbackExchange();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(128);
    dispatcher.setMaxRequestsPerHost(128);
    raw = new OkHttpClient.Builder().dispatcher(dispatcher).followRedirects(false).build();

    // IntxClient with its own defaults (connection pool and dispatcher included), as a user gets it.
    IntxClient client = IntxClient.builder(CREDENTIALS).baseUrl(exchange.baseUrl()).noRateLimit().build();
    intx = client.orders();
    intxPortfolios = client.portfolios();
    intxHttp = client.httpClient();
    OkHttpClient.Builder likeIntx = intxHttp.newBuilder();
    likeIntx.interceptors().clear();
    likeIntx.networkInterceptors().clear();
    rawLikeIntx = likeIntx.build();
    rawWithIntxTimeouts =
        raw.newBuilder()
            .connectTimeout(intxHttp.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(intxHttp.readTimeoutMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(intxHttp.writeTimeoutMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(intxHttp.callTimeoutMillis(), TimeUnit.MILLISECONDS)
            .build();

    ordersUrl = HttpUrl.get(exchange.baseUrl()).resolve("api/v1/orders/");
    signer = InternalsForBenchmarks.signer(CREDENTIALS);
    reader = IntxJson.newObjectMapper().readerFor(OrderResultV1.class);
    fillsReader = IntxJson.newObjectMapper().readerFor(GetMultiPortfolioFills200Response.class);

    OkHttpClient signedForPeer =
        raw.newBuilder()
            .addNetworkInterceptor(InternalsForBenchmarks.signingInterceptor(CREDENTIALS, HttpUrl.get(exchange.baseUrl()), Clock.systemUTC()))
            .build();
    ApiClient peerClient = new ApiClient(signedForPeer);
    peerClient.setBasePath(exchange.baseUrl().substring(0, exchange.baseUrl().length() - 1));
    plain = new dev.tradekit.intx.bench.peer.api.OrdersApi(peerClient);
  }

  @TearDown(Level.Trial)
  public void stop() {
    exchange.close();
  }

  OrderResultV1 intxCancel() throws IOException {
    return intx.cancelOrder(ORDER_ID, PORTFOLIO).execute().body();
  }

  GetMultiPortfolioFills200Response intxFills() throws IOException {
    return intxPortfolios.getPortfolioFills(PORTFOLIO, null, null, null, fillsPerCall, 0, null).execute().body();
  }

  /** The fills call by hand: URL, signature, send, Jackson, as {@link #floorCancel(OkHttpClient)}. */
  GetMultiPortfolioFills200Response floorFills(OkHttpClient client) throws IOException {
    HttpUrl url =
        ordersUrl.resolve("/api/v1/portfolios/" + PORTFOLIO + "/fills").newBuilder()
            .addQueryParameter("result_limit", Integer.toString(fillsPerCall))
            .addQueryParameter("result_offset", "0")
            .build();
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    Request request =
        new Request.Builder()
            .url(url)
            .header("CB-ACCESS-KEY", CREDENTIALS.apiKey())
            .header("CB-ACCESS-PASSPHRASE", "bench")
            .header("CB-ACCESS-TIMESTAMP", timestamp)
            .header("CB-ACCESS-SIGN", signer.sign(timestamp, "GET", url.encodedPath(), null))
            .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return fillsReader.readValue(response.body().bytes());
    }
  }

  OrderResultV1 floorCancel() throws IOException {
    return floorCancel(raw);
  }

  OkHttpClient raw() {
    return raw;
  }

  /** Every cancel names another order, so any client builds the URL per call; so does the floor. */
  static HttpUrl floorOrderUrl(HttpUrl ordersUrl) {
    return ordersUrl.newBuilder().addPathSegment(ORDER_ID).addQueryParameter("portfolio", PORTFOLIO).build();
  }

  OrderResultV1 floorCancel(OkHttpClient client) throws IOException {
    HttpUrl url = floorOrderUrl(ordersUrl);
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    Request request =
        new Request.Builder()
            .url(url)
            .delete()
            .header("CB-ACCESS-KEY", CREDENTIALS.apiKey())
            .header("CB-ACCESS-PASSPHRASE", "bench")
            .header("CB-ACCESS-TIMESTAMP", timestamp)
            .header("CB-ACCESS-SIGN", signer.sign(timestamp, "DELETE", url.encodedPath(), null))
            .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return reader.readValue(response.body().bytes());
    }
  }

  @Benchmark
  @Threads(1)
  public OrderResultV1 intx_1thread() throws IOException {
    return intxCancel();
  }

  @Benchmark
  @Threads(1)
  public OrderResultV1 floor_1thread() throws IOException {
    return floorCancel();
  }

  /**
   * The floor's request sent through IntxClient's OkHttpClient (its interceptors re-sign it): the
   * cost of the interceptors and client settings, without the generated API and Retrofit.
   */
  @Benchmark
  @Threads(1)
  public OrderResultV1 floorViaIntxHttpClient_1thread() throws IOException {
    return floorCancel(intxHttp);
  }

  /**
   * The floor with IntxClient's timeouts (a whole-call timeout, no socket read or write timeouts)
   * instead of OkHttp's defaults: the floor like for like, without the saving IntxClient gets
   * from arming fewer okio timeouts.
   */
  @Benchmark
  @Threads(1)
  public OrderResultV1 floorWithIntxTimeouts_1thread() throws IOException {
    return floorCancel(rawWithIntxTimeouts);
  }

  @Benchmark
  @Threads(64)
  public OrderResultV1 floorWithIntxTimeouts_64threads() throws IOException {
    return floorCancel(rawWithIntxTimeouts);
  }

  @Benchmark
  @Threads(1)
  public Object plainGenerator_1thread() throws ApiException {
    return plain.cancelOrder(ORDER_ID, PORTFOLIO);
  }

  @Benchmark
  @Threads(64)
  public OrderResultV1 intx_64threads() throws IOException {
    return intxCancel();
  }

  @Benchmark
  @Threads(64)
  public OrderResultV1 floor_64threads() throws IOException {
    return floorCancel();
  }

  @Benchmark
  @Threads(64)
  public Object plainGenerator_64threads() throws ApiException {
    return plain.cancelOrder(ORDER_ID, PORTFOLIO);
  }
}
