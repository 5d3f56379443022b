package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.IntxClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 cancels from 64 threads with retries on and the rate limit set out of the way. Checks
 * correctness (no signature failure, each order canceled exactly once, nothing lost) and that
 * the heap settles back; prints the figures quoted in the README.
 */
@ExtendWith(IntxSimulatorExtension.class)
class LoadTest {
  private static final int ORDERS = 10_000;
  private static final int THREADS = 64;

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Test
  void tenThousandCancelsFromSixtyFourThreads(IntxSimulator simulator) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<String> ids = ConcurrencyTest.addOrders(simulator, ORDERS);
    IntxClient client = ConcurrencyTest.client(simulator, THREADS);
    long heapBefore = usedHeapAfterGc(memory);
    Set<String> canceled = ConcurrentHashMap.newKeySet();
    AtomicInteger rejected = new AtomicInteger();

    long started = System.nanoTime();
    int count = ConcurrencyTest.cancelAll(client, ids, THREADS, canceled, rejected);
    double seconds = (System.nanoTime() - started) / 1e9;
    long heapAfter = usedHeapAfterGc(memory);

    assertEquals(ORDERS, count);
    assertEquals(0, rejected.get());
    assertEquals(0, simulator.unauthorizedCount());
    assertEquals(ORDERS, simulator.canceledCount());
    assertEquals(3, simulator.openOrders().size());
    long growthMb = (heapAfter - heapBefore) / (1024 * 1024);
    assertTrue(growthMb < 64, "heap grew by " + growthMb + " MB");
    System.out.printf(
        "load: %d cancels, %d threads, %.2f s, %.0f cancels/s, heap after GC %d MB -> %d MB%n",
        ORDERS, THREADS, seconds, ORDERS / seconds, heapBefore >> 20, heapAfter >> 20);
  }
}
