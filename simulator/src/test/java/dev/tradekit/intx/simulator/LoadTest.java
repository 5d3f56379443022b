package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.client.IntxClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 cancels from 64 threads with retries on and the rate limit set out of the way. Checks
 * correctness (no signature failure, each order canceled exactly once, nothing lost) and prints
 * the throughput. It asserts no time and no heap size: both depend on the machine, the garbage
 * collector and whatever else the JVM holds.
 */
@ExtendWith(IntxSimulatorExtension.class)
class LoadTest {
  private static final int ORDERS = 10_000;
  private static final int THREADS = 64;

  @Test
  void tenThousandCancelsFromSixtyFourThreads(IntxSimulator simulator) throws Exception {
    List<String> ids = ConcurrencyTest.addOrders(simulator, ORDERS);
    IntxClient client = ConcurrencyTest.client(simulator, THREADS);
    Set<String> canceled = ConcurrentHashMap.newKeySet();
    AtomicInteger rejected = new AtomicInteger();

    long started = System.nanoTime();
    int count = ConcurrencyTest.cancelAll(client, ids, THREADS, canceled, rejected);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertEquals(ORDERS, count);
    assertEquals(0, rejected.get());
    assertEquals(0, simulator.unauthorizedCount());
    assertEquals(ORDERS, simulator.canceledCount());
    assertEquals(3, simulator.openOrders().size());
    System.out.printf(
        "load: %d cancels, %d threads, %.2f s, %.0f cancels/s%n", ORDERS, THREADS, seconds, ORDERS / seconds);
  }
}
