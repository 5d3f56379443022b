package dev.tradekit.intx.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Assembles the spec the client is generated from, in three declared steps (openapi/README.md):
 * the whole published spec; each docs page's operations and components over the same ones; then
 * the overlay's adaptations. Writes it with the operation table next to it.
 *
 * <p>Run by generated-client/pom.xml before the generator: {@code whole=<yaml> pages=<dir>
 * overlay=<yaml> [generatorConfig=<yaml>] out=<dir>}.
 */
public final class SpecAssembly {
  /** The assembled spec, as generated from and packaged in the generated jar. */
  public static final String SPEC_FILE = "intx-openapi.yaml";
  /** The operation table: see {@link OperationTable}. */
  public static final String OPERATIONS_FILE = "intx-operations.txt";
  /** In a directory laid out like {@code openapi/}: the whole published spec. */
  public static final String WHOLE_SPEC = "intx-public-api-spec.yaml";
  /** In a directory laid out like {@code openapi/}: the docs pages, applied in name order. */
  public static final String PAGES = "pages";
  /** In a directory laid out like {@code openapi/}: the overlay. */
  public static final String OVERLAY = "overlay.yaml";

  static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .build());

  private SpecAssembly() {}

  /** The assembled spec: {@code whole} with each page applied in order, then the overlay. */
  public static ObjectNode assemble(JsonNode whole, List<JsonNode> pages, JsonNode overlay) {
    ObjectNode spec = requireObject(whole, "the whole spec").deepCopy();
    for (JsonNode page : pages) {
      DocsPages.apply(spec, requireObject(page, "a docs page"));
    }
    Overlay.apply(spec, requireObject(overlay, "the overlay"));
    return spec;
  }

  /** Reads the files, assembles them and writes the spec and the operation table into {@code out}. */
  public static void assemble(Path whole, Path pagesDir, Path overlay, Path out) throws IOException {
    assemble(whole, pagesDir, overlay, null, out);
  }

  /**
   * As above; {@code generatorConfig}, if given, is recorded by its sha256 in the spec's {@code
   * info.x-generator-config-sha256}, so that the generator's skipIfSpecIsUnchanged, which looks at
   * the spec alone, regenerates after an option changes.
   */
  public static void assemble(Path whole, Path pagesDir, Path overlay, Path generatorConfig, Path out) throws IOException {
    ObjectNode spec = withGeneratorConfig(assembleFiles(whole, pagesDir, overlay), generatorConfig);
    Files.createDirectories(out);
    writeIfChanged(out.resolve(SPEC_FILE), YAML.writeValueAsString(spec));
    writeIfChanged(out.resolve(OPERATIONS_FILE), OperationTable.of(spec));
  }

  /** Lower-case hex SHA-256, as the provenance rows and the jar manifest record it. */
  public static String sha256(byte[] bytes) {
    try {
      StringBuilder hex = new StringBuilder();
      for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The assembled spec of a directory laid out like {@code openapi/} ({@link #WHOLE_SPEC}, {@link
   * #PAGES}, {@link #OVERLAY}), as the text {@link #assemble(Path, Path, Path, Path)} writes into
   * {@link #SPEC_FILE}: the same bytes for the same files.
   */
  public static String assembleDirectory(Path dir) throws IOException {
    return assembleDirectory(dir, null);
  }

  /** As above, recording {@code generatorConfig} (if not null) as the build does. */
  public static String assembleDirectory(Path dir, Path generatorConfig) throws IOException {
    ObjectNode spec = assembleFiles(dir.resolve(WHOLE_SPEC), dir.resolve(PAGES), dir.resolve(OVERLAY));
    return YAML.writeValueAsString(withGeneratorConfig(spec, generatorConfig));
  }

  private static ObjectNode withGeneratorConfig(ObjectNode spec, Path generatorConfig) throws IOException {
    if (generatorConfig != null) {
      ((ObjectNode) spec.path("info")).put("x-generator-config-sha256", sha256(Files.readAllBytes(generatorConfig)));
    }
    return spec;
  }

  /** The docs pages of {@code pagesDir} in the order they are applied; none if there is no such directory. */
  public static List<Path> pages(Path pagesDir) throws IOException {
    if (!Files.isDirectory(pagesDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pagesDir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  private static ObjectNode assembleFiles(Path whole, Path pagesDir, Path overlay) throws IOException {
    List<JsonNode> pages = new java.util.ArrayList<>();
    for (Path page : pages(pagesDir)) {
      pages.add(read(page));
    }
    return assemble(read(whole), pages, read(overlay));
  }

  static JsonNode read(Path file) throws IOException {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read " + file + " as YAML: " + e.getMessage(), e);
    }
  }

  /** Leaves an unchanged file alone, so the generator's skipIfSpecIsUnchanged can skip. */
  private static void writeIfChanged(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.write(file, bytes);
  }

  private static ObjectNode requireObject(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(what + " is not a YAML or JSON object");
    }
    return (ObjectNode) node;
  }

  public static void main(String[] args) throws IOException {
    java.util.Map<String, String> a = new java.util.HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected name=value, got " + arg);
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    Path generatorConfig = a.containsKey("generatorConfig") ? path(a, "generatorConfig") : null;
    assemble(path(a, "whole"), path(a, "pages"), path(a, "overlay"), generatorConfig, path(a, "out"));
  }

  private static Path path(java.util.Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing argument " + name + "=<path>");
    }
    return Paths.get(value);
  }
}
