package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis store's scripts on a real redis-server, on its clock. */
class RedisPermitStoreTest {
  private static final long WINDOW = TimeUnit.SECONDS.toMicros(1);
  private static final long LEASE = TimeUnit.SECONDS.toMicros(30);

  private RedisServer redis;
  private PermitStore store;

  @BeforeEach
  void start() throws Exception {
    redis = new RedisServer();
    store = RedisPermitStore.create(redis.url());
  }

  @AfterEach
  void stop() throws Exception {
    redis.close();
  }

  @Test
  void grantsUpToTheCeilingThenSaysHowLongToWait() {
    assertEquals(0, store.tryAcquire("k", 1, 2, LEASE, WINDOW));
    assertEquals(0, store.tryAcquire("k", 2, 2, LEASE, WINDOW));

    assertEquals(WINDOW, store.tryAcquire("k", 3, 2, LEASE, WINDOW), "in use: a window at least");
    assertEquals(0, store.tryAcquire("other", 3, 2, LEASE, WINDOW), "each key its own budget");
  }

  @Test
  void aReleasedPermitCoolsForAWindowAndADiscardedOneIsFreeAtOnce() {
    store.tryAcquire("k", 1, 2, LEASE, WINDOW);
    store.tryAcquire("k", 2, 2, LEASE, WINDOW);
    store.release("k", 1, WINDOW);

    long wait = store.tryAcquire("k", 3, 2, LEASE, WINDOW);
    assertTrue(wait > WINDOW / 2 && wait <= WINDOW, wait + " µs");

    store.discard("k", 2);
    assertEquals(0, store.tryAcquire("k", 3, 2, LEASE, WINDOW));
  }

  @Test
  void aReadWaitsForAsManyPermitsAsItsCeilingNeeds() {
    store.tryAcquire("k", 1, 3, LEASE, WINDOW);
    store.tryAcquire("k", 2, 3, LEASE, WINDOW);
    store.tryAcquire("k", 3, 3, LEASE, WINDOW);
    store.release("k", 1, WINDOW / 10);
    store.release("k", 2, WINDOW / 10);

    assertTrue(store.tryAcquire("k", 4, 2, LEASE, WINDOW) <= WINDOW / 10, "two must free: the second of them");
    assertEquals(WINDOW, store.tryAcquire("k", 4, 1, LEASE, WINDOW), "three must free: one is in use");
  }

  @Test
  void aLeaseRunsOut() throws Exception {
    store.tryAcquire("k", 1, 1, 50_000, WINDOW);
    Thread.sleep(100);

    assertEquals(0, store.tryAcquire("k", 2, 1, LEASE, WINDOW));
  }

  @Test
  void failsFastWhileRedisIsDownAndWorksAgainOnceItIsBack() throws Exception {
    store.tryAcquire("k", 1, 1, LEASE, WINDOW);
    redis.stop();

    assertThrows(RuntimeException.class, () -> store.tryAcquire("k", 2, 1, LEASE, WINDOW));

    redis.start(); // empty, its scripts gone
    assertEquals(0, store.tryAcquire("k", 2, 1, LEASE, WINDOW));
  }

  @Test
  void aBadUrlIsRefusedWithoutItsPassword() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RedisPermitStore.create("redis://:hunter2@"));

    assertTrue(!e.getMessage().contains("hunter2") && e.getMessage().contains("Redis URL"), e.getMessage());
  }
}
