package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.generated.api.OrdersApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);

  private final IntxCredentials credentials;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final OrdersApi orders;

  private IntxClient(Builder builder) {
    this.credentials = builder.credentials;
    this.baseUrl = builder.baseUrl;
    ObjectMapper mapper = IntxJson.newObjectMapper();
    OkHttpClient base = builder.httpClient != null ? builder.httpClient : new OkHttpClient();
    this.httpClient =
        base.newBuilder()
            .connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.writeTimeout)
            .callTimeout(builder.callTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(new UserAgentInterceptor())
            .addNetworkInterceptor(new SigningInterceptor(credentials, baseUrl, builder.clock))
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

  /** Configures an {@link IntxClient}; defaults: production, system UTC clock, the timeouts above. */
  public static final class Builder {
    private final IntxCredentials credentials;
    private HttpUrl baseUrl = IntxEnvironment.PRODUCTION.baseUrl();
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient httpClient;

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

    /** The clock the request timestamps come from; correct a skewed host clock with {@link Clock#offset}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /** The limit on a whole call: connect, send, wait and read the body. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** Shares this client's connection pool and dispatcher; its redirects setting is overridden (off). */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
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
