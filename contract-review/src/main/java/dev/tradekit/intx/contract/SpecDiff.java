package dev.tradekit.intx.contract;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.openapitools.openapidiff.core.output.Render;

/**
 * The spec diff base to current, by openapi-diff, flattened into one {@link Change} per thing that
 * changed. Each change keeps openapi-diff's verdict; ours differs in two documented cases:
 *
 * <ul>
 *   <li>a response property removed is BREAKING even when it was optional (openapi-diff calls that
 *       compatible): code that reads the field gets nothing, and the regenerated model loses its
 *       getter;
 *   <li>a response enum value added is compatible (openapi-diff calls it incompatible) when the
 *       generator runs with {@code enumUnknownDefaultCase=true}: a client built from the base spec
 *       reads the new value as {@code UNKNOWN_DEFAULT_OPEN_API} instead of failing.
 * </ul>
 */
final class SpecDiff {

  private static final String NOT_GENERATED = "x-internal: not generated, not public API";

  private final boolean unknownEnumValuesTolerated;
  private final List<Change> changes = new ArrayList<>();
  private ChangedOpenApi diff;

  SpecDiff(boolean unknownEnumValuesTolerated) {
    this.unknownEnumValuesTolerated = unknownEnumValuesTolerated;
  }

  List<Change> compare(String baseSpec, String currentSpec) {
    diff = OpenApiCompare.fromContents(baseSpec, currentSpec);
    changes.clear();
    for (Endpoint e : diff.getNewEndpoints()) {
      add(false, operation(e), e.getOperation().getOperationId(), "operation added", "compatible", internal(e) ? NOT_GENERATED : "");
    }
    for (Endpoint e : diff.getMissingEndpoints()) {
      boolean internal = internal(e);
      add(!internal, operation(e), e.getOperation().getOperationId(), "operation removed", "incompatible", internal ? NOT_GENERATED : "");
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      operation(op);
    }
    generic(diff.getChangedExtensions(), "spec", "", "extensions changed");
    return changes;
  }

  /** openapi-diff's own reports of the last comparison. */
  void writeToolReports(Path dir) throws IOException {
    Files.createDirectories(dir);
    render(new MarkdownRender(), dir.resolve("openapi-diff.md"));
    render(new HtmlRender(), dir.resolve("openapi-diff.html"));
  }

  /** openapi-diff's overall verdict ("no_changes", "compatible", "incompatible", ...). */
  String toolVerdict() {
    return diff.isChanged().getValue();
  }

  private void render(Render render, Path file) throws IOException {
    try (OutputStreamWriter out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      render.render(diff, out);
    }
  }

  private void operation(ChangedOperation op) {
    String where = op.getHttpMethod() + " " + op.getPathUrl();
    String id = op.getNewOperation() == null ? null : op.getNewOperation().getOperationId();
    if (op.getOperationId() != null && op.getOperationId().isChanged().isDifferent()) {
      add(false, where, op.getOperationId().getRight(),
          "operationId `" + op.getOperationId().getLeft() + "` renamed to `" + op.getOperationId().getRight() + "`",
          op.getOperationId().isChanged().getValue(),
          "the wire is unchanged; the Java method is renamed (see the Java section)");
    }
    if (op.isDeprecated()) {
      add(false, where, id, "operation deprecated", "compatible", "");
    }
    generic(op.getSummary(), where, "", "summary changed");
    generic(op.getDescription(), where, "", "description changed");
    parameters(op.getParameters(), where);
    requestBody(op.getRequestBody(), where);
    responses(op.getApiResponses(), where);
    generic(op.getSecurityRequirements(), where, "", "security requirements changed");
    generic(op.getExtensions(), where, "", "extensions changed");
  }

  private void parameters(ChangedParameters params, String where) {
    if (params == null) {
      return;
    }
    for (Parameter p : params.getIncreased()) {
      boolean required = Boolean.TRUE.equals(p.getRequired());
      add(required, where, p.getName(),
          "new " + (required ? "required" : "optional") + " " + p.getIn() + " parameter `" + p.getName() + "`",
          required ? "incompatible" : "compatible", required ? "existing callers do not send it" : "");
    }
    for (Parameter p : params.getMissing()) {
      add(true, where, p.getName(), p.getIn() + " parameter `" + p.getName() + "` removed", "incompatible", "");
    }
    for (ChangedParameter p : params.getChanged()) {
      String at = where + " " + p.getIn() + " parameter `" + p.getName() + "`";
      if (p.isChangeRequired()) {
        boolean nowRequired = Boolean.TRUE.equals(p.getNewParameter().getRequired());
        add(nowRequired, at, p.getName(), nowRequired ? "now required" : "now optional",
            nowRequired ? "incompatible" : "compatible", "");
      }
      if (p.isDeprecated()) {
        add(false, at, p.getName(), "deprecated", "compatible", "");
      }
      if (p.isChangeStyle() || p.isChangeExplode() || p.isChangeAllowEmptyValue()) {
        DiffResult r = p.isCoreChanged();
        add(r.isIncompatible(), at, p.getName(), "serialization (style, explode or allowEmptyValue) changed", r.getValue(), "");
      }
      generic(p.getDescription(), at, p.getName(), "description changed");
      schema(p.getSchema(), at, p.getName());
      content(p.getContent(), at);
    }
  }

  private void requestBody(ChangedRequestBody body, String where) {
    if (body == null) {
      return;
    }
    String at = where + " request body";
    if (body.isChangeRequired()) {
      boolean nowRequired = body.getNewRequestBody() != null && Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
      add(nowRequired, at, "", nowRequired ? "now required" : "now optional", nowRequired ? "incompatible" : "compatible", "");
    }
    generic(body.getDescription(), at, "", "description changed");
    content(body.getContent(), at);
  }

  private void responses(ChangedApiResponse responses, String where) {
    if (responses == null) {
      return;
    }
    for (String code : responses.getIncreased().keySet()) {
      add(false, where + " → " + code, code, "response " + code + " added", "compatible", "");
    }
    for (String code : responses.getMissing().keySet()) {
      add(true, where + " → " + code, code, "response " + code + " removed", "incompatible", "");
    }
    for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
      ChangedResponse response = e.getValue();
      String at = where + " → " + e.getKey();
      generic(response.getDescription(), at, "", "description changed");
      generic(response.getHeaders(), at, "", "headers changed");
      content(response.getContent(), at);
    }
  }

  private void content(ChangedContent content, String where) {
    if (content == null) {
      return;
    }
    for (String type : content.getIncreased().keySet()) {
      add(false, where, type, "media type " + type + " added", "compatible", "");
    }
    for (String type : content.getMissing().keySet()) {
      add(true, where, type, "media type " + type + " removed", "incompatible", "");
    }
    for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
      ChangedMediaType media = e.getValue();
      String name = refName(media.getNewSchema() != null ? media.getNewSchema() : media.getOldSchema());
      String at = where + " " + e.getKey() + (name.isEmpty() ? "" : " " + name);
      schema(media.getSchema(), at, "");
      generic(media.getExample(), at, "", "example changed");
      generic(media.getExamples(), at, "", "examples changed");
    }
  }

  private void schema(ChangedSchema s, String where, String subject) {
    if (s == null || !s.isChanged().isDifferent()) {
      return;
    }
    boolean response = s.getContext() != null && s.getContext().isResponse();
    if (s.isChangedType()) {
      add(true, where, subject, "type changed from " + type(s.getOldSchema()) + " to " + type(s.getNewSchema()), "incompatible", "");
    } else if (s.isChangeFormat()) {
      add(false, where, subject, "format changed from " + type(s.getOldSchema()) + " to " + type(s.getNewSchema()),
          "compatible", "the Java type may change: see the Java section");
    }
    if (s.isDiscriminatorPropertyChanged()) {
      add(true, where, subject, "discriminator changed", "incompatible", "");
    }
    if (s.isChangeDefault()) {
      add(false, where, subject, "default changed", "compatible", "");
    }
    if (s.isChangeDeprecated()) {
      add(false, where, subject, "deprecation changed", "compatible", "");
    }
    List<String> oldRequired = s.getOldSchema() == null || s.getOldSchema().getRequired() == null ? List.of() : s.getOldSchema().getRequired();
    List<String> newRequired = s.getNewSchema() == null || s.getNewSchema().getRequired() == null ? List.of() : s.getNewSchema().getRequired();
    for (String name : s.getMissingProperties().keySet()) {
      boolean wasRequired = oldRequired.contains(name);
      if (response) {
        add(true, where, name, "property `" + name + "` removed", wasRequired ? "incompatible" : "compatible",
            wasRequired ? "" : "a removed response field is breaking here: code that reads it gets nothing, and the regenerated model loses its accessors");
      } else {
        add(false, where, name, "property `" + name + "` removed", "compatible", "the server no longer reads it");
      }
    }
    for (String name : s.getIncreasedProperties().keySet()) {
      boolean required = newRequired.contains(name);
      boolean breaking = required && !response;
      add(breaking, where, name,
          "new " + (required ? "required" : "optional") + " property `" + name + "`",
          breaking ? "incompatible" : "compatible",
          breaking ? "existing callers do not send it" : "");
    }
    if (s.getRequired() != null && s.getRequired().isChanged().isDifferent()) {
      for (String name : s.getRequired().getIncreased()) {
        if (s.getIncreasedProperties().containsKey(name)) {
          continue;
        }
        add(!response, where, name, "property `" + name + "` now required", response ? "compatible" : "incompatible", "");
      }
      for (String name : s.getRequired().getMissing()) {
        if (s.getMissingProperties().containsKey(name)) {
          continue;
        }
        add(response, where, name, "property `" + name + "` now optional", response ? "incompatible" : "compatible",
            response ? "the server may leave it out" : "");
      }
    }
    enumeration(s.getEnumeration(), where, subject, response);
    for (Map.Entry<String, ChangedSchema> e : s.getChangedProperties().entrySet()) {
      String name = e.getKey();
      Schema<?> property = e.getValue().getNewSchema() != null ? e.getValue().getNewSchema() : e.getValue().getOldSchema();
      String ref = refName(property);
      schema(e.getValue(), where + "." + name + (ref.isEmpty() ? "" : " (" + ref + ")"), name);
    }
    schema(s.getItems(), where + "[]", subject);
    schema(s.getAddProp(), where + " additionalProperties", subject);
    generic(s.getOneOfSchema(), where, subject, "oneOf changed");
    generic(s.getReadOnly(), where, subject, "readOnly changed");
    generic(s.getWriteOnly(), where, subject, "writeOnly changed");
    generic(s.getNullable(), where, subject, "nullable changed");
    generic(s.getMaxLength(), where, subject, "maxLength changed");
    generic(s.getMinLength(), where, subject, "minLength changed");
    generic(s.getNumericRange(), where, subject, "numeric range changed");
    generic(s.getMultipleOf(), where, subject, "multipleOf changed");
    generic(s.getMaxItems(), where, subject, "maxItems changed");
    generic(s.getMinItems(), where, subject, "minItems changed");
    generic(s.getMaxProperties(), where, subject, "maxProperties changed");
    generic(s.getMinProperties(), where, subject, "minProperties changed");
    generic(s.getUniqueItems(), where, subject, "uniqueItems changed");
    generic(s.getPattern(), where, subject, "pattern changed");
    generic(s.getDescription(), where, subject, "description changed");
    generic(s.getExample(), where, subject, "example changed");
    generic(s.getExamples(), where, subject, "examples changed");
    generic(s.getExtensions(), where, subject, "extensions changed");
  }

  private void enumeration(ChangedEnum<?> e, String where, String subject, boolean response) {
    if (e == null || !e.isChanged().isDifferent()) {
      return;
    }
    String tool = e.isItemsChanged().getValue();
    for (Object value : e.getIncreased()) {
      String what = "enum value `" + value + "` added";
      if (!response) {
        add(false, where, String.valueOf(value), what, tool, "");
      } else if (unknownEnumValuesTolerated) {
        add(false, where, String.valueOf(value), what, tool,
            "safe for running clients: the generator runs with enumUnknownDefaultCase=true, so a client built from the base spec reads `"
                + value + "` as UNKNOWN_DEFAULT_OPEN_API instead of failing");
      } else {
        add(true, where, String.valueOf(value), what, tool,
            "not safe: enumUnknownDefaultCase is off, so a client built from the base spec fails to read `" + value + "`");
      }
    }
    for (Object value : e.getMissing()) {
      add(!response, where, String.valueOf(value), "enum value `" + value + "` removed", tool,
          response ? "the server no longer sends it; the Java constant disappears (see the Java section)" : "callers that send it are refused");
    }
  }

  /** A change we have no dedicated wording for: openapi-diff's verdict, as is. */
  private void generic(Changed c, String where, String subject, String what) {
    if (c == null) {
      return;
    }
    DiffResult r = c.isChanged();
    if (r.isDifferent()) {
      add(r.isIncompatible(), where, subject, what, r.getValue(), r == DiffResult.METADATA ? "documentation only" : "");
    }
  }

  private void add(boolean breaking, String where, String subject, String what, String tool, String note) {
    changes.add(new Change(Change.Section.SPEC, breaking, where, subject, what, "openapi-diff: " + tool, note));
  }

  /** Marked {@code x-internal} (by the overlay): the generator leaves it out, so it is no one's API. */
  private static boolean internal(Endpoint e) {
    Map<String, Object> extensions = e.getOperation().getExtensions();
    return extensions != null && Boolean.TRUE.equals(extensions.get("x-internal"));
  }

  private static String operation(Endpoint e) {
    return e.getMethod() + " " + e.getPathUrl();
  }

  private static String refName(Schema<?> schema) {
    if (schema == null || schema.get$ref() == null) {
      return "";
    }
    String ref = schema.get$ref();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "nothing";
    }
    String ref = refName(schema);
    if (!ref.isEmpty()) {
      return ref;
    }
    String type = schema.getType();
    if (type == null && schema.getTypes() != null) {
      type = schema.getTypes().stream().map(Objects::toString).sorted().collect(Collectors.joining("|"));
    }
    return "`" + (type == null ? "any" : type) + (schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")") + "`";
  }
}
