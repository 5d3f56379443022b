package dev.tradekit.intx.examples;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.tradekit.intx.client.IntxHttpException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.simulator.IntxSimulator;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * One of the processes of {@link SharedRateLimitTest}: a client on the simulator's key sharing its
 * limit through Redis or a Hazelcast member of its own, with the default reserve for cancels; on
 * "go" (stdin), 31 threads read and one cancels every {@link #CANCEL_EVERY_MILLIS}, for the given time. Prints "ready", then one line
 * per cancel ("cancel MILLIS") and read ("read MILLIS"), each call's duration, the permits held in
 * the store every 100 ms of the run ("held N"), and "failed N".
 *
 * <p>Arguments: {@code baseUrl runMillis redis URL} or {@code baseUrl runMillis hazelcast
 * CLUSTER_NAME OWN_PORT PORT,PORT,PORT}.
 */
public final class SharedLimitWorker {
  static final int THREADS = 32;
  static final String KEY = IntxClient.DEFAULT_SHARED_RATE_LIMIT_PREFIX + IntxSimulator.DEMO_API_KEY;
  /** Written to stderr when the run starts: the test counts the WARN lines after it. */
  static final String GO = "--- go ---";
  /**
   * One cancel per process in any second (a cancel's permit is held a second after its answer),
   * three of three processes: within the default reserve of 4.
   */
  static final long CANCEL_EVERY_MILLIS = 1_100;

  public static void main(String[] args) throws Exception {
    System.setProperty("hazelcast.logging.type", "none");
    String baseUrl = args[0];
    long runMillis = Long.parseLong(args[1]);
    IntxClient.Builder builder =
        IntxClient.builder(IntxSimulator.demoCredentials()).baseUrl(baseUrl).callTimeout(Duration.ofSeconds(20));
    HazelcastInstance member = null;
    if (args[2].equals("redis")) {
      builder.sharedRateLimit(args[3]);
    } else {
      member = hazelcastMember(args[3], Integer.parseInt(args[4]), args[5].split(","));
      member.getMap("warm-up").put("partitions", "assigned");
      builder.sharedRateLimitOnHazelcast(member);
    }
    IntxClient intx = builder.build();
    IntSupplier held = args[2].equals("redis") ? redisHeld(args[3]) : hazelcastHeld(member);
    // Classes, connections and the store warmed up (slow on a busy machine): a read and a cancel.
    intx.portfolios().getPortfolios().execute();
    cancel(intx);
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine(); // "go"
    System.err.println(GO);

    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis);
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      boolean canceller = i == 0;
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          try {
            if (canceller) {
              cancel(intx);
            } else {
              intx.portfolios().getPortfolios().execute();
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            lines.add((canceller ? "cancel " : "read ") + millis);
            if (canceller) {
              Thread.sleep(CANCEL_EVERY_MILLIS);
            }
          } catch (Exception e) {
            failed.incrementAndGet();
            System.err.println("call failed: " + e);
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(200); // the first permits granted
    while (System.nanoTime() < end) {
      try {
        lines.add("held " + held.getAsInt());
      } catch (RuntimeException storeDown) {
        // the Redis test that stops Redis
      }
      Thread.sleep(100);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    lines.forEach(System.out::println);
    System.out.println("failed " + failed.get());
    System.out.flush();
    System.exit(0); // Hazelcast and Lettuce threads would keep the JVM alive
  }

  /** Permits in use or cooling down in the store, read there. */
  private static IntSupplier redisHeld(String url) {
    RedisCommands<String, String> redis = RedisClient.create(url).connect().sync();
    redis.setTimeout(Duration.ofMillis(500));
    String count = "local t = redis.call('TIME') return redis.call('ZCOUNT', KEYS[1], '(' .. (t[1] * 1000000 + t[2]), '+inf')";
    return () -> ((Long) redis.eval(count, ScriptOutputType.INTEGER, KEY)).intValue();
  }

  private static IntSupplier hazelcastHeld(HazelcastInstance member) {
    IMap<String, long[]> permits = member.getMap("intx-rate-limit");
    return () -> {
      long[] pairs = permits.get(KEY);
      long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
      int held = 0;
      for (int i = 1; pairs != null && i < pairs.length; i += 2) {
        held += pairs[i] > now ? 1 : 0;
      }
      return held;
    };
  }

  private static void cancel(IntxClient intx) throws Exception {
    try {
      intx.orders().cancelOrder("no-such-order", IntxSimulator.demoCredentials().portfolioId().orElseThrow()).execute();
    } catch (IntxHttpException expected) {
      // the simulator knows no such order: answered all the same
    }
  }

  /** A member of an embedded cluster of three on loopback, TCP-IP join only; returns once all three are in. */
  private static HazelcastInstance hazelcastMember(String clusterName, int port, String[] ports) {
    Config config = new Config().setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.initial.min.cluster.size", "3");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.socket.bind.any", "false");
    NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    Arrays.stream(ports).forEach(p -> join.getTcpIpConfig().addMember("127.0.0.1:" + p));
    return Hazelcast.newHazelcastInstance(config);
  }
}
