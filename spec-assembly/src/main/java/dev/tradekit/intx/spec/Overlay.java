package dev.tradekit.intx.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies an OpenAPI Overlay 1.0.0 document: each action's JSONPath target selects nodes, which
 * are removed ({@code remove: true}) or have the {@code update} value merged in (objects merge
 * recursively, arrays are appended to, other values are replaced).
 *
 * <p>An action that matches nothing fails the build: the spec changed under it, and someone has
 * to decide whether the adaptation is still needed.
 */
final class Overlay {
  private static final Configuration PATHS =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .options(Option.AS_PATH_LIST)
          .build();
  private static final Configuration VALUES =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .build();

  /** A path whose last step selects several keys: {@code $['p']['a', 'b']}. */
  private static final Pattern SEVERAL_KEYS = Pattern.compile("(.*)\\['((?:[^']*)(?:', '[^']*)+)'\\]");

  private Overlay() {}

  static void apply(ObjectNode spec, ObjectNode overlay) {
    if (!overlay.path("overlay").asText().startsWith("1.0")) {
      throw new IllegalArgumentException("not an OpenAPI Overlay 1.0 document (overlay: " + overlay.path("overlay") + ")");
    }
    int number = 0;
    for (JsonNode action : overlay.path("actions")) {
      number++;
      String target = action.path("target").asText("");
      String name = "overlay action " + number + " (" + action.path("description").asText(target) + ")";
      List<String> matches = matches(spec, target);
      if (matches.isEmpty()) {
        throw new IllegalStateException(name + ": its target " + target + " matches nothing in the spec");
      }
      DocumentContext document = JsonPath.using(VALUES).parse(spec);
      if (action.path("remove").asBoolean(false)) {
        // Deepest and last first, so removing one array element does not shift the others.
        for (int i = matches.size() - 1; i >= 0; i--) {
          document.delete(matches.get(i));
        }
      } else if (action.has("update")) {
        for (String match : matches) {
          for (String node : singleNodes(match)) {
            merge(document.read(node), action.get("update"), name);
          }
        }
      } else {
        throw new IllegalArgumentException(name + " has neither update nor remove: true");
      }
    }
  }

  private static List<String> matches(JsonNode spec, String target) {
    try {
      List<String> found = new ArrayList<>();
      for (JsonNode path : JsonPath.using(PATHS).parse(spec).<ArrayNode>read(target)) {
        found.add(path.asText());
      }
      return found;
    } catch (PathNotFoundException e) {
      return List.of();
    }
  }

  /**
   * A target like {@code properties['a','b']} comes back as one path whose value is a new object
   * holding copies of both; an update must go to each node itself.
   */
  static List<String> singleNodes(String path) {
    Matcher keys = SEVERAL_KEYS.matcher(path);
    if (!keys.matches()) {
      return List.of(path);
    }
    List<String> nodes = new ArrayList<>();
    for (String key : keys.group(2).split("', '")) {
      nodes.add(keys.group(1) + "['" + key + "']");
    }
    return nodes;
  }

  private static void merge(Object target, JsonNode update, String action) {
    if (target instanceof ArrayNode) {
      if (update.isArray()) {
        ((ArrayNode) target).addAll((ArrayNode) update.deepCopy());
      } else {
        ((ArrayNode) target).add(update.deepCopy());
      }
    } else if (target instanceof ObjectNode && update.isObject()) {
      ObjectNode object = (ObjectNode) target;
      update.fields().forEachRemaining(field -> {
        JsonNode current = object.get(field.getKey());
        if (current != null && (current.isObject() || current.isArray()) && current.getNodeType() == field.getValue().getNodeType()) {
          merge(current, field.getValue(), action);
        } else {
          object.set(field.getKey(), field.getValue().deepCopy());
        }
      });
    } else {
      throw new IllegalArgumentException(action + ": can only update an object or an array, found " + target);
    }
  }
}
