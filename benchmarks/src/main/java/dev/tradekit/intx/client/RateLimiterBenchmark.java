package dev.tradekit.intx.client;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a permit costs a request (acquire, then release once the answer is in) with a limit too high
 * to wait: the local limiter, Redis on loopback (a redis-server this benchmark starts; it must be on
 * PATH), and Hazelcast through a client on loopback to a member in this JVM. Same package as the
 * limiters, benchmarks only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RateLimiterBenchmark {
  private static final int NO_WAIT_LIMIT = 1_000_000;

  @Param({"local", "redis", "hazelcast"})
  public String backend;

  private RateLimiter limiter;
  private Process redis;
  private HazelcastInstance member;
  private HazelcastInstance client;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    PermitStore store;
    switch (backend) {
      case "local":
        limiter = new LocalRateLimiter(NO_WAIT_LIMIT, 0, Ticker.SYSTEM);
        return;
      case "redis":
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
          port = socket.getLocalPort();
        }
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(port);
        store = RedisPermitStore.create("redis://127.0.0.1:" + port);
        break;
      case "hazelcast":
        System.setProperty("hazelcast.logging.type", "none");
        Config config = new Config().setClusterName("bench");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        member = Hazelcast.newHazelcastInstance(config);
        ClientConfig clientConfig = new ClientConfig().setClusterName("bench");
        clientConfig.getNetworkConfig().addAddress("127.0.0.1:" + member.getCluster().getLocalMember().getAddress().getPort());
        client = HazelcastClient.newHazelcastClient(clientConfig);
        store = new HazelcastPermitStore(client);
        break;
      default:
        throw new IllegalArgumentException(backend);
    }
    limiter = new SharedRateLimiter(store, "intx:bench", NO_WAIT_LIMIT, 0, 1, Ticker.SYSTEM);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (redis != null) {
      redis.destroy();
    }
    if (client != null) {
      client.shutdown();
    }
    if (member != null) {
      member.shutdown();
    }
  }

  @Benchmark
  public void permit() throws InterruptedException {
    limiter.acquire(false, Long.MAX_VALUE).release();
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("redis-server did not start");
  }
}
