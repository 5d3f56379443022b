package dev.tradekit.intx.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation and lint of a spec. Errors: what swagger-parser refuses (the spec is not a valid
 * OpenAPI document). Warnings: what is valid but misleading, found in the YAML as written. The
 * quirks of the published INTX spec that {@code openapi/README.md} lists are warnings marked known.
 */
final class SpecLint {

  static final class Issue {
    final String rule;
    final String where;
    final String message;
    final boolean known;

    Issue(String rule, String where, String message, boolean known) {
      this.rule = rule;
      this.where = where;
      this.message = message;
      this.known = known;
    }

    @Override
    public String toString() {
      return rule + " at " + where + ": " + message;
    }
  }

  static final class Result {
    final List<Issue> errors = new ArrayList<>();
    final List<Issue> warnings = new ArrayList<>();

    boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Formats the OpenAPI registry lists for each type; anything else is a custom format. */
  private static final Set<String> KNOWN_FORMATS = new HashSet<>(Arrays.asList(
      "int32", "int64", "float", "double", "decimal", "byte", "binary", "date", "date-time", "time", "duration",
      "password", "email", "idn-email", "uuid", "uri", "uri-reference", "iri", "hostname", "idn-hostname",
      "ipv4", "ipv6", "regex", "json-pointer", "char", "int8", "int16", "uint8", "uint32", "uint64", "double-int"));

  private static final Set<String> JSON_TYPES = new HashSet<>(Arrays.asList("string", "number", "integer", "boolean", "array", "object"));

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The parse result of swagger-parser, also what {@link SpecImport} accepts. */
  static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  static Result lint(String text) {
    Result result = new Result();
    SwaggerParseResult parsed = parse(text);
    if (parsed.getOpenAPI() == null) {
      result.errors.add(new Issue("not-openapi", "/", "not an OpenAPI 3 document", false));
    }
    if (parsed.getMessages() != null) {
      for (String m : parsed.getMessages()) {
        result.errors.add(new Issue("invalid", "/", m, false));
      }
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      result.errors.add(new Issue("not-yaml", "/", "not YAML: " + e.getMessage(), false));
      return result;
    }
    if (root != null && root.isObject()) {
      walk(root, "", result);
      responses(root, result);
      operations(root, result);
    }
    return result;
  }

  private static void walk(JsonNode node, String pointer, Result result) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      if (type != null && type.isTextual()) {
        example(node, type.asText(), pointer, result);
        format(node, type.asText(), pointer, result);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!"example".equals(e.getKey()) && !"examples".equals(e.getKey())) {
          walk(e.getValue(), pointer + "/" + escape(e.getKey()), result);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, result);
      }
    }
  }

  private static void example(JsonNode schema, String type, String pointer, Result result) {
    JsonNode example = schema.get("example");
    if (example == null || example.isNull()) {
      return;
    }
    boolean fits;
    switch (type) {
      case "string":
        fits = example.isTextual();
        break;
      case "integer":
        fits = example.isIntegralNumber();
        break;
      case "number":
        fits = example.isNumber();
        break;
      case "boolean":
        fits = example.isBoolean();
        break;
      case "array":
        fits = example.isArray();
        break;
      case "object":
        fits = example.isObject();
        break;
      default:
        fits = true;
    }
    if (!fits) {
      boolean numericOnString = "string".equals(type) && example.isNumber();
      result.warnings.add(new Issue("example-type", pointer,
          (numericOnString ? "numeric" : example.getNodeType().name().toLowerCase()) + " example " + example
              + " on a `type: " + type + "` field" + (numericOnString ? "; the server sends a JSON string, and the generated model reads a String" : ""),
          numericOnString));
    }
  }

  /**
   * A format the registry does not list. Known (a quirk of the published spec) when it names a JSON
   * type: {@code format: string} on a string, {@code format: number} on a decimal sent as a string.
   */
  private static void format(JsonNode schema, String type, String pointer, Result result) {
    JsonNode format = schema.get("format");
    if (format != null && format.isTextual() && !KNOWN_FORMATS.contains(format.asText())) {
      boolean meaningless = format.asText().equals(type);
      boolean typeName = JSON_TYPES.contains(format.asText());
      result.warnings.add(new Issue("format", pointer,
          "`format: " + format.asText() + "` on a `type: " + type + "` field "
              + (meaningless ? "says nothing (ignored by the generator)" : "is not a registered format (ignored by the generator)"),
          typeName));
    }
  }

  private static void responses(JsonNode root, Result result) {
    JsonNode paths = root.get("paths");
    if (paths == null || !paths.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
      Map.Entry<String, JsonNode> path = p.next();
      for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
        Map.Entry<String, JsonNode> op = o.next();
        JsonNode responses = op.getValue().get("responses");
        if (responses == null || !responses.isObject()) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> r = responses.fields(); r.hasNext(); ) {
          Map.Entry<String, JsonNode> response = r.next();
          String code = response.getKey();
          boolean noBody = response.getValue().get("content") == null && response.getValue().get("$ref") == null;
          if (noBody && (code.startsWith("4") || code.startsWith("5") || code.equals("default"))) {
            result.warnings.add(new Issue("error-without-schema",
                "/paths/" + escape(path.getKey()) + "/" + op.getKey() + "/responses/" + code,
                "error response " + code + " has no schema; the client keeps the raw body and parses the error shapes it knows", true));
          }
        }
      }
    }
  }

  private static void operations(JsonNode root, Result result) {
    JsonNode paths = root.get("paths");
    if (paths == null || !paths.isObject()) {
      return;
    }
    Set<String> verbs = new HashSet<>(Arrays.asList("get", "put", "post", "delete", "options", "head", "patch", "trace"));
    for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
      Map.Entry<String, JsonNode> path = p.next();
      for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
        Map.Entry<String, JsonNode> op = o.next();
        if (verbs.contains(op.getKey()) && op.getValue().get("operationId") == null) {
          result.warnings.add(new Issue("operation-id", "/paths/" + escape(path.getKey()) + "/" + op.getKey(),
              "no operationId: the generator invents the Java method name, and it changes when the path does", false));
        }
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
