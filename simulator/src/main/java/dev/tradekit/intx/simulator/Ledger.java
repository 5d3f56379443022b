package dev.tradekit.intx.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An append-only record (fills, transfers), kept newest first by its time. Thread-safe: readers
 * get copies of the entries that match.
 */
final class Ledger<T> {
  private final Class<T> type;
  private final Function<T, OffsetDateTime> time;
  private Supplier<List<T>> seed;
  private List<T> entries;

  /**
   * Takes the entries {@code seed} supplies over (no one else may keep a reference to them),
   * asking for them only when the ledger is first used.
   */
  Ledger(Class<T> type, Function<T, OffsetDateTime> time, Supplier<List<T>> seed) {
    this.type = type;
    this.time = time;
    this.seed = seed;
  }

  /** The entries, newest first; call with the lock held. */
  private List<T> entries() {
    if (entries == null) {
      entries = new ArrayList<>(seed.get());
      entries.sort(java.util.Comparator.comparing(time).reversed());
      seed = null;
    }
    return entries;
  }

  synchronized void add(T entry) {
    List<T> entries = entries();
    T copy = Copies.of(entry, type);
    int at = 0;
    while (at < entries.size() && !time.apply(entries.get(at)).isBefore(time.apply(copy))) {
      at++;
    }
    entries.add(at, copy);
  }

  /** Copies of the matching entries, newest first. */
  synchronized List<T> find(Predicate<T> filter) {
    return entries().stream().filter(filter).map(entry -> Copies.of(entry, type)).collect(Collectors.toList());
  }

  /** Copies of one page of the matching entries, newest first. */
  synchronized List<T> find(Predicate<T> filter, int offset, int limit) {
    return entries().stream().filter(filter).skip(offset).limit(limit).map(entry -> Copies.of(entry, type))
        .collect(Collectors.toList());
  }

  synchronized int size() {
    return entries().size();
  }
}
