package dev.tradekit.intx.examples;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxHttpException;
import dev.tradekit.intx.simulator.IntxSimulator;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * One of the processes of {@link SharedRateLimitTest}, kept for all its tests: a member of an
 * embedded Hazelcast cluster of the three from its start, and per test a client on the test's
 * simulator sharing its limit through Redis or that member, with the default reserve for cancels.
 *
 * <p>Commands on stdin, one a line:
 *
 * <ul>
 *   <li>{@code client BASE_URL redis URL} or {@code client BASE_URL hazelcast}: a new client, warmed
 *       up with a read and a cancel; prints "ready".
 *   <li>{@code go RUN_MILLIS}: 31 threads read and one cancels every {@link #CANCEL_EVERY_MILLIS},
 *       for the given time. Prints one line per cancel ("cancel MILLIS") and read ("read MILLIS"),
 *       each call's duration; a read still waiting for its permit when the time is up is stopped
 *       (interrupted) and printed as "cut MILLIS", its wait so far. Then the permits held in the
 *       store every 100 ms of the run ("held N"), "failed N" and "end".
 * </ul>
 *
 * <p>Arguments: {@code CLUSTER_NAME OWN_PORT PORT,PORT,PORT}. Writes a timestamped line to stderr
 * at each step; the test looks for WARN lines after the last {@link #GO}.
 */
public final class SharedLimitWorker {
  static final int THREADS = 32;
  static final String KEY = IntxClient.DEFAULT_SHARED_RATE_LIMIT_PREFIX + IntxSimulator.DEMO_API_KEY;
  /** Written to stderr when a run starts: the test counts the WARN lines after it. */
  static final String GO = "--- go ---";
  /**
   * One cancel per process in any second (a cancel's permit is held a second after its answer),
   * three of three processes: within the default reserve of 4.
   */
  static final long CANCEL_EVERY_MILLIS = 1_100;

  private IntxClient intx;
  private IntSupplier held;
  private Runnable closeHeld = () -> {};

  public static void main(String[] args) throws Exception {
    System.setProperty("hazelcast.logging.type", "none");
    stamp("main");
    // Formed while this process loads the client's classes; every "ready" waits for it.
    CompletableFuture<HazelcastInstance> member =
        CompletableFuture.supplyAsync(() -> hazelcastMember(args[0], Integer.parseInt(args[1]), args[2].split(",")));
    SharedLimitWorker worker = new SharedLimitWorker();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] command = line.split(" ");
      if (command[0].equals("client")) {
        worker.newClient(command, member);
        stamp("ready");
        System.out.println("ready");
      } else if (command[0].equals("go")) {
        worker.run(Long.parseLong(command[1]));
        stamp("end");
        System.out.println("end");
      }
      System.out.flush();
    }
    System.exit(0); // Hazelcast and Lettuce threads would keep the JVM alive
  }

  private void newClient(String[] command, CompletableFuture<HazelcastInstance> member) throws Exception {
    IntxClient.Builder builder =
        IntxClient.builder(IntxSimulator.demoCredentials()).baseUrl(command[1]).callTimeout(Duration.ofSeconds(20));
    closeHeld.run();
    if (command[2].equals("redis")) {
      builder.sharedRateLimit(command[3]);
      redisHeld(command[3]);
    } else {
      builder.sharedRateLimitOnHazelcast(member.join());
      held = hazelcastHeld(member.join());
      closeHeld = () -> {};
    }
    intx = builder.build();
    stamp("client built");
    // Classes, connections and the store warmed up (slow on a busy machine): a read and a cancel.
    intx.portfolios().getPortfolios().execute();
    cancel(intx);
    stamp("client warmed up");
    member.join(); // no run while the cluster forms
  }

  private void run(long runMillis) throws Exception {
    System.err.println(GO);
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis);
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> readers = new ArrayList<>();
    // Set before the readers are interrupted: a read failing after it is stopped, not by itself.
    AtomicBoolean stopped = new AtomicBoolean();
    Thread canceller = new Thread(() -> {
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        try {
          cancel(intx);
          lines.add("cancel " + millisSince(start));
        } catch (Exception e) {
          failed.incrementAndGet();
          System.err.println("call failed: " + e);
        }
        try {
          Thread.sleep(Math.min(CANCEL_EVERY_MILLIS, TimeUnit.NANOSECONDS.toMillis(Math.max(0, end - System.nanoTime()))));
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    canceller.start();
    for (int i = 1; i < THREADS; i++) {
      Thread reader = new Thread(() -> {
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          try {
            intx.portfolios().getPortfolios().execute();
            lines.add("read " + millisSince(start));
          } catch (Exception e) {
            if (stopped.get()) {
              lines.add("cut " + millisSince(start));
              return;
            }
            failed.incrementAndGet();
            System.err.println("call failed: " + e);
          }
        }
      });
      readers.add(reader);
      reader.start();
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
    stamp("run over");
    stopped.set(true);
    readers.forEach(Thread::interrupt); // the reads still queued for a permit: dozens, 36 a second
    canceller.join(); // never stopped: a cancel is timed to its answer
    for (Thread reader : readers) {
      reader.join();
    }
    stamp("stopped");
    lines.forEach(System.out::println);
    System.out.println("failed " + failed.get());
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** Permits in use or cooling down in the store, read there. */
  private void redisHeld(String url) {
    RedisClient client = RedisClient.create(url);
    client.setOptions(ClientOptions.builder().autoReconnect(false).build()); // the Redis the outage test stops
    StatefulRedisConnection<String, String> connection = client.connect();
    connection.setTimeout(Duration.ofMillis(500));
    String count = "local t = redis.call('TIME') return redis.call('ZCOUNT', KEYS[1], '(' .. (t[1] * 1000000 + t[2]), '+inf')";
    held = () -> ((Long) connection.sync().eval(count, ScriptOutputType.INTEGER, KEY)).intValue();
    closeHeld = () -> client.shutdownAsync(0, 0, TimeUnit.MILLISECONDS);
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

  static void stamp(String what) {
    long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.err.printf("%d ms after start, %d ms CPU: %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), cpuNanos / 1_000_000, what);
  }

  /**
   * A member of an embedded cluster of three on loopback, TCP-IP join only; returns once all three
   * are in and the partitions are assigned among them.
   */
  private static HazelcastInstance hazelcastMember(String clusterName, int port, String[] ports) {
    Config config = new Config().setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.getMetricsConfig().setEnabled(false);
    NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    // Looks for the others for 1 s, not 5, before the lowest address claims to be master.
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(1);
    Arrays.stream(ports).forEach(p -> join.getTcpIpConfig().addMember("127.0.0.1:" + p));
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
    stamp("member started");
    // Rather than hazelcast.initial.min.cluster.size, which checks once a second.
    while (member.getCluster().getMembers().size() < ports.length) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    member.getMap("warm-up").put("partitions", "assigned"); // among all three: no migration in a run
    stamp("cluster of " + ports.length + " formed");
    return member;
  }
}
