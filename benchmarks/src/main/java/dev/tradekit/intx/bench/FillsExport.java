package dev.tradekit.intx.bench;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The paged fills export: every fill of a portfolio with {@code fills} of them (10,000 by default),
 * walked with {@link IntxPages} through IntxClient against the loopback server, 100 per page, the
 * rate limit off. Prints the records per second of {@code rounds} walks (median, min, max), then
 * walks once more, reading the heap after a full GC every 1,000 fills: flat if the walk holds only
 * the page in use.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.tradekit.intx.bench.FillsExport fills=10000 rounds=15
 * </pre>
 */
public final class FillsExport {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private FillsExport() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("fills", "10000", "rounds", "15", "warmupRounds", "5"));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair[1]);
    }
    int fills = Integer.parseInt(options.get("fills"));
    try (LoopbackExchange exchange = new LoopbackExchange(fills)) {
      IntxClient client = IntxClient.builder(CancelBenchmark.CREDENTIALS).baseUrl(exchange.baseUrl()).noRateLimit().build();
      IntxPages<GetMultiPortfolioFills200Response, PortfolioFillV1> pages =
          IntxPages.of(
              page -> client.portfolios().getPortfolioFills(
                  CancelBenchmark.PORTFOLIO, null, null, page.refDatetime(), page.limit(), page.offset(), null),
              GetMultiPortfolioFills200Response::getResults);
      System.out.println("load average at start: " + InterleavedAB.loadAverage());
      for (int i = 0; i < Integer.parseInt(options.get("warmupRounds")); i++) {
        walk(pages, fills);
      }
      int rounds = Integer.parseInt(options.get("rounds"));
      double[] perSecond = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        walk(pages, fills);
        perSecond[i] = fills / ((System.nanoTime() - start) / 1e9);
      }
      Arrays.sort(perSecond);
      System.out.printf("%d fills in %d pages, %d walks: median %.0f records/s (min %.0f, max %.0f)%n",
          fills, (fills + 99) / 100, rounds, perSecond[rounds / 2], perSecond[0], perSecond[rounds - 1]);
      heapAlongOneWalk(pages, fills);
      System.out.println("load average at end: " + InterleavedAB.loadAverage());
    }
  }

  private static void walk(IntxPages<GetMultiPortfolioFills200Response, PortfolioFillV1> pages, int expected) {
    long count = pages.stream().filter(fill -> fill.getFillId() != null).count();
    if (count != expected) {
      throw new IllegalStateException("walked " + count + " fills, expected " + expected);
    }
  }

  private static void heapAlongOneWalk(IntxPages<GetMultiPortfolioFills200Response, PortfolioFillV1> pages, int fills) {
    StringBuilder line = new StringBuilder("heap used after a full GC, KB, every 1,000 fills:");
    long[] seen = {0};
    long[] min = {Long.MAX_VALUE};
    long[] max = {0};
    line.append(' ').append(usedKb(min, max));
    pages.stream().forEach(fill -> {
      if (++seen[0] % 1_000 == 0) {
        line.append(' ').append(usedKb(min, max));
      }
    });
    System.out.println(line);
    System.out.printf("heap along the walk of %d fills: %d to %d KB (spread %d KB)%n", seen[0], min[0], max[0], max[0] - min[0]);
  }

  private static long usedKb(long[] min, long[] max) {
    System.gc();
    long kb = MEMORY.getHeapMemoryUsage().getUsed() / 1024;
    min[0] = Math.min(min[0], kb);
    max[0] = Math.max(max[0], kb);
    return kb;
  }
}
