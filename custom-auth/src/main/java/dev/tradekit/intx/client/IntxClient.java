package dev.tradekit.intx.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.generated.api.AssetsApi;
import dev.tradekit.intx.generated.api.FeeRatesApi;
import dev.tradekit.intx.generated.api.IndexApi;
import dev.tradekit.intx.generated.api.InstrumentsApi;
import dev.tradekit.intx.generated.api.OrdersApi;
import dev.tradekit.intx.generated.api.PortfoliosApi;
import dev.tradekit.intx.generated.api.PositionOffsetsApi;
import dev.tradekit.intx.generated.api.RankingsApi;
import dev.tradekit.intx.generated.api.TransfersApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The entry point: every generated INTX API, signed and wired to typed errors.
 *
 * <pre>{@code
 * IntxClient intx = IntxClient.builder(IntxCredentials.fromEnvironment()).build();
 * List<PortfolioBalanceV1> balances = intx.portfolios().getPortfolioBalances(portfolio).execute().body();
 * OrderResultV1 canceled = intx.orders().cancelOrder(orderId, portfolio).execute().body();
 * }</pre>
 *
 * {@code execute()} either returns a successful response with its parsed body or throws an
 * {@link IntxException}: {@link IntxBadRequestException} for 400 and so on. A client built with
 * {@link #builder()} has no credentials and can call the public market-data operations (assets,
 * instruments, position offsets, fee-rate tiers); any other operation fails before sending.
 *
 * <p>Immutable and thread-safe; build one per API key and share it. All calls go through one
 * {@link OkHttpClient} (pass your own to share its connection pool and threads).
 */
public final class IntxClient {
  /** How long opening a connection may take unless {@link Builder#connectTimeout} says otherwise: 5 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** How long a whole call may take unless {@link Builder#callTimeout} says otherwise: 15 s. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);
  /**
   * How many idle connections the client's own pool keeps for reuse (for 5 minutes each), unless
   * you pass your own OkHttpClient: 64. OkHttp's default of 5 makes every thread beyond the fifth
   * open a new connection per call.
   */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;
  /**
   * How many asynchronous calls ({@code enqueue}, {@link IntxAsync}) the client's own dispatcher
   * runs at once, unless you pass your own OkHttpClient: 256. They all go to the exchange's one
   * host, where OkHttp's default would run 5 and queue the rest.
   */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 256;
  /** The exchange's REST limit per API key. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 40;
  /** Where {@link Builder#sharedRateLimit(String)} keeps its counts unless told otherwise; the API key follows. */
  public static final String DEFAULT_SHARED_RATE_LIMIT_PREFIX = "intx:rate-limit:";

  private final IntxCredentials credentials;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final Retrofit retrofit;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  private IntxClient(Builder builder) {
    this.credentials = builder.credentials;
    this.baseUrl = builder.baseUrl;
    // Request bodies leave out the optional fields left null: the spec allows no null in them (and
    // a PATCH would read a null as a change). Reading is unaffected.
    ObjectMapper mapper = IntxJson.newObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    OkHttpClient.Builder http =
        (builder.httpClient != null ? builder.httpClient.newBuilder() : sizedForConcurrentUse())
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
            // Outermost: it sees the cancel's answer after all retries (LostCancelInterceptor).
            .addInterceptor(new LostCancelInterceptor(mapper, builder.clock))
            .addInterceptor(new RetryInterceptor(builder.retryPolicy, builder.clock, builder.ticker));
    if (!baseUrl.isHttps()) {
      // Plain HTTP (a simulator or a local gateway): skip loading the TLS trust store at start-up.
      http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    if (builder.requestsPerSecond > 0) {
      http.addInterceptor(new RateLimitInterceptor(builder.rateLimiter(), builder.ticker));
    }
    SigningInterceptor signing = credentials == null ? null : new SigningInterceptor(credentials, baseUrl, builder.clock);
    this.httpClient = http.addNetworkInterceptor(new AttemptInterceptor(signing, new WireLog(credentials, builder.wireLog))).build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addCallAdapterFactory(new IntxCallAdapterFactory(httpClient, mapper, builder.clock))
            .addConverterFactory(new QueryValueConverterFactory())
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build();
  }

  /** A new OkHttpClient builder whose pool and dispatcher serve many threads at once. */
  private static OkHttpClient.Builder sizedForConcurrentUse() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(DEFAULT_MAX_CONCURRENT_CALLS);
    dispatcher.setMaxRequestsPerHost(DEFAULT_MAX_CONCURRENT_CALLS);
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(DEFAULT_MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .dispatcher(dispatcher);
  }

  /**
   * A client that signs every request with {@code credentials}.
   *
   * @param credentials the API key, passphrase and secret to sign with
   * @return a builder with the defaults (production, rate limit, retries)
   */
  public static Builder builder(IntxCredentials credentials) {
    return new Builder(Objects.requireNonNull(credentials, "credentials"));
  }

  /**
   * A client without credentials, for the public market data: assets, instruments, position
   * offsets and fee-rate tiers. Operations that need an API key throw {@link IllegalStateException}
   * before anything is sent.
   *
   * @return a builder with the defaults (production, rate limit, retries)
   */
  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Any generated API interface (one per tag of the spec), signed and with typed errors. The named
   * accessors below are shortcuts for the tags the spec has today.
   *
   * @param <T> the API interface
   * @param api a generated interface of package {@code dev.tradekit.intx.generated.api}
   * @return the one implementation of {@code api} this client has, created on first use
   * @throws IllegalArgumentException if {@code api} is not a generated INTX API interface
   */
  public <T> T api(Class<T> api) {
    Objects.requireNonNull(api, "api");
    if (!api.isInterface() || !api.getPackageName().equals(AssetsApi.class.getPackageName())) {
      throw new IllegalArgumentException(api.getName() + " is not a generated INTX API interface");
    }
    return api.cast(apis.computeIfAbsent(api, a -> ParameterValidator.wrap(api, retrofit.create(api), credentials != null)));
  }

  /** {@return the assets API: assets and their networks (public)} */
  public AssetsApi assets() {
    return api(AssetsApi.class);
  }

  /** {@return the fee rates API: fee-rate tiers (public)} */
  public FeeRatesApi feeRates() {
    return api(FeeRatesApi.class);
  }

  /** {@return the index API: index composition, price and candles} */
  public IndexApi index() {
    return api(IndexApi.class);
  }

  /** {@return the instruments API: instruments, quotes, candles, funding and daily volumes (public)} */
  public InstrumentsApi instruments() {
    return api(InstrumentsApi.class);
  }

  /** {@return the orders API: create, list, get, modify and cancel orders} */
  public OrdersApi orders() {
    return api(OrdersApi.class);
  }

  /** {@return the portfolios API: portfolios, balances, positions, fills, loans, limits and transfers between portfolios} */
  public PortfoliosApi portfolios() {
    return api(PortfoliosApi.class);
  }

  /** {@return the position offsets API (public)} */
  public PositionOffsetsApi positionOffsets() {
    return api(PositionOffsetsApi.class);
  }

  /** {@return the rankings API: ranking statistics} */
  public RankingsApi rankings() {
    return api(RankingsApi.class);
  }

  /** {@return the transfers API: deposits, withdrawals, addresses and counterparties} */
  public TransfersApi transfers() {
    return api(TransfersApi.class);
  }

  /** {@return the base URL every call goes to, ending in {@code /}} */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** {@return the shared HTTP client with signing installed}, e.g. to size its dispatcher or pool. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  @Override
  public String toString() {
    return "IntxClient{baseUrl=" + DisplayUrl.of(baseUrl) + ", credentials=" + (credentials == null ? "none" : credentials) + "}";
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
    private int cancelReserve = -1; // -1: a tenth of the limit
    private PermitStore sharedStore;
    private String sharedPrefix = DEFAULT_SHARED_RATE_LIMIT_PREFIX;
    private int fallbackPerSecond = -1; // -1: a quarter of the limit

    /** @param credentials null for a client of the public operations only */
    private Builder(IntxCredentials credentials) {
      this.credentials = credentials;
    }

    /**
     * The exchange deployment to call.
     *
     * @param environment production or sandbox
     * @return this builder
     */
    public Builder environment(IntxEnvironment environment) {
      this.baseUrl = Objects.requireNonNull(environment, "environment").baseUrl();
      return this;
    }

    /**
     * Any INTX-compatible deployment, e.g. a simulator at {@code http://127.0.0.1:8080/}. A
     * {@code user:password@} in it is masked wherever the URL is shown.
     *
     * @param baseUrl an http or https URL without query or fragment; a missing final {@code /} is added
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + DisplayUrl.of(baseUrl));
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + DisplayUrl.of(url));
      }
      this.baseUrl = url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      return this;
    }

    /**
     * The clock the request timestamps come from.
     *
     * @param clock the clock; the default is {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Corrects a host clock that is off from the exchange's: timestamps are signed at the clock's
     * time plus {@code skew}. INTX publishes no server-time endpoint, so the offset is measured
     * by the user (e.g. against NTP). Applies to the clock set so far.
     *
     * @param skew how far the exchange's clock is ahead of this host's (negative: behind)
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      this.clock = Clock.offset(clock, Objects.requireNonNull(skew, "skew"));
      return this;
    }

    /**
     * Which calls are repeated and how ({@link RetryPolicy}); {@link RetryPolicy#none()} sends each once.
     *
     * @param retryPolicy the policy; the default is {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * At most this many requests from this client in any sliding second, across all threads.
     *
     * @param requestsPerSecond at least 1; the default is {@value IntxClient#DEFAULT_REQUESTS_PER_SECOND}
     * @return this builder
     */
    public Builder rateLimit(int requestsPerSecond) {
      if (requestsPerSecond < 1) {
        throw new IllegalArgumentException("requestsPerSecond must be at least 1 (use noRateLimit() to turn it off)");
      }
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /**
     * Sends as fast as callers call; the exchange answers excess with 429.
     *
     * @return this builder
     */
    public Builder noRateLimit() {
      this.requestsPerSecond = 0;
      return this;
    }

    // ---- Cancels first, and the limit shared across processes ----

    /**
     * Keeps this many of each second's permits for cancels ({@code DELETE}): reads and other
     * requests never take them, so a cancel does not wait behind them (unless this many cancels
     * were sent within the last second).
     *
     * @param permits 0 or more, and less than the rate limit; the default is a tenth of the limit
     *     (4 of 40), rounded down
     * @return this builder
     */
    public Builder cancelReserve(int permits) {
      if (permits < 0) {
        throw new IllegalArgumentException("cancelReserve must not be negative");
      }
      this.cancelReserve = permits;
      return this;
    }

    /**
     * Shares the rate limit with every client of the same API key, in any process on any machine,
     * through Redis: at most {@link #rateLimit} requests from all of them in any sliding second.
     * Needs {@code io.lettuce:lettuce-core} on the classpath. When Redis does not answer within
     * a second, this process falls back to {@link #sharedRateLimitFallback} requests per second and
     * logs one WARN line, and asks Redis again every 5 s.
     *
     * @param redisUrl {@code redis://[password@]host[:port][/db]}, {@code rediss://} for TLS
     *     (Lettuce's syntax)
     * @return this builder
     * @throws IllegalArgumentException if it is not a Redis URL
     */
    public Builder sharedRateLimit(String redisUrl) {
      this.sharedStore = RedisPermitStore.create(Objects.requireNonNull(redisUrl, "redisUrl"));
      return this;
    }

    /**
     * Like {@link #sharedRateLimit(String)}, in a Hazelcast cluster you run (member or client):
     * a map named {@code intx-rate-limit}. Needs {@code com.hazelcast:hazelcast}
     * on the classpath, and intx-client on the members' classpath. (Not an overload of
     * {@code sharedRateLimit}: choosing between overloads, javac would need Hazelcast's classes
     * for every caller, Redis users included.)
     *
     * @param hazelcast the instance to keep the counts in
     * @return this builder
     */
    public Builder sharedRateLimitOnHazelcast(com.hazelcast.core.HazelcastInstance hazelcast) {
      this.sharedStore = new HazelcastPermitStore(Objects.requireNonNull(hazelcast, "hazelcast"));
      return this;
    }

    /**
     * Where the shared limit's counts live: this prefix followed by the API key (never the secret).
     *
     * @param prefix the default is {@value IntxClient#DEFAULT_SHARED_RATE_LIMIT_PREFIX}
     * @return this builder
     */
    public Builder sharedRateLimitPrefix(String prefix) {
      this.sharedPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * This process's own limit while the shared limit's store is down. Safe when the processes on
     * the key, each at this limit, stay within the exchange's: the default, a quarter of the limit
     * (10 of 40), is safe for up to four processes.
     *
     * @param requestsPerSecond at least 1 and at most the rate limit
     * @return this builder
     */
    public Builder sharedRateLimitFallback(int requestsPerSecond) {
      if (requestsPerSecond < 1) {
        throw new IllegalArgumentException("sharedRateLimitFallback must be at least 1");
      }
      this.fallbackPerSecond = requestsPerSecond;
      return this;
    }

    private RateLimiter rateLimiter() {
      int reserve = cancelReserve >= 0 ? cancelReserve : requestsPerSecond / 10;
      if (reserve >= requestsPerSecond) {
        throw new IllegalArgumentException("cancelReserve (" + reserve + ") must be less than the rate limit (" + requestsPerSecond + ")");
      }
      if (sharedStore == null) {
        return new LocalRateLimiter(requestsPerSecond, reserve, ticker);
      }
      int fallback = fallbackPerSecond >= 0 ? fallbackPerSecond : Math.max(1, requestsPerSecond / 4);
      if (fallback > requestsPerSecond) {
        throw new IllegalArgumentException("sharedRateLimitFallback (" + fallback + ") must not exceed the rate limit (" + requestsPerSecond + ")");
      }
      String key = sharedPrefix + (credentials == null ? "public" : credentials.apiKey());
      return new SharedRateLimiter(sharedStore, key, requestsPerSecond, reserve, fallback, ticker);
    }

    // ----

    /**
     * The limit on opening a connection (TCP and TLS).
     *
     * @param timeout positive; the default is {@link IntxClient#DEFAULT_CONNECT_TIMEOUT}
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * A limit on each wait for response bytes; by default none, as the call timeout bounds the reads.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * A limit on each write of request bytes; by default none, as the call timeout bounds the writes.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * The limit on a whole call: connect, send, wait and read the body.
     *
     * @param timeout positive; the default is {@link IntxClient#DEFAULT_CALL_TIMEOUT}
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Shares this client's connection pool and dispatcher, as they are: the sizes of {@link
     * IntxClient#DEFAULT_MAX_IDLE_CONNECTIONS} and {@link IntxClient#DEFAULT_MAX_CONCURRENT_CALLS}
     * apply only to the client's own. Its timeouts are replaced by this builder's; its redirects,
     * connection-failure retries and authenticator are turned off.
     *
     * @param httpClient the client whose pool and dispatcher to share
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Receives a line per request line, header and response status as sent, secrets masked.
     * By default they go to the SLF4J logger {@code dev.tradekit.intx.wire} at DEBUG.
     *
     * @param lines receives each line, from the calling thread or OkHttp's
     * @return this builder
     */
    public Builder wireLog(Consumer<String> lines) {
      this.wireLog = Objects.requireNonNull(lines, "lines");
      return this;
    }

    /** Tests: a store of their own for the shared rate limit. */
    Builder sharedRateLimitStore(PermitStore store) {
      this.sharedStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Tests: the time retry and rate-limit waits are measured on, and how they wait. */
    Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /** {@return a new client with this builder's settings} */
    public IntxClient build() {
      if (requestsPerSecond == 0 && sharedStore != null) {
        throw new IllegalStateException("sharedRateLimit needs a rate limit, but noRateLimit() was called");
      }
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
