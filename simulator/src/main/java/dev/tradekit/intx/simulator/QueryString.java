package dev.tradekit.intx.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A request's decoded query parameters, and percent-decoding of path segments. Immutable. */
final class QueryString {
  private final Map<String, List<String>> values;

  private QueryString(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryString parse(String rawQuery) {
    Map<String, List<String>> values = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String key = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    values.replaceAll((key, list) -> List.copyOf(list));
    return new QueryString(Collections.unmodifiableMap(values));
  }

  /** The first value of {@code name}, or null when it is absent. */
  String first(String name) {
    List<String> list = values.get(name);
    return list == null ? null : list.get(0);
  }

  /** Every value of {@code name}, a comma-separated value split into its parts. */
  List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** Percent-decodes one path segment; unlike form decoding, '+' stays '+'. */
  static String decodePathSegment(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }
}
