package dev.tradekit.intx.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ratios that survive a noisy machine: every variant runs in the same JVM against the same
 * loopback server, in short time slices whose order is shuffled every round, so that a
 * neighbour's load falls on all variants alike. Each round gives one ratio per variant against the
 * floor; the report is their geometric mean with a 95% confidence interval, plus the caller
 * threads' CPU and allocation per call and, at one thread, the ratio of the 99th-percentile latencies.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tradekit.intx.bench.InterleavedAB \
 *     threads=1,64 rounds=30 sliceMs=400 variants=intx,floor,floorWithIntxTimeouts \
 *     [otherJar=/path/to/an/older/benchmarks.jar]
 * java -cp benchmarks/target/benchmarks.jar dev.tradekit.intx.bench.InterleavedAB \
 *     threads=1 variants=intxFills,floorFills,floorFillsLikeIntx baseline=floorFills fills=1400
 * </pre>
 *
 * Variants: {@code intx}, {@code floor}, {@code floorWithIntxTimeouts}, {@code floorLikeIntx} (the
 * floor on IntxClient's own OkHttpClient without its interceptors: same pool, dispatcher and
 * timeouts), {@code floorViaIntxHttpClient}, {@code plainGenerator}; and a page of {@code fills}
 * fills (about 810 bytes each) read by {@code intxFills}, {@code floorFills} and
 * {@code floorFillsLikeIntx}.
 *
 * {@code otherJar} loads another build's benchmarks in a class loader of its own (with its own
 * loopback server) and adds its variants as {@code other.intx}, {@code other.floor}, ...: two builds
 * of the client compared in the same run.
 */
public final class InterleavedAB {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;

  /** What one variant did in one slice. */
  private static final class Slice {
    long calls;
    long cpuNanos;
    long allocatedBytes;
    long[] latencies = new long[0];
    double seconds;

    double callsPerSecond() {
      return calls / seconds;
    }
  }

  private InterleavedAB() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of(
        "threads", "1,64", "rounds", "30", "warmupRounds", "5", "sliceMs", "400", "warmupCalls", "10000",
        "variants", "intx,floor,floorWithIntxTimeouts,floorViaIntxHttpClient,plainGenerator", "baseline", "floor"));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair[1]);
    }
    CancelBenchmark bench = new CancelBenchmark();
    bench.start();
    bench.fillsPerCall = Integer.parseInt(options.getOrDefault("fills", "100"));
    AutoCloseable other = () -> {};
    try {
      Map<String, Callable<?>> variants = variants(bench, options.get("variants").split(","));
      if (options.containsKey("otherJar")) {
        other = addOtherBuild(options.get("otherJar"), options.get("variants").split(","), variants);
      }
      System.out.println("load average at start: " + loadAverage());
      warmUp(variants, Integer.parseInt(options.get("warmupCalls")));
      for (String threads : options.get("threads").split(",")) {
        run(variants, options.get("baseline"), Integer.parseInt(threads), Integer.parseInt(options.get("rounds")),
            Integer.parseInt(options.get("warmupRounds")), Integer.parseInt(options.get("sliceMs")));
      }
      System.out.println("load average at end: " + loadAverage());
    } finally {
      bench.stop();
      other.close();
    }
  }

  /** The same variants from another build's benchmarks jar, each in the other build's classes. */
  private static AutoCloseable addOtherBuild(String jar, String[] names, Map<String, Callable<?>> variants) throws Exception {
    java.net.URLClassLoader loader =
        new java.net.URLClassLoader(new java.net.URL[] {Paths.get(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> type = loader.loadClass(CancelBenchmark.class.getName());
    Object bench = type.getConstructor().newInstance();
    type.getMethod("start").invoke(bench);
    Class<?> self = loader.loadClass(InterleavedAB.class.getName());
    java.lang.reflect.Method variantsOf = self.getDeclaredMethod("variants", type, String[].class);
    variantsOf.setAccessible(true);
    for (String name : names) {
      try {
        @SuppressWarnings("unchecked")
        Map<String, Callable<?>> theirs = (Map<String, Callable<?>>) variantsOf.invoke(null, bench, new String[] {name});
        theirs.forEach((their, call) -> variants.put("other." + their, call));
      } catch (java.lang.reflect.InvocationTargetException e) {
        System.out.println("the other build has no variant " + name);
      }
    }
    return () -> {
      type.getMethod("stop").invoke(bench);
      loader.close();
    };
  }

  private static Map<String, Callable<?>> variants(CancelBenchmark bench, String[] names) {
    Map<String, Callable<?>> all = new LinkedHashMap<>();
    all.put("intx", bench::intxCancel);
    all.put("floor", bench::floorCancel);
    all.put("floorWithIntxTimeouts", () -> bench.floorCancel(bench.rawWithIntxTimeouts));
    all.put("floorViaIntxHttpClient", () -> bench.floorCancel(bench.intxHttp));
    all.put("plainGenerator", () -> bench.plain.cancelOrder(CancelBenchmark.ORDER_ID, CancelBenchmark.PORTFOLIO));
    all.put("floorLikeIntx", () -> bench.floorCancel(bench.rawLikeIntx));
    all.put("intxFills", bench::intxFills);
    all.put("floorFills", () -> bench.floorFills(bench.raw()));
    all.put("floorFillsLikeIntx", () -> bench.floorFills(bench.rawLikeIntx));
    Map<String, Callable<?>> chosen = new LinkedHashMap<>();
    for (String name : names) {
      Callable<?> variant = all.get(name.trim());
      if (variant == null) {
        throw new IllegalArgumentException("no variant " + name + "; there are " + all.keySet());
      }
      chosen.put(name.trim(), variant);
    }
    return chosen;
  }

  /**
   * Calls each variant {@code calls} times on one thread before any slice, so that a loaded machine,
   * where the warm-up rounds hold few calls, does not time code the JIT has not compiled yet.
   */
  private static void warmUp(Map<String, Callable<?>> variants, int calls) throws Exception {
    for (Callable<?> variant : variants.values()) {
      for (int i = 0; i < calls; i++) {
        variant.call();
      }
    }
  }

  private static void run(Map<String, Callable<?>> variants, String baseline, int threads, int rounds, int warmupRounds, int sliceMs)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Map<String, List<Slice>> slices = new LinkedHashMap<>();
    variants.keySet().forEach(name -> slices.put(name, new ArrayList<>()));
    List<String> order = new ArrayList<>(variants.keySet());
    Random random = new Random(42);
    try {
      for (int round = 0; round < warmupRounds + rounds; round++) {
        Collections.shuffle(order, random);
        for (String name : order) {
          Slice slice = slice(pool, variants.get(name), threads, sliceMs, threads == 1);
          if (round >= warmupRounds) {
            slices.get(name).add(slice);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    report(slices, baseline, threads);
  }

  private static Slice slice(ExecutorService pool, Callable<?> call, int threads, int sliceMs, boolean keepLatencies) throws Exception {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Slice>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        Slice mine = new Slice();
        long[] latencies = new long[keepLatencies ? 1 << 16 : 0];
        ready.countDown();
        go.await();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long allocatedBefore = ALLOCATIONS.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = System.nanoTime();
        long deadline = start + sliceMs * 1_000_000L;
        long now = start;
        while (now < deadline) {
          call.call();
          long done = System.nanoTime();
          if (mine.calls < latencies.length) {
            latencies[(int) mine.calls] = done - now;
          }
          mine.calls++;
          now = done;
        }
        mine.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        mine.allocatedBytes = ALLOCATIONS.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedBefore;
        mine.seconds = (now - start) / 1e9;
        mine.latencies = Arrays.copyOf(latencies, (int) Math.min(mine.calls, latencies.length));
        return mine;
      }));
    }
    ready.await();
    go.countDown();
    Slice total = new Slice();
    for (Future<Slice> worker : workers) {
      Slice one = worker.get();
      total.calls += one.calls;
      total.cpuNanos += one.cpuNanos;
      total.allocatedBytes += one.allocatedBytes;
      total.seconds = Math.max(total.seconds, one.seconds);
      total.latencies = one.latencies;
    }
    return total;
  }

  private static void report(Map<String, List<Slice>> slices, String baseline, int threads) {
    List<Slice> base = slices.get(baseline);
    System.out.printf("%n%d thread(s), %d rounds; ratios against %s, geometric mean [95%% CI]%n", threads, base.size(), baseline);
    System.out.printf("%-24s %12s %22s %22s %14s %10s%s%n", "variant", "calls/s", "throughput ratio", "latency ratio", "CPU/call µs", "KB/call",
        threads == 1 ? String.format(" %22s", "p99 ratio") : "");
    for (Map.Entry<String, List<Slice>> entry : slices.entrySet()) {
      List<Slice> mine = entry.getValue();
      double[] throughput = new double[mine.size()];
      double[] p99 = new double[mine.size()];
      long calls = 0;
      long cpu = 0;
      long allocated = 0;
      double callsPerSecond = 0;
      for (int i = 0; i < mine.size(); i++) {
        throughput[i] = Math.log(mine.get(i).callsPerSecond() / base.get(i).callsPerSecond());
        p99[i] = Math.log((double) percentile(mine.get(i).latencies, 0.99) / percentile(base.get(i).latencies, 0.99));
        calls += mine.get(i).calls;
        cpu += mine.get(i).cpuNanos;
        allocated += mine.get(i).allocatedBytes;
        callsPerSecond += mine.get(i).callsPerSecond() / mine.size();
      }
      double[] t = geometricMeanWithInterval(throughput);
      System.out.printf("%-24s %12.0f %22s %22s %14.1f %10.1f%s%n", entry.getKey(), callsPerSecond,
          String.format("%.3f [%.3f, %.3f]", t[0], t[1], t[2]),
          String.format("%.3f [%.3f, %.3f]", 1 / t[0], 1 / t[2], 1 / t[1]),
          cpu / 1000.0 / Math.max(1, calls),
          allocated / 1024.0 / Math.max(1, calls),
          threads == 1 ? String.format(" %22s", format(geometricMeanWithInterval(p99))) : "");
    }
  }

  private static String format(double[] ratio) {
    return String.format("%.3f [%.3f, %.3f]", ratio[0], ratio[1], ratio[2]);
  }

  /** exp of the mean of the logs, and of the mean's 95% interval (Student's t). */
  static double[] geometricMeanWithInterval(double[] logs) {
    int n = logs.length;
    double mean = Arrays.stream(logs).average().orElse(0);
    double variance = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1);
    double half = tQuantile975(n - 1) * Math.sqrt(variance / n);
    return new double[] {Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half)};
  }

  /** Student's t at 0.975 for {@code df} degrees of freedom (table to 30, then the normal 1.96). */
  static double tQuantile975(int df) {
    double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
      2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    return df < 1 ? Double.NaN : df <= table.length ? table[df - 1] : 1.96;
  }

  private static long percentile(long[] values, double p) {
    if (values.length == 0) {
      return 1;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return Math.max(1, sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)]);
  }

  static String loadAverage() {
    try {
      return Files.readString(Paths.get("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "(unknown)";
    }
  }
}
