package dev.tradekit.intx.client;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Permits in a Hazelcast map entry per key: pairs of (id, microsecond it frees) in a {@code
 * long[]}, changed by an entry processor that runs on the member owning the key, so every change
 * is atomic and read on that member's clock. Members must have intx-client on their classpath (the
 * processor runs there). Loaded only when a client is built with {@code
 * sharedRateLimitOnHazelcast(HazelcastInstance)}: Hazelcast is an optional dependency.
 */
final class HazelcastPermitStore implements PermitStore {
  static final String MAP_NAME = "intx-rate-limit";
  /** A slower answer counts as the store being down. */
  static final long TIMEOUT_MILLIS = 1_000;

  private final IMap<String, long[]> map;

  HazelcastPermitStore(HazelcastInstance hazelcast) {
    this.map = hazelcast.getMap(MAP_NAME);
  }

  @Override
  public long tryAcquire(String key, long id, int ceiling, long leaseMicros, long windowMicros) {
    return run(key, new Change(Change.ACQUIRE, id, ceiling, leaseMicros, windowMicros));
  }

  @Override
  public void release(String key, long id, long windowMicros) {
    run(key, new Change(Change.RELEASE, id, 0, 0, windowMicros));
  }

  @Override
  public void discard(String key, long id) {
    run(key, new Change(Change.DISCARD, id, 0, 0, 0));
  }

  private long run(String key, Change change) {
    try {
      return map.submitToKey(key, change).toCompletableFuture().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Hazelcast did not answer", e);
    }
  }

  /** One change to a key's permits, run where the key lives; answers as {@link #tryAcquire} does. */
  static final class Change implements EntryProcessor<String, long[], Long>, Serializable {
    private static final long serialVersionUID = 1L;
    static final int ACQUIRE = 0;
    static final int RELEASE = 1;
    static final int DISCARD = 2;

    private final int kind;
    private final long id;
    private final int ceiling;
    private final long leaseMicros;
    private final long windowMicros;

    Change(int kind, long id, int ceiling, long leaseMicros, long windowMicros) {
      this.kind = kind;
      this.id = id;
      this.ceiling = ceiling;
      this.leaseMicros = leaseMicros;
      this.windowMicros = windowMicros;
    }

    @Override
    public Long process(Map.Entry<String, long[]> entry) {
      long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
      long[] permits = entry.getValue() == null ? new long[0] : entry.getValue();
      // Drop the freed ones; find this id.
      long[] kept = new long[permits.length + 2];
      int n = 0;
      int mine = -1;
      for (int i = 0; i < permits.length; i += 2) {
        if (permits[i + 1] > now) {
          if (permits[i] == id) {
            mine = n;
          }
          kept[n++] = permits[i];
          kept[n++] = permits[i + 1];
        }
      }
      long answer = 0;
      if (kind == ACQUIRE) {
        int taken = n / 2;
        if (taken < ceiling) {
          kept[n++] = id;
          kept[n++] = now + leaseMicros;
        } else {
          long[] frees = new long[taken];
          for (int i = 0; i < taken; i++) {
            frees[i] = kept[2 * i + 1];
          }
          Arrays.sort(frees);
          answer = Math.max(1, Math.min(frees[taken - ceiling] - now, windowMicros));
        }
      } else if (mine >= 0 && kind == RELEASE) {
        kept[mine + 1] = now + windowMicros + 1000; // + the millisecond this clock may lag
      } else if (mine >= 0) {
        System.arraycopy(kept, mine + 2, kept, mine, n - mine - 2);
        n -= 2;
      }
      entry.setValue(n == 0 ? null : Arrays.copyOf(kept, n));
      return answer;
    }
  }
}
