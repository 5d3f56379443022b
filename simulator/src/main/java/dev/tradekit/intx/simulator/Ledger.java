package dev.tradekit.intx.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An append-only record (fills, transfers), kept newest first by its time. Thread-safe: readers
 * get copies of the entries that match.
 */
final class Ledger<T> {
  private final Class<T> type;
  private final Function<T, OffsetDateTime> time;
  private final List<T> entries = new ArrayList<>();

  /** Takes {@code seed} over (no one else may keep a reference to its entries). */
  Ledger(Class<T> type, Function<T, OffsetDateTime> time, List<T> seed) {
    this.type = type;
    this.time = time;
    entries.addAll(seed);
    entries.sort(java.util.Comparator.comparing(time).reversed());
  }

  synchronized void add(T entry) {
    T copy = Json.copy(entry, type);
    int at = 0;
    while (at < entries.size() && !time.apply(entries.get(at)).isBefore(time.apply(copy))) {
      at++;
    }
    entries.add(at, copy);
  }

  /** Copies of the matching entries, newest first. */
  synchronized List<T> find(Predicate<T> filter) {
    return entries.stream().filter(filter).map(entry -> Json.copy(entry, type)).collect(Collectors.toList());
  }

  /** Copies of one page of the matching entries, newest first. */
  synchronized List<T> find(Predicate<T> filter, int offset, int limit) {
    return entries.stream().filter(filter).skip(offset).limit(limit).map(entry -> Json.copy(entry, type))
        .collect(Collectors.toList());
  }

  synchronized int size() {
    return entries.size();
  }
}
