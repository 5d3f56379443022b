package dev.tradekit.intx.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An INTX REST simulator on 127.0.0.1: it checks signed headers as the exchange does and cancels
 * orders from an in-memory book. For demos, the CLI, and tests (see {@link IntxSimulatorExtension}).
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
  public static final String DEMO_PASSPHRASE = "intx-simulator-demo-passphrase";
  public static final String DEMO_SECRET = "aW50eC1zaW11bGF0b3ItZGVtby1zZWNyZXQtbm90LXJlYWw=";

  private final int requestedPort;
  private final IntxCredentials credentials;
  private final OrderBook book = new OrderBook();
  private final OrdersHandler handler;
  private HttpServer server;
  private ExecutorService executor;

  private IntxSimulator(Builder builder) {
    this.requestedPort = builder.port;
    this.credentials =
        IntxCredentials.builder()
            .apiKey(builder.apiKey)
            .passphrase(builder.passphrase)
            .secret(builder.secret)
            .portfolioId(DemoOrders.PORTFOLIO_ID)
            .build();
    RequestAuthenticator authenticator = new RequestAuthenticator(builder.apiKey, builder.passphrase, builder.secret, builder.clock);
    this.handler = new OrdersHandler(authenticator, book, builder.clock);
    if (builder.seedDemoOrders) {
      DemoOrders.all().forEach(book::add);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The credentials built from {@link #DEMO_API_KEY}, {@link #DEMO_PASSPHRASE}, {@link #DEMO_SECRET}. */
  public static IntxCredentials demoCredentials() {
    return IntxCredentials.builder()
        .apiKey(DEMO_API_KEY)
        .passphrase(DEMO_PASSPHRASE)
        .secret(DEMO_SECRET)
        .portfolioId(DemoOrders.PORTFOLIO_ID)
        .build();
  }

  /** Binds 127.0.0.1 and starts serving; returns this. */
  public synchronized IntxSimulator start() {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    // Without TCP_NODELAY the JDK server's separate header and body writes wait on delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + requestedPort, e);
    }
    executor = Executors.newFixedThreadPool(16, runnable -> {
      Thread thread = new Thread(runnable, "intx-simulator");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
    return this;
  }

  /** Stops serving at once; open connections are closed. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
    }
  }

  /** E.g. {@code http://127.0.0.1:54321/}; pass it to {@code IntxClient.Builder.baseUrl}. */
  public synchronized String baseUrl() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** Client credentials for the account this simulator accepts, with the demo portfolio. */
  public IntxCredentials credentials() {
    return credentials;
  }

  /** Adds an open order (it needs an order id and a portfolio id); returns a copy. */
  public OrderResultV1 addOrder(OrderResultV1 order) {
    return book.add(order);
  }

  /** Copies of the orders still open. */
  public List<OrderResultV1> openOrders() {
    return book.open();
  }

  /** Cancels answered with 200. */
  public long canceledCount() {
    return handler.canceled.get();
  }

  /** Cancels answered with 400. */
  public long rejectedCount() {
    return handler.rejected.get();
  }

  /** Requests answered with 401. */
  public long unauthorizedCount() {
    return handler.unauthorized.get();
  }

  @Override
  public String toString() {
    return "IntxSimulator{" + (server == null ? "stopped" : baseUrl()) + ", credentials=" + credentials + "}";
  }

  /** Defaults: any free port, the system UTC clock, the demo credentials, the demo orders. */
  public static final class Builder {
    private int port;
    private Clock clock = Clock.systemUTC();
    private String apiKey = DEMO_API_KEY;
    private String passphrase = DEMO_PASSPHRASE;
    private String secret = DEMO_SECRET;
    private boolean seedDemoOrders = true;

    private Builder() {}

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** The clock request timestamps are checked against and cancel times come from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The only account the simulator accepts (default: the public demo values). The simulator
     * checks signatures with its own HMAC code, so it takes the secret itself, Base64 as INTX
     * issues it.
     */
    public Builder account(String apiKey, String passphrase, String base64Secret) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      this.passphrase = Objects.requireNonNull(passphrase, "passphrase");
      this.secret = Objects.requireNonNull(base64Secret, "base64Secret");
      java.util.Base64.getDecoder().decode(base64Secret);
      return this;
    }

    /** Whether to start with the three {@link DemoOrders} (default true). */
    public Builder seedDemoOrders(boolean seed) {
      this.seedDemoOrders = seed;
      return this;
    }

    public IntxSimulator build() {
      return new IntxSimulator(this);
    }
  }
}
