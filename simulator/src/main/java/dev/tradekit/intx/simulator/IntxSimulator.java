package dev.tradekit.intx.simulator;

import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.TransferV1;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xnio.Options;

/**
 * An INTX REST simulator on 127.0.0.1 that serves every operation of the generated client: it
 * checks signed headers as the exchange does, keeps orders (create, list, get, modify, cancel,
 * cancel all) and answers the rest from a data set generated from a fixed seed (portfolios,
 * balances, positions, 1,200 fills, transfers, assets, instruments, the index, fee tiers). With
 * {@link Builder#readOnly(boolean)} it refuses every write, as INTX has since 1 October 2026.
 * For demos, the CLI, and tests (see {@link IntxSimulatorExtension}).
 *
 * <p>It runs on Undertow with limits of its own, none JVM-wide: headers must arrive within
 * {@link #HEADER_TIMEOUT}, an idle connection is closed after {@link #IDLE_TIMEOUT}, a body is
 * at most 1 MiB (413 beyond), and a signed request's key, passphrase and timestamp are checked
 * before its body is read.
 *
 * <pre>{@code
 * try (IntxSimulator simulator = IntxSimulator.builder().build().start()) {
 *   IntxClient client = IntxClient.builder(simulator.credentials()).baseUrl(simulator.baseUrl()).build();
 *   client.orders().cancelOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute();
 * }
 * }</pre>
 */
public final class IntxSimulator implements AutoCloseable {
  /**
   * Public demo credentials the simulator accepts by default. They are not secret and are valid
   * nowhere else; printing them is fine.
   */
  public static final String DEMO_API_KEY = "intx-simulator-demo-key";
  /** Passphrase of the demo credentials (see {@link #DEMO_API_KEY}). */
  public static final String DEMO_PASSPHRASE = "intx-simulator-demo-passphrase";
  /** Base64 secret of the demo credentials (see {@link #DEMO_API_KEY}). */
  public static final String DEMO_SECRET = "aW50eC1zaW11bGF0b3ItZGVtby1zZWNyZXQtbm90LXJlYWw=";

  /** How long a client may take to send a request's line and headers. */
  public static final Duration HEADER_TIMEOUT = Duration.ofSeconds(5);
  /** How long a connection may sit idle (no request, or a stalled body) before it is closed. */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  static final int WORKER_THREADS = 16;
  static final int MAX_HEADER_BYTES = 16 * 1024;

  private final int requestedPort;
  private final IntxCredentials credentials;
  private final OrderBook book;
  private final Stats stats = new Stats();
  private final Arrivals arrivals;
  private final Gateway gateway;
  private final boolean readOnly;
  private final Duration headerTimeout;
  private final Duration idleTimeout;
  private Undertow server;

  private IntxSimulator(Builder builder) {
    this.requestedPort = builder.port;
    this.readOnly = builder.readOnly;
    this.headerTimeout = builder.headerTimeout;
    this.idleTimeout = builder.idleTimeout;
    this.arrivals = new Arrivals(builder.recordArrivals);
    this.credentials =
        IntxCredentials.builder()
            .apiKey(builder.apiKey)
            .passphrase(builder.passphrase)
            .secret(builder.secret)
            .portfolioId(DemoOrders.PORTFOLIO_ID)
            .build();
    SeedData seed = SeedData.generate();
    Lazy<SeedHistory> history = new Lazy<>(() -> SeedHistory.generate(seed));
    Portfolios portfolios = new Portfolios();
    seed.portfolios.forEach(p -> portfolios.add(p, seed.balances.get(p.getPortfolioId()), seed.positions.get(p.getPortfolioId())));
    this.book = new OrderBook(() -> history.get().doneOrders);
    if (builder.seedDemoOrders) {
      DemoOrders.all().forEach(book::add);
    }
    Ledger<PortfolioFillV1> fills = new Ledger<>(PortfolioFillV1.class, PortfolioFillV1::getEventTime, () -> history.get().fills);
    Ledger<TransferV1> transfers = new Ledger<>(TransferV1.class, TransferV1::getCreatedAt, () -> history.get().transfers);
    Map<String, Endpoint> endpoints = new HashMap<>();
    new MarketEndpoints(seed.market).register(endpoints);
    new OrderEndpoints(book, new NewOrders(seed.market, portfolios, book, fills), seed.market, portfolios).register(endpoints);
    new PortfolioEndpoints(portfolios, seed.market, book).register(endpoints);
    new LoanEndpoints(portfolios, seed.market).register(endpoints);
    new FillEndpoints(fills, portfolios).register(endpoints);
    new TransferEndpoints(transfers, portfolios, seed.market).register(endpoints);
    RequestAuthenticator authenticator = new RequestAuthenticator(builder.apiKey, builder.passphrase, builder.secret, builder.clock);
    this.gateway = new Gateway(Router.fromOperationTable(), endpoints, authenticator, new ReadOnlyPolicy(builder.readOnly),
        builder.clock, stats, arrivals);
  }

  /** {@return a new builder, with the defaults listed on {@link Builder}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The credentials built from {@link #DEMO_API_KEY}, {@link #DEMO_PASSPHRASE}, {@link #DEMO_SECRET}.
   *
   * @return the demo credentials, with the demo portfolio
   */
  public static IntxCredentials demoCredentials() {
    return IntxCredentials.builder()
        .apiKey(DEMO_API_KEY)
        .passphrase(DEMO_PASSPHRASE)
        .secret(DEMO_SECRET)
        .portfolioId(DemoOrders.PORTFOLIO_ID)
        .build();
  }

  /**
   * Binds 127.0.0.1 and starts serving.
   *
   * @return this simulator
   * @throws IllegalStateException if it has already been started or the port cannot be bound
   */
  public synchronized IntxSimulator start() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    ServerLogs.quiet();
    Undertow undertow = Undertow.builder()
        .addHttpListener(requestedPort, "127.0.0.1")
        .setIoThreads(2)
        .setWorkerThreads(WORKER_THREADS)
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) headerTimeout.toMillis())
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) idleTimeout.toMillis())
        .setServerOption(UndertowOptions.IDLE_TIMEOUT, (int) idleTimeout.toMillis())
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
        .setServerOption(UndertowOptions.DECODE_URL, false)
        .setSocketOption(Options.BACKLOG, 256)
        .setWorkerOption(Options.THREAD_DAEMON, true)
        .setWorkerOption(Options.WORKER_NAME, "intx-simulator")
        .setHandler(gateway)
        .build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot listen on 127.0.0.1:" + requestedPort, e);
    }
    server = undertow;
    return this;
  }

  /** Stops serving at once; open connections are closed. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * The URL to send requests to; pass it to {@code IntxClient.Builder.baseUrl}.
   *
   * @return e.g. {@code http://127.0.0.1:54321/}
   * @throws IllegalStateException if the simulator is not running
   */
  public synchronized String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /**
   * The port the simulator listens on, the free one it picked if none was asked for.
   *
   * @return the port
   * @throws IllegalStateException if the simulator is not running
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** {@return client credentials for the account this simulator accepts, with the demo portfolio} */
  public IntxCredentials credentials() {
    return credentials;
  }

  /** {@return whether every write is refused (403), as on read-only INTX} */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Adds an open order.
   *
   * @param order the order; it needs an order id and a portfolio id
   * @return a copy of the order as added
   */
  public OrderResultV1 addOrder(OrderResultV1 order) {
    return book.add(order);
  }

  /** {@return copies of the orders still open} */
  public List<OrderResultV1> openOrders() {
    return book.open();
  }

  /** {@return how many single-order cancels were answered with 200} */
  public long canceledCount() {
    return stats.canceled.get();
  }

  /** {@return how many single-order cancels were answered with 400} */
  public long rejectedCount() {
    return stats.rejected.get();
  }

  /** {@return how many requests were answered with 401} */
  public long unauthorizedCount() {
    return stats.unauthorized.get();
  }

  /**
   * When each request arrived, recorded only when built with {@link Builder#recordArrivals}.
   *
   * @return {@link System#nanoTime()} readings, earliest first
   */
  public long[] arrivalTimes() {
    return arrivals.sorted();
  }

  /**
   * The most requests that arrived within any one sliding second, recorded only when built with
   * {@link Builder#recordArrivals}: what a per-second rate limit at the exchange would count.
   *
   * @return the count in the busiest second
   */
  public int busiestSecond() {
    return Arrivals.busiest(arrivals.sorted(), 1_000_000_000L);
  }

  @Override
  public synchronized String toString() {
    return "IntxSimulator{" + (server == null ? "stopped" : baseUrl()) + (readOnly ? ", read-only" : "")
        + ", credentials=" + credentials + "}";
  }

  /** Defaults: any free port, the system UTC clock, the demo credentials, the demo orders, writable. */
  public static final class Builder {
    private int port;
    private Clock clock = Clock.systemUTC();
    private String apiKey = DEMO_API_KEY;
    private String passphrase = DEMO_PASSPHRASE;
    private String secret = DEMO_SECRET;
    private boolean seedDemoOrders = true;
    private boolean readOnly;
    private boolean recordArrivals;
    private Duration headerTimeout = HEADER_TIMEOUT;
    private Duration idleTimeout = IDLE_TIMEOUT;

    private Builder() {}

    /** Shorter timeouts, so tests need not wait 30 s for an idle connection to close. */
    Builder timeouts(Duration headerTimeout, Duration idleTimeout) {
      this.headerTimeout = Objects.requireNonNull(headerTimeout, "headerTimeout");
      this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * The port to listen on; 0 (the default) picks a free port.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The clock request timestamps are checked against and event times come from.
     *
     * @param clock the clock (default: the system UTC clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The only account the simulator accepts (default: the public demo values). The simulator
     * checks signatures with its own HMAC code, so it takes the secret itself, Base64 as INTX
     * issues it.
     *
     * @param apiKey the API key
     * @param passphrase the passphrase
     * @param base64Secret the secret, Base64-encoded
     * @return this builder
     * @throws IllegalArgumentException if the secret is not valid Base64
     */
    public Builder account(String apiKey, String passphrase, String base64Secret) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      this.passphrase = Objects.requireNonNull(passphrase, "passphrase");
      this.secret = Objects.requireNonNull(base64Secret, "base64Secret");
      java.util.Base64.getDecoder().decode(base64Secret);
      return this;
    }

    /**
     * Whether to start with the three {@link DemoOrders} (default true).
     *
     * @param seed true to add the demo orders
     * @return this builder
     */
    public Builder seedDemoOrders(boolean seed) {
      this.seedDemoOrders = seed;
      return this;
    }

    /**
     * Read-only INTX (default false): reads are served; every write (POST, PUT, PATCH, DELETE) is
     * refused with 403 {@code Forbidden(READ_ONLY - ...)} after authentication. The exchange's
     * exact answer is not documented; this one has the shape of its other refusals.
     *
     * @param readOnly true to refuse every write
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Records when each request arrives (default false), for {@link IntxSimulator#busiestSecond()}
     * and {@link IntxSimulator#arrivalTimes()}; memory grows with every request.
     *
     * @param record true to record
     * @return this builder
     */
    public Builder recordArrivals(boolean record) {
      this.recordArrivals = record;
      return this;
    }

    /** {@return a new simulator with these settings, not yet started (see {@link IntxSimulator#start()})} */
    public IntxSimulator build() {
      return new IntxSimulator(this);
    }
  }
}
