package dev.tradekit.intx.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts the client checks before sending, one line per generated operation:
 * {@code METHOD /path signed|public required-parameter...}. A parameter is named as in the spec;
 * {@code body} stands for a required request body. Operations marked {@code x-internal} are not
 * generated and not listed.
 */
final class OperationTable {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private OperationTable() {}

  static String of(JsonNode spec) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by spec-assembly from intx-openapi.yaml: METHOD /path signed|public required...\n");
    boolean signedByDefault = isSigned(spec.path("security"));
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (!METHODS.contains(op.getKey()) || op.getValue().path("x-internal").asBoolean(false)) {
        return;
      }
      JsonNode operation = op.getValue();
      boolean signed = operation.has("security") ? isSigned(operation.get("security")) : signedByDefault;
      List<String> required = new ArrayList<>();
      addRequired(spec, path.getValue().path("parameters"), required);
      addRequired(spec, operation.path("parameters"), required);
      if (operation.path("requestBody").path("required").asBoolean(false)) {
        required.add("body");
      }
      out.append(op.getKey().toUpperCase(java.util.Locale.ROOT)).append(' ').append(path.getKey())
          .append(signed ? " signed" : " public");
      required.forEach(name -> out.append(' ').append(name));
      out.append('\n');
    }));
    return out.toString();
  }

  /** A security requirement list with at least one requirement: every INTX scheme is the API key. */
  private static boolean isSigned(JsonNode security) {
    return security.isArray() && security.size() > 0;
  }

  private static void addRequired(JsonNode spec, JsonNode parameters, List<String> required) {
    for (JsonNode parameter : parameters) {
      JsonNode resolved = resolve(spec, parameter);
      if (resolved.path("required").asBoolean(false) && !required.contains(resolved.path("name").asText())) {
        required.add(resolved.path("name").asText());
      }
    }
  }

  private static JsonNode resolve(JsonNode spec, JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    if (!ref.startsWith("#/")) {
      return parameter;
    }
    return spec.at(ref.substring(1));
  }
}
