package dev.tradekit.intx.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Validation and lint of a spec file. Valid means swagger-parser, which the generator uses, reads it
 * without complaint. The lint is Redocly CLI (pinned in lint/package.json) with the ruleset
 * lint/redocly.yaml; the known quirks of the published spec are listed, each at its location, in
 * lint/.redocly.lint-ignore.yaml, so Redocly counts them as ignored and reports any new one.
 */
final class SpecLint {

  /** One problem: a Redocly rule (or "swagger-parser"), a JSON pointer, a message. */
  static final class Issue {
    final String rule;
    final String where;
    final String message;

    Issue(String rule, String where, String message) {
      this.rule = rule;
      this.where = where;
      this.message = message;
    }

    @Override
    public String toString() {
      return rule + " at " + where + ": " + message;
    }
  }

  static final class Result {
    final List<Issue> errors = new ArrayList<>();
    final List<Issue> warnings = new ArrayList<>();
    /** Problems the ignore file lists: the known quirks. */
    int known;

    boolean valid() {
      return errors.isEmpty();
    }
  }

  private final Path lintDir;

  /** @param lintDir the directory of redocly.yaml, its ignore file and node_modules (contract-review/lint) */
  SpecLint(Path lintDir) {
    this.lintDir = lintDir.toAbsolutePath().normalize();
  }

  static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  Result lint(Path spec) throws IOException, ContractFailure {
    Result result = new Result();
    SwaggerParseResult parsed = parse(Files.readString(spec));
    if (parsed.getOpenAPI() == null) {
      result.errors.add(new Issue("swagger-parser", "#", "not an OpenAPI 3 document"));
    }
    if (parsed.getMessages() != null) {
      parsed.getMessages().forEach(m -> result.errors.add(new Issue("swagger-parser", "#", m)));
    }
    JsonNode report = new ObjectMapper().readTree(redocly(spec.toAbsolutePath().normalize()));
    result.known = report.path("totals").path("ignored").asInt();
    for (JsonNode p : report.path("problems")) {
      Issue issue = new Issue(p.path("ruleId").asText(), p.path("location").path(0).path("pointer").asText(), p.path("message").asText());
      (p.path("severity").asText().equals("error") ? result.errors : result.warnings).add(issue);
    }
    return result;
  }

  /** Redocly's JSON report; it runs in lintDir, so the ignore file's paths are relative to it. */
  private byte[] redocly(Path spec) throws IOException, ContractFailure {
    Path cli = lintDir.resolve("node_modules/@redocly/cli/bin/cli.js");
    if (!Files.isRegularFile(cli)) {
      throw new ContractFailure("Redocly CLI is not installed in " + lintDir + ": run `npm ci` there (the contract-review build does it).");
    }
    Path out = Files.createTempFile("redocly", ".json");
    try {
      ProcessBuilder pb = new ProcessBuilder("node", cli.toString(), "lint", "--config", "redocly.yaml", "--format", "json",
          "--max-problems", "10000", spec.toString()).directory(lintDir.toFile()).redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("REDOCLY_TELEMETRY", "off");
      pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ContractFailure("Redocly did not finish linting " + spec + " in 120 s.");
      }
      byte[] json = Files.readAllBytes(out);
      if (json.length == 0) {
        throw new ContractFailure("Redocly wrote no report for " + spec + " (exit " + p.exitValue() + ").");
      }
      return json;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContractFailure("Interrupted while linting " + spec);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
