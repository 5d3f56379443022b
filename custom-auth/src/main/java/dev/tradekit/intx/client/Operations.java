package dev.tradekit.intx.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the spec says about each generated operation, read from the operation table that
 * spec-assembly writes into the generated jar: whether it needs a signed key, and which of its
 * parameters are required. Keyed by {@code METHOD /path} as in the spec.
 */
final class Operations {
  static final String TABLE = "/dev/tradekit/intx/generated/intx-operations.txt";

  /** One operation's facts. */
  static final class Operation {
    final boolean signed;
    final Set<String> required;

    Operation(boolean signed, Set<String> required) {
      this.signed = signed;
      this.required = required;
    }
  }

  private static final class Holder {
    static final Map<String, Operation> ALL = read();
  }

  private Operations() {}

  /** The operation, or null when the table has no such method and path. */
  static Operation find(String method, String path) {
    return Holder.ALL.get(method + " " + (path.startsWith("/") ? path : "/" + path));
  }

  private static Map<String, Operation> read() {
    InputStream in = Operations.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is missing from the classpath: intx-generated-client is not the one this client was built with");
    }
    Map<String, Operation> operations = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.trim().split(" ");
        Set<String> required = Set.copyOf(Arrays.asList(words).subList(3, words.length));
        operations.put(words[0] + " " + words[1], new Operation("signed".equals(words[2]), required));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return Map.copyOf(operations);
  }
}
