package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.generated.api.OrdersApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The entry point: the generated INTX APIs, signed and wired to typed errors.
 *
 * <pre>{@code
 * IntxClient intx = IntxClient.builder(IntxCredentials.fromEnvironment()).build();
 * OrderResultV1 canceled = intx.orders().cancelOrder(orderId, portfolio).execute().body();
 * }</pre>
 *
 * {@code execute()} either returns a successful response with its parsed body or throws an
 * {@link IntxException}: {@link IntxBadRequestException} for 400 and so on.
 *
 * <p>Immutable and thread-safe; build one per API key and share it. All calls go through one
 * {@link OkHttpClient} (pass your own to share its connection pool and threads).
 */
public final class IntxClient {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);
  /** The exchange's REST limit per API key. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 40;

  private final IntxCredentials credentials;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final OrdersApi orders;

  private IntxClient(Builder builder) {
    this.credentials = builder.credentials;
    this.baseUrl = builder.baseUrl;
    ObjectMapper mapper = IntxJson.newObjectMapper();
    OkHttpClient.Builder http =
        (builder.httpClient != null ? builder.httpClient.newBuilder() : new OkHttpClient.Builder())
            .connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.writeTimeout)
            .callTimeout(builder.callTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            // The retry policy is the only thing that repeats a request: no silent resend of a
            // request on a failed connection or after a 408, no re-authentication after a 401.
            .retryOnConnectionFailure(false)
            .authenticator(Authenticator.NONE)
            .dns(FailoverDns.wrap(builder.httpClient != null ? builder.httpClient.dns() : Dns.SYSTEM))
            .addInterceptor(new RetryInterceptor(builder.retryPolicy, builder.clock, builder.ticker));
    if (!baseUrl.isHttps()) {
      // Plain HTTP (a simulator or a local gateway): skip loading the TLS trust store at start-up.
      http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    if (builder.requestsPerSecond > 0) {
      http.addInterceptor(new RateLimitInterceptor(builder.requestsPerSecond, builder.ticker));
    }
    http.networkInterceptors().add(0, RetryAfterShield.HIDE);
    http.networkInterceptors().add(0, WriteMarker.INTERCEPTOR);
    this.httpClient =
        http.addInterceptor(new UserAgentInterceptor())
            .addInterceptor(RetryAfterShield.RESTORE)
            .addNetworkInterceptor(new SigningInterceptor(credentials, baseUrl, builder.clock))
            .addNetworkInterceptor(new WireLogInterceptor(credentials, builder.wireLog))
            .addNetworkInterceptor(new InterimResponseGuard())
            .build();
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addCallAdapterFactory(new IntxCallAdapterFactory(httpClient, mapper, builder.clock))
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build();
    this.orders = ParameterValidator.wrap(OrdersApi.class, retrofit.create(OrdersApi.class));
  }

  public static Builder builder(IntxCredentials credentials) {
    return new Builder(credentials);
  }

  /** The generated orders API ({@code cancelOrder}), signed and with typed errors. */
  public OrdersApi orders() {
    return orders;
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The shared HTTP client with signing installed, e.g. to size its dispatcher or pool. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** The portfolio given with the credentials ({@code INTX_PORTFOLIO} or {@code portfolioId}). */
  public Optional<String> defaultPortfolio() {
    return credentials.portfolioId();
  }

  @Override
  public String toString() {
    return "IntxClient{baseUrl=" + baseUrl + ", credentials=" + credentials + "}";
  }

  /**
   * Configures an {@link IntxClient}; defaults: production, system UTC clock, the connect and call
   * timeouts above (no separate read or write timeout),
   * {@link RetryPolicy#defaults()}, {@value #DEFAULT_REQUESTS_PER_SECOND} requests per second.
   */
  public static final class Builder {
    private final IntxCredentials credentials;
    private HttpUrl baseUrl = IntxEnvironment.PRODUCTION.baseUrl();
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    // Off unless set: the call timeout bounds every read and write, and a socket-level timeout arms
    // okio's watchdog thread around each read and write, which costs a context switch per call
    // (BENCHMARKS.md).
    private Duration readTimeout = Duration.ZERO;
    private Duration writeTimeout = Duration.ZERO;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient httpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND;
    private Consumer<String> wireLog;
    private Ticker ticker = Ticker.SYSTEM;

    private Builder(IntxCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public Builder environment(IntxEnvironment environment) {
      this.baseUrl = Objects.requireNonNull(environment, "environment").baseUrl();
      return this;
    }

    /** Any INTX-compatible deployment, e.g. a simulator at {@code http://127.0.0.1:8080/}. */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
      }
      this.baseUrl = url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      return this;
    }

    /** The clock the request timestamps come from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Corrects a host clock that is off from the exchange's: timestamps are signed at the clock's
     * time plus {@code skew}. INTX publishes no server-time endpoint, so the offset is measured
     * by the user (e.g. against NTP). Applies to the clock set so far.
     */
    public Builder clockSkew(Duration skew) {
      this.clock = Clock.offset(clock, Objects.requireNonNull(skew, "skew"));
      return this;
    }

    /** Which calls are repeated and how ({@link RetryPolicy}); {@link RetryPolicy#none()} sends each once. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** At most this many requests from this client in any sliding second, across all threads. */
    public Builder rateLimit(int requestsPerSecond) {
      if (requestsPerSecond < 1) {
        throw new IllegalArgumentException("requestsPerSecond must be at least 1 (use noRateLimit() to turn it off)");
      }
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /** Sends as fast as callers call; the exchange answers excess with 429. */
    public Builder noRateLimit() {
      this.requestsPerSecond = 0;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** A limit on each wait for response bytes; by default none, as the call timeout bounds the reads. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** A limit on each write of request bytes; by default none, as the call timeout bounds the writes. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /** The limit on a whole call: connect, send, wait and read the body. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Shares this client's connection pool and dispatcher. Its timeouts are replaced by this
     * builder's; its redirects, connection-failure retries and authenticator are turned off.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Receives a line per request line, header and response status as sent, secrets masked.
     * By default they go to the SLF4J logger {@code dev.tradekit.intx.wire} at DEBUG.
     */
    public Builder wireLog(Consumer<String> lines) {
      this.wireLog = Objects.requireNonNull(lines, "lines");
      return this;
    }

    /** Tests: the time retry and rate-limit waits are measured on, and how they wait. */
    Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    public IntxClient build() {
      return new IntxClient(this);
    }

    private static Duration positive(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name);
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return timeout;
    }
  }
}
