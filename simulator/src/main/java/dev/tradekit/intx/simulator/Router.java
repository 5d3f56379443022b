package dev.tradekit.intx.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the operation a request is for, from the operation table spec-assembly writes beside the
 * assembled spec (so the simulator serves exactly the operations the generated client has). A
 * literal segment wins over a parameter: {@code /portfolios/fills} is not portfolio "fills".
 * Immutable.
 */
final class Router {
  static final String TABLE = "/dev/tradekit/intx/generated/intx-operations.txt";

  /** A route and the decoded path parameters of the request it matched. */
  static final class Match {
    final Route route;
    final Map<String, String> pathParameters;

    Match(Route route, Map<String, String> pathParameters) {
      this.route = route;
      this.pathParameters = Map.copyOf(pathParameters);
    }
  }

  private final List<Route> routes;

  Router(List<Route> routes) {
    List<Route> sorted = new ArrayList<>(routes);
    sorted.sort(Comparator.comparingInt(Route::literalCount).reversed());
    this.routes = List.copyOf(sorted);
  }

  /** The router for every operation of the generated client. */
  static Router fromOperationTable() {
    InputStream in = Router.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is missing from the classpath: intx-generated-client is not on it");
    }
    List<Route> routes = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          routes.add(Route.parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return new Router(routes);
  }

  List<Route> routes() {
    return routes;
  }

  /** The operation for this method and raw (still percent-encoded) path, or null. */
  Match match(String method, String rawPath) {
    if (!rawPath.startsWith("/")) {
      return null;
    }
    String[] segments = rawPath.substring(1).split("/", -1);
    for (Route route : routes) {
      if (route.method.equals(method)) {
        Map<String, String> parameters = route.match(segments);
        if (parameters != null) {
          return new Match(route, parameters);
        }
      }
    }
    return null;
  }
}
