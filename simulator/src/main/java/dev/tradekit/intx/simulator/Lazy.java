package dev.tradekit.intx.simulator;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first. Thread-safe. */
final class Lazy<T> implements Supplier<T> {
  private Supplier<T> source;
  private volatile T value;

  Lazy(Supplier<T> source) {
    this.source = source;
  }

  @Override
  public T get() {
    T current = value;
    if (current == null) {
      synchronized (this) {
        if (value == null) {
          value = source.get();
          source = null;
        }
        current = value;
      }
    }
    return current;
  }
}
