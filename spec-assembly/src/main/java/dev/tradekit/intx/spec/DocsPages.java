package dev.tradekit.intx.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Puts a docs page's operations over the same operations of the whole spec. A page is the newer
 * publication of its operation, so its operations and every component it declares replace those
 * of the same path and method or name; the rest of the whole spec is untouched. The page's
 * top-level fields (info, servers, security) describe the page, not the API, and are ignored.
 */
final class DocsPages {
  private DocsPages() {}

  static void apply(ObjectNode spec, ObjectNode page) {
    JsonNode paths = page.path("paths");
    if (!paths.isObject() || paths.size() == 0) {
      throw new IllegalArgumentException("a docs page declares no paths");
    }
    ObjectNode specPaths = child(spec, "paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      ObjectNode target = child(specPaths, path.getKey());
      path.getValue().fields().forEachRemaining(op -> target.set(op.getKey(), op.getValue().deepCopy()));
    }
    JsonNode components = page.path("components");
    if (components.isObject()) {
      ObjectNode specComponents = child(spec, "components");
      components.fields().forEachRemaining(section -> {
        ObjectNode target = child(specComponents, section.getKey());
        section.getValue().fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue().deepCopy()));
      });
    }
  }

  /** The object under {@code name}, made if missing (a path key is a name here, never a JSON pointer). */
  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode child = parent.get(name);
    return child instanceof ObjectNode ? (ObjectNode) child : parent.putObject(name);
  }
}
