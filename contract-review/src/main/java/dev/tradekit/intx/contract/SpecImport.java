package dev.tradekit.intx.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a new INTX spec into {@code openapi/intx.yaml}: from an INTX docs page in markdown (the
 * OpenAPI YAML block of the page, byte for byte as published) or from a YAML file. Refuses input
 * that holds no valid OpenAPI document. Updates the sha256 and OpenAPI version rows of the
 * provenance table in {@code openapi/README.md}.
 *
 * <p>{@code mvn -B -q -Pimport-spec -pl contract-review -am process-classes -Dspec.source=<file>}
 */
public final class SpecImport {

  /** An opening code fence: three or more backticks or tildes, then the info string. */
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`]*)$");
  private static final Pattern SHA_ROW = Pattern.compile("(?m)^(\\| sha256 of `intx\\.yaml` \\| `)([0-9a-f]{64})(` \\|)[ \\t]*$");
  private static final Pattern VERSION_ROW = Pattern.compile("(?m)^(\\| OpenAPI version \\| )(.*)( \\|)[ \\t]*$");

  private SpecImport() {}

  /** What an import found: the spec text and where in the input it was. */
  static final class Imported {
    final String text;
    final String from;
    final OpenAPI openApi;

    Imported(String text, String from, OpenAPI openApi) {
      this.text = text;
      this.from = from;
      this.openApi = openApi;
    }
  }

  /**
   * The OpenAPI document in {@code input}: the first fenced {@code yaml} (or {@code json}) block
   * that is a valid OpenAPI document when the input is markdown, else the whole input.
   */
  static Imported extract(String input, String sourceName) throws ContractFailure {
    List<String[]> blocks = fencedBlocks(input);
    List<String> problems = new ArrayList<>();
    if (blocks.isEmpty()) {
      SwaggerParseResult parsed = SpecLint.parse(input);
      if (valid(parsed)) {
        return new Imported(input, sourceName, parsed.getOpenAPI());
      }
      problems.add(sourceName + ": " + describe(parsed));
    } else {
      for (String[] block : blocks) {
        String info = block[0].trim().toLowerCase();
        if (!(info.startsWith("yaml") || info.startsWith("yml") || info.startsWith("json"))) {
          continue;
        }
        SwaggerParseResult parsed = SpecLint.parse(block[1]);
        if (valid(parsed)) {
          return new Imported(block[1], sourceName + ", the ```" + block[0].trim() + " block", parsed.getOpenAPI());
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

  /** Writes the spec and updates the provenance table; returns what changed, in words. */
  static String write(Imported imported, Path spec, Path readme) throws IOException {
    byte[] bytes = imported.text.getBytes(StandardCharsets.UTF_8);
    String before = Files.isRegularFile(spec) ? ContractReview.sha256(Files.readAllBytes(spec)) : "(none)";
    Files.write(spec, bytes);
    String sha = ContractReview.sha256(bytes);
    StringBuilder said = new StringBuilder("Wrote " + spec + " from " + imported.from + ": sha256 " + before + " -> " + sha + ".");
    if (Files.isRegularFile(readme)) {
      String text = new String(Files.readAllBytes(readme), StandardCharsets.UTF_8);
      Matcher m = SHA_ROW.matcher(text);
      if (m.find()) {
        text = m.replaceFirst("$1" + sha + "$3");
        String version = imported.openApi.getOpenapi()
            + (imported.openApi.getInfo() == null ? "" : ", `info.version` " + imported.openApi.getInfo().getVersion());
        text = VERSION_ROW.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(version) + "$3");
        Files.write(readme, text.getBytes(StandardCharsets.UTF_8));
        said.append(" Updated the sha256 and OpenAPI version in ").append(readme)
            .append("; check its 'source page' and 'retrieved' rows by hand.");
      } else {
        said.append(" WARNING: found no '| sha256 of `intx.yaml` |' row in ").append(readme).append(" to update.");
      }
    }
    return said.toString();
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

  private static boolean valid(SwaggerParseResult parsed) {
    return parsed.getOpenAPI() != null && parsed.getOpenAPI().getOpenapi() != null
        && (parsed.getMessages() == null || parsed.getMessages().isEmpty());
  }

  private static String describe(SwaggerParseResult parsed) {
    if (parsed.getMessages() != null && !parsed.getMessages().isEmpty()) {
      return String.join(", ", parsed.getMessages());
    }
    return "not an OpenAPI 3 document";
  }

  /** Arguments {@code source=<docs page .md or spec .yaml>}, {@code repo=<reactor root>}. */
  public static void main(String[] args) throws Exception {
    ContractReview.quietGenerator();
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
    }
    String source = a.getOrDefault("source", "").trim();
    if (source.isEmpty() || source.startsWith("${")) {
      throw new ContractFailure("Pass the new spec: -Dspec.source=<INTX docs page in markdown, or an OpenAPI YAML file>.");
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
    System.out.println("[import-spec] " + write(imported, repo.resolve("openapi/intx.yaml"), repo.resolve("openapi/README.md")));
    System.out.println("[import-spec] Next: mvn -B -Pcontract verify   (regenerates, then reports what changed against main)");
  }
}
