package dev.tradekit.intx.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tradekit.intx.spec.SpecAssembly;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a new INTX spec into {@code openapi/}, byte for byte as published: a whole spec (many
 * operations) becomes {@code intx-public-api-spec.yaml}; a docs page (the OpenAPI YAML block of an
 * INTX docs page in markdown, or a YAML file of one operation) becomes {@code pages/<name>.yaml},
 * which the build puts over the same operation of the whole spec. Refuses input that holds no
 * OpenAPI document. Updates the file's sha256, size and OpenAPI version in the provenance table of
 * {@code openapi/README.md}.
 *
 * <p>{@code mvn -B -q -Pimport-spec -pl contract-review -am process-classes -Dspec.source=<file>
 * [-Dspec.kind=whole|page] [-Dspec.page=<name>]}
 */
public final class SpecImport {

  enum Kind { WHOLE, PAGE }

  /** An opening code fence: three or more backticks or tildes, then the info string. */
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`]*)$");
  private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecImport() {}

  /** What an import found: the spec text, where in the input it was, and what swagger-parser said. */
  static final class Imported {
    final String text;
    final String from;
    final OpenAPI openApi;
    /** swagger-parser's complaints about a document it could still read: the overlay's business. */
    final List<String> parserMessages;

    Imported(String text, String from, OpenAPI openApi, List<String> parserMessages) {
      this.text = text;
      this.from = from;
      this.openApi = openApi;
      this.parserMessages = parserMessages;
    }

    /** "DELETE /api/v1/orders/{id}" to its operationId ("" when it has none), in document order. */
    Map<String, String> operations() {
      Map<String, String> out = new LinkedHashMap<>();
      openApi.getPaths().forEach((path, item) -> {
        for (Map.Entry<PathItem.HttpMethod, Operation> op : item.readOperationsMap().entrySet()) {
          String id = op.getValue().getOperationId();
          out.put(op.getKey() + " " + path, id == null ? "" : id);
        }
      });
      return out;
    }
  }

  /**
   * The OpenAPI document in {@code input}: the first fenced {@code yaml} (or {@code json}) block
   * that is an OpenAPI 3 document with paths when the input is markdown, else the whole input.
   * swagger-parser's messages about a document it could read do not refuse it: the published
   * whole spec has some, and the overlay adapts them (the build fails if the assembled spec is
   * invalid).
   */
  static Imported extract(String input, String sourceName) throws ContractFailure {
    List<String[]> blocks = fencedBlocks(input);
    List<String> problems = new ArrayList<>();
    if (blocks.isEmpty()) {
      SwaggerParseResult parsed = SpecLint.parse(input);
      if (acceptable(parsed)) {
        return new Imported(input, sourceName, parsed.getOpenAPI(), messages(parsed));
      }
      problems.add(sourceName + ": " + describe(parsed));
    } else {
      for (String[] block : blocks) {
        String info = block[0].trim().toLowerCase(Locale.ROOT);
        if (!(info.startsWith("yaml") || info.startsWith("yml") || info.startsWith("json"))) {
          continue;
        }
        SwaggerParseResult parsed = SpecLint.parse(block[1]);
        if (acceptable(parsed)) {
          return new Imported(block[1], sourceName + ", the ```" + block[0].trim() + " block", parsed.getOpenAPI(), messages(parsed));
        }
        problems.add("the ```" + block[0].trim() + " block: " + describe(parsed));
      }
      if (problems.isEmpty()) {
        problems.add("no ```yaml or ```json block among its " + blocks.size() + " code blocks");
      }
    }
    throw new ContractFailure("Refusing to import " + sourceName + ": it holds no valid OpenAPI document ("
        + String.join("; ", problems) + "). Nothing was written.");
  }

  /** {@code option} (whole, page or blank); blank: whole when the document declares more than one operation. */
  static Kind kind(String option, Imported imported) throws ContractFailure {
    String o = option == null ? "" : option.trim().toLowerCase(Locale.ROOT);
    if (o.isEmpty() || o.equals("auto")) {
      return imported.operations().size() > 1 ? Kind.WHOLE : Kind.PAGE;
    }
    if (o.equals("whole")) {
      return Kind.WHOLE;
    }
    if (o.equals("page")) {
      return Kind.PAGE;
    }
    throw new ContractFailure("-Dspec.kind=" + option + ": expected whole or page (or nothing, to decide by the number of operations). Nothing was written.");
  }

  /** The page's file name without {@code .yaml}: {@code option}, else from its one operation's operationId. */
  static String pageName(String option, Imported imported) throws ContractFailure {
    String o = option == null ? "" : option.trim();
    if (o.endsWith(".yaml")) {
      o = o.substring(0, o.length() - ".yaml".length());
    }
    if (!o.isEmpty()) {
      if (!PAGE_NAME.matcher(o).matches()) {
        throw new ContractFailure("-Dspec.page=" + option + ": a page name is lower case letters, digits and dashes, e.g. cancel-order. Nothing was written.");
      }
      return o;
    }
    Map<String, String> operations = imported.operations();
    if (operations.size() != 1 || operations.values().iterator().next().isEmpty()) {
      throw new ContractFailure("Cannot name the page after its operationId: it declares " + operations.size() + " operation(s) "
          + operations.keySet() + (operations.size() == 1 ? " without an operationId" : "") + ". Pass -Dspec.page=<name>. Nothing was written.");
    }
    return kebab(operations.values().iterator().next());
  }

  /** {@code cancelOrder} to {@code cancel-order}. */
  static String kebab(String operationId) {
    return operationId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the document where its kind goes in {@code openapiDir} and updates its row in {@code
   * openapiDir/README.md}; returns what it did, in words.
   */
  static String importInto(Imported imported, Kind kind, String pageName, Path openapiDir) throws IOException {
    String inDir = kind == Kind.WHOLE ? SpecAssembly.WHOLE_SPEC : SpecAssembly.PAGES + "/" + pageName + ".yaml";
    Path target = openapiDir.resolve(inDir);
    byte[] bytes = imported.text.getBytes(StandardCharsets.UTF_8);
    String before = Files.isRegularFile(target) ? ContractReview.sha256(Files.readAllBytes(target)) : "(none)";
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    String sha = ContractReview.sha256(bytes);
    StringBuilder said = new StringBuilder("Wrote " + target + " (" + (kind == Kind.WHOLE ? "the whole spec" : "a docs page") + ") from "
        + imported.from + ": sha256 " + before + " -> " + sha + ", " + bytes.length + " bytes.");
    if (kind == Kind.PAGE) {
      said.append(overWhat(imported, openapiDir));
    }

    Path readme = openapiDir.resolve("README.md");
    String version = imported.openApi.getOpenapi()
        + (imported.openApi.getInfo() == null || imported.openApi.getInfo().getVersion() == null ? "" : ", `info.version` " + imported.openApi.getInfo().getVersion());
    String text = Files.isRegularFile(readme) ? new String(Files.readAllBytes(readme), StandardCharsets.UTF_8) : "";
    String updated = updateRow(text, inDir, sha, bytes.length, version);
    if (updated == null) {
      said.append("\nWARNING: found no provenance table (a '| file |' header with a sha256 column) in ").append(readme).append(" to update.");
    } else if (updated.equals(text)) {
      said.append("\nThe `").append(inDir).append("` row of ").append(readme).append(" already has this sha256, size and OpenAPI version.");
    } else {
      Files.write(readme, updated.getBytes(StandardCharsets.UTF_8));
      said.append("\nUpdated the `").append(inDir).append("` row of ").append(readme)
          .append(" (sha256, bytes, OpenAPI); fill in or check its source, commit and retrieved cells yourself.");
    }
    if (!imported.parserMessages.isEmpty()) {
      said.append("\nswagger-parser's remarks on the imported file (the overlay adapts what the generator needs): ")
          .append(String.join("; ", imported.parserMessages));
    }
    said.append('\n').append(assemblyCheck(openapiDir));
    return said.toString();
  }

  /** Which operations of the whole spec the page goes over, and any it adds. */
  private static String overWhat(Imported imported, Path openapiDir) throws IOException {
    Path whole = openapiDir.resolve(SpecAssembly.WHOLE_SPEC);
    JsonNode paths = Files.isRegularFile(whole) ? YAML.readTree(whole.toFile()).path("paths") : YAML.createObjectNode();
    List<String> over = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (String op : imported.operations().keySet()) {
      String method = op.substring(0, op.indexOf(' ')).toLowerCase(Locale.ROOT);
      String path = op.substring(op.indexOf(' ') + 1);
      (paths.path(path).has(method) ? over : added).add(op);
    }
    return (over.isEmpty() ? "" : " It goes over " + String.join(", ", over) + " of the whole spec.")
        + (added.isEmpty() ? "" : " WARNING: the whole spec has no " + String.join(", ", added) + "; the page adds it.");
  }

  /** Whether {@code openapiDir} still assembles into a spec swagger-parser reads without complaint, in words. */
  private static String assemblyCheck(Path openapiDir) {
    String assembled;
    try {
      assembled = SpecAssembly.assembleDirectory(openapiDir);
    } catch (IOException | RuntimeException e) {
      // RuntimeException: spec-assembly refuses a page or an overlay action that matches nothing.
      return "WARNING: cannot assemble " + openapiDir + ": " + e.getMessage() + ". The build will fail until openapi/overlay.yaml is adapted.";
    }
    List<String> errors = messages(SpecLint.parse(assembled));
    return errors.isEmpty()
        ? "The assembled spec is valid."
        : "WARNING: the assembled spec is not valid, the build will fail: " + errors + ". Adapt openapi/overlay.yaml.";
  }

  /**
   * {@code readme} with the sha256, bytes and OpenAPI cells of {@code file}'s row of the provenance
   * table (the table whose header starts {@code | file |} and has a {@code sha256} column) set; a new file gets a new row with its
   * source, commit and retrieved cells to fill in. Null when there is no such table.
   */
  static String updateRow(String readme, String file, String sha256, long bytes, String openApiVersion) {
    List<String> lines = new ArrayList<>(Arrays.asList(readme.split("\n", -1)));
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| file |") && cells(lines.get(i)).contains("sha256")) {
        header = i;
        break;
      }
    }
    if (header < 0) {
      return null;
    }
    List<String> columns = cells(lines.get(header));
    int last = header + 1;
    int row = -1;
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      last = i;
      if (cells(lines.get(i)).get(0).equals("`" + file + "`")) {
        row = i;
      }
    }
    List<String> cells;
    if (row < 0) {
      cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add("(fill in)");
      }
      cells.set(0, "`" + file + "`");
    } else {
      cells = cells(lines.get(row));
    }
    set(cells, columns, "sha256", "`" + sha256 + "`");
    set(cells, columns, "bytes", String.format(Locale.ROOT, "%,d", bytes));
    set(cells, columns, "OpenAPI", openApiVersion);
    String line = "| " + String.join(" | ", cells) + " |";
    if (row < 0) {
      lines.add(last + 1, line);
    } else {
      lines.set(row, line);
    }
    return String.join("\n", lines);
  }

  private static List<String> cells(String row) {
    String inner = row.trim();
    inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      out.add(cell.trim());
    }
    return out;
  }

  private static void set(List<String> cells, List<String> columns, String column, String value) {
    int i = columns.indexOf(column);
    if (i >= 0) {
      while (cells.size() <= i) {
        cells.add("");
      }
      cells.set(i, value);
    }
  }

  /** {@code [info string, content]} of each fenced code block, content exactly as between the fences. */
  static List<String[]> fencedBlocks(String markdown) {
    List<String[]> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(stripCr(lines[i]));
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(2);
      StringBuilder content = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length; j++) {
        String line = stripCr(lines[j]).trim();
        if (line.startsWith(fence) && line.chars().allMatch(c -> c == fence.charAt(0))) {
          break;
        }
        content.append(lines[j]).append('\n');
      }
      blocks.add(new String[] {open.group(3), content.toString()});
      i = j;
    }
    return blocks;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** An OpenAPI 3 document that declares at least one operation. */
  private static boolean acceptable(SwaggerParseResult parsed) {
    OpenAPI api = parsed.getOpenAPI();
    return api != null && api.getOpenapi() != null && api.getOpenapi().startsWith("3.")
        && api.getPaths() != null && api.getPaths().values().stream().anyMatch(p -> !p.readOperations().isEmpty());
  }

  private static List<String> messages(SwaggerParseResult parsed) {
    return parsed.getMessages() == null ? List.of() : parsed.getMessages();
  }

  private static String describe(SwaggerParseResult parsed) {
    if (parsed.getMessages() != null && !parsed.getMessages().isEmpty()) {
      return String.join(", ", parsed.getMessages());
    }
    if (parsed.getOpenAPI() != null && parsed.getOpenAPI().getOpenapi() != null) {
      return "an OpenAPI document that declares no operation";
    }
    return "not an OpenAPI 3 document";
  }

  /**
   * Arguments {@code source=<docs page .md or spec .yaml>}, {@code kind=whole|page} (optional),
   * {@code page=<name>} (optional), {@code repo=<reactor root>}.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String value = eq < 0 ? "" : arg.substring(eq + 1);
      a.put(eq < 0 ? arg : arg.substring(0, eq), value.startsWith("${") ? "" : value);
    }
    String source = a.getOrDefault("source", "").trim();
    if (source.isEmpty()) {
      throw new ContractFailure("Pass the new spec: -Dspec.source=<INTX docs page in markdown, or an OpenAPI YAML file>"
          + " [-Dspec.kind=whole|page] [-Dspec.page=<name>].");
    }
    Path repo = Paths.get(a.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    Path file = Paths.get(source);
    if (!Files.isRegularFile(file) && Files.isRegularFile(repo.resolve(source))) {
      file = repo.resolve(source);
    }
    if (!Files.isRegularFile(file)) {
      throw new ContractFailure("No such file: " + source + " (relative paths are read from the current directory or " + repo + ").");
    }
    String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Imported imported = extract(input, file.getFileName().toString());
    Kind kind = kind(a.get("kind"), imported);
    String page = kind == Kind.PAGE ? pageName(a.get("page"), imported) : null;
    for (String line : importInto(imported, kind, page, repo.resolve("openapi")).split("\n")) {
      System.out.println("[import-spec] " + line);
    }
    System.out.println("[import-spec] Next: mvn -B -Pcontract verify   (regenerates, then reports what changed against main)");
  }
}
