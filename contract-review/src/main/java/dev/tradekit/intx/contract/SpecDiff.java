package dev.tradekit.intx.contract;

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
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The spec diff base to current: openapi-diff's verdict per operation, with the overrides of
 * CLASSIFICATION.md given to openapi-diff as configuration, plus the one rule it has no setting for.
 */
final class SpecDiff {

  private final ChangedOpenApi diff;

  /** @param unknownEnumValuesTolerated the generator's enumUnknownDefaultCase */
  SpecDiff(String baseSpec, String currentSpec, boolean unknownEnumValuesTolerated) {
    OpenApiDiffOptions options = OpenApiDiffOptions.builder()
        // A client built from the base spec reads a new response enum value as UNKNOWN_DEFAULT_OPEN_API.
        .configProperty("incompatible.response.enum.increased", String.valueOf(!unknownEnumValuesTolerated))
        .build();
    diff = OpenApiCompare.fromContents(baseSpec, currentSpec, null, options);
  }

  List<Change> changes() {
    List<Change> out = new ArrayList<>();
    for (Endpoint e : diff.getNewEndpoints()) {
      out.add(new Change(Change.Section.SPEC, false, operation(e), "operation added" + internal(e), "compatible"));
    }
    for (Endpoint e : diff.getMissingEndpoints()) {
      boolean hidden = !internal(e).isEmpty();
      out.add(new Change(Change.Section.SPEC, !hidden, operation(e), "operation removed" + internal(e), "incompatible"));
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      String where = op.getHttpMethod() + " " + op.getPathUrl();
      String verdict = op.isChanged().getValue();
      out.add(new Change(Change.Section.SPEC, op.isChanged().isIncompatible(), where, "changed: " + parts(op), verdict));
      removedResponseProperties(op, where, out);
    }
    return out;
  }

  /**
   * Hand-written because openapi-diff has no setting for it: a removed response property is
   * breaking even when it was optional (code that reads it gets nothing; the model loses its getter).
   */
  private static void removedResponseProperties(ChangedOperation op, String where, List<Change> out) {
    if (op.getApiResponses() == null) {
      return;
    }
    for (Map.Entry<String, ChangedResponse> r : op.getApiResponses().getChanged().entrySet()) {
      if (r.getValue().getContent() == null) {
        continue;
      }
      for (Map.Entry<String, ChangedMediaType> m : r.getValue().getContent().getChanged().entrySet()) {
        removedProperties(m.getValue().getSchema(), where + " → " + r.getKey() + " " + m.getKey() + " ", out);
      }
    }
  }

  private static void removedProperties(ChangedSchema s, String path, List<Change> out) {
    if (s == null) {
      return;
    }
    for (String name : s.getMissingProperties().keySet()) {
      out.add(new Change(Change.Section.SPEC, true, path.trim(), "response property `" + name + "` removed", "openapi-diff: "
          + (s.isChanged().isIncompatible() ? "incompatible" : "compatible") + "; breaking here (CLASSIFICATION.md)"));
    }
    s.getChangedProperties().forEach((name, p) -> removedProperties(p, path + "." + name, out));
    removedProperties(s.getItems(), path + "[]", out);
  }

  /** openapi-diff's own reports: openapi-diff.md (the report quotes it) and openapi-diff.html. */
  void writeToolReports(Path dir) throws IOException {
    write(dir.resolve("openapi-diff.md"), new MarkdownRender());
    write(dir.resolve("openapi-diff.html"), new HtmlRender());
  }

  private void write(Path file, org.openapitools.openapidiff.core.output.Render render) throws IOException {
    try (OutputStreamWriter out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      render.render(diff, out);
    }
  }

  private static String parts(ChangedOperation op) {
    String parts = Stream.of(op.getParameters() == null ? null : "parameters", op.getRequestBody() == null ? null : "request body",
        op.getApiResponses() == null ? null : "responses", op.getSecurityRequirements() == null ? null : "security")
        .filter(Objects::nonNull).collect(Collectors.joining(", "));
    return (parts.isEmpty() ? "documentation" : parts) + " (openapi-diff's report below says how)";
  }

  private static String operation(Endpoint e) {
    return e.getMethod() + " " + e.getPathUrl();
  }

  private static String internal(Endpoint e) {
    Map<String, Object> ext = e.getOperation().getExtensions();
    return ext != null && Boolean.TRUE.equals(ext.get("x-internal")) ? " (x-internal: not generated, not public API)" : "";
  }
}
