package dev.tradekit.intx.client;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A thread-safe map whose keys are compared by identity and held weakly: an entry goes once its
 * key is garbage. The generated models compare by value and are mutable, so neither a {@code
 * WeakHashMap} (equals/hashCode) nor an {@code IdentityHashMap} (strong) fits.
 */
final class WeakIdentityMap<V> {
  private final ConcurrentHashMap<Key, V> entries = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

  /** The value for {@code key}, made by {@code absent} if there is none yet. */
  V computeIfAbsent(Object key, Supplier<V> absent) {
    expunge();
    return entries.computeIfAbsent(new Key(key, collected), k -> absent.get());
  }

  /** The value for {@code key}, or null. */
  V get(Object key) {
    if (entries.isEmpty()) {
      return null;
    }
    expunge();
    return entries.get(new Key(key, null));
  }

  private void expunge() {
    for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
      entries.remove(gone);
    }
  }

  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == ((Key) other).get();
    }
  }
}
