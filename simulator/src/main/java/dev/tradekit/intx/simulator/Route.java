package dev.tradekit.intx.simulator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the spec's operation table: its method, path template, whether it needs a
 * signed key and which parameters it requires. Immutable.
 */
final class Route {
  final String method;
  final String template;
  final boolean signed;
  final Set<String> required;
  private final List<String> segments;

  Route(String method, String template, boolean signed, Set<String> required) {
    this.method = method;
    this.template = template;
    this.signed = signed;
    this.required = Set.copyOf(required);
    this.segments = List.of(template.substring(1).split("/"));
  }

  /** {@code METHOD /template}, the key endpoints are registered under. */
  String key() {
    return method + " " + template;
  }

  /** Whether the request leaves the exchange's state as it was. */
  boolean isRead() {
    return "GET".equals(method);
  }

  /** How many literal segments the template has: a literal beats a {@code {parameter}}. */
  int literalCount() {
    return (int) segments.stream().filter(segment -> !isParameter(segment)).count();
  }

  /** Names of the template's {@code {parameters}}. */
  Set<String> pathParameterNames() {
    Set<String> names = new java.util.HashSet<>();
    segments.stream().filter(Route::isParameter).forEach(segment -> names.add(name(segment)));
    return names;
  }

  /** The decoded path parameters when {@code rawSegments} fit this template, otherwise null. */
  Map<String, String> match(String[] rawSegments) {
    if (rawSegments.length != segments.size()) {
      return null;
    }
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < rawSegments.length; i++) {
      String segment = segments.get(i);
      if (isParameter(segment)) {
        if (rawSegments[i].isEmpty()) {
          return null;
        }
        parameters.put(name(segment), QueryString.decodePathSegment(rawSegments[i]));
      } else if (!segment.equals(rawSegments[i])) {
        return null;
      }
    }
    return parameters;
  }

  /** Parses {@code METHOD /path signed|public required...}, a line of intx-operations.txt. */
  static Route parse(String line) {
    String[] words = line.trim().split(" ");
    if (words.length < 3) {
      throw new IllegalArgumentException("not an operation line: " + line);
    }
    return new Route(words[0], words[1], "signed".equals(words[2]), Set.copyOf(Arrays.asList(words).subList(3, words.length)));
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String name(String segment) {
    return segment.substring(1, segment.length() - 1);
  }

  @Override
  public String toString() {
    return key();
  }
}
