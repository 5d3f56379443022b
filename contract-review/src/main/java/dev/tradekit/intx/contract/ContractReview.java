package dev.tradekit.intx.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import japicmp.model.JApiCompatibilityChangeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Reviews a change against a base build: lint of the current spec, the spec diff (openapi-diff),
 * and the Java API diff (japicmp) of intx-generated-client and of intx-client. Writes one markdown
 * report and the tools' own reports, and fails when something breaks unless that is allowed. The
 * base comes in as files: its assembled spec and its two jars (bin/contract-base makes them).
 */
public final class ContractReview {

  static final String VERDICT_INVALID = "INVALID SPEC";
  static final String VERDICT_BREAKING = "BREAKING";
  static final String VERDICT_COMPATIBLE = "COMPATIBLE";
  static final String VERDICT_NONE = "NO CHANGES";

  /** One side of the review: a spec file and, if built, the two jars. */
  static final class Side {
    final String label;
    final Path spec;
    final Path generatedJar;
    final Path clientJar;

    Side(String label, Path spec, Path generatedJar, Path clientJar) {
      this.label = label;
      this.spec = spec;
      this.generatedJar = generatedJar;
      this.clientJar = clientJar;
    }
  }

  /** What one review looked at and found. */
  static final class Result {
    Side base;
    Side current;
    String baseSha256;
    String currentSha256;
    boolean unknownEnumValuesTolerated;
    boolean allowBreaking;
    SpecLint.Result lint;
    final List<Change> changes = new ArrayList<>();
    /** Why the spec diff or the Java diffs did not run, per section; absent when they did. */
    final Map<Change.Section, String> skipped = new HashMap<>();
    String specDiffMarkdown = "";
    String verdict;
    String markdown;

    List<Change> changes(Change.Section section) {
      return changes.stream().filter(c -> c.section == section).collect(Collectors.toList());
    }

    List<Change> breakingChanges() {
      return changes.stream().filter(c -> c.breaking).collect(Collectors.toList());
    }
  }

  private final SpecLint lint;
  private final Path workDir;

  ContractReview(SpecLint lint, Path workDir) {
    this.lint = lint;
    this.workDir = workDir;
  }

  Result review(Side base, Side current, boolean unknownEnumValuesTolerated, boolean allowBreaking) throws IOException, ContractFailure {
    Files.createDirectories(workDir);
    Result r = new Result();
    r.base = base;
    r.current = current;
    r.baseSha256 = sha256(Files.readAllBytes(base.spec));
    r.currentSha256 = sha256(Files.readAllBytes(current.spec));
    r.unknownEnumValuesTolerated = unknownEnumValuesTolerated;
    r.allowBreaking = allowBreaking;
    r.lint = lint.lint(current.spec);

    if (!r.lint.valid()) {
      for (Change.Section s : Change.Section.values()) {
        r.skipped.put(s, "the current spec is not valid");
      }
    } else {
      SpecDiff spec = new SpecDiff(Files.readString(base.spec), Files.readString(current.spec), unknownEnumValuesTolerated);
      r.changes.addAll(spec.changes());
      spec.writeToolReports(workDir);
      r.specDiffMarkdown = Files.readString(workDir.resolve("openapi-diff.md"));
      // Retrofit implements the generated API interfaces: a method added to one breaks no user.
      javaDiff(r, Change.Section.GENERATED, base.generatedJar, current.generatedJar, List.of(JApiCompatibilityChangeType.METHOD_ADDED_TO_INTERFACE));
      javaDiff(r, Change.Section.CLIENT, base.clientJar, current.clientJar, List.of());
    }

    boolean same = r.changes.isEmpty() && r.baseSha256.equals(r.currentSha256);
    r.verdict = !r.lint.valid() ? VERDICT_INVALID : !r.breakingChanges().isEmpty() ? VERDICT_BREAKING : same ? VERDICT_NONE : VERDICT_COMPATIBLE;
    r.markdown = Report.render(r);
    return r;
  }

  private void javaDiff(Result r, Change.Section section, Path baseJar, Path currentJar, List<JApiCompatibilityChangeType> overrides)
      throws IOException {
    if (baseJar == null || currentJar == null) {
      r.skipped.put(section, "no " + (baseJar == null ? "base" : "current") + " jar given");
      return;
    }
    ApiDiff diff = new ApiDiff(section, baseJar, currentJar, overrides);
    r.changes.addAll(diff.changes());
    diff.writeToolReport(workDir);
  }

  /**
   * A generated client jar must come from the spec beside it: its manifest's Intx-Spec-Sha256
   * (written by generated-client/pom.xml) must be the sha256 of that spec file.
   */
  static void checkProvenance(Path jar, Path spec) throws IOException, ContractFailure {
    String recorded;
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      recorded = manifest == null ? null : manifest.getMainAttributes().getValue("Intx-Spec-Sha256");
    }
    String actual = sha256(Files.readAllBytes(spec));
    if (!actual.equals(recorded)) {
      throw new ContractFailure("The jar " + jar + " was built from a spec with sha256 " + recorded + ", but " + spec + " has sha256 "
          + actual + ": pass the spec and the jar of one build (bin/contract-base makes the base's).");
    }
  }

  /** The message the build fails with: what broke, where the report is, how to accept it. */
  static String failureMessage(Result r, Path report) {
    if (!r.lint.valid()) {
      return "Contract review: the current spec is not valid: " + r.lint.errors + ". Report: " + report;
    }
    StringBuilder m = new StringBuilder("Contract review: BREAKING:");
    r.breakingChanges().forEach(c -> m.append("\n  - ").append(c.oneLine()));
    return m.append("\nReport: ").append(report)
        .append("\nIf the break is intended, re-run with -Dcontract.allowBreaking=true (and say so in the pull request).").toString();
  }

  /** Whether the generator reads an unknown enum value as UNKNOWN_DEFAULT_OPEN_API (its enumUnknownDefaultCase). */
  static boolean unknownEnumValuesTolerated(Path generatorConfig) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(generatorConfig.toFile()).path("enumUnknownDefaultCase").asBoolean(false);
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    return dev.tradekit.intx.spec.SpecAssembly.sha256(bytes);
  }

  /**
   * Arguments, each {@code name=value}: {@code baseLabel}, {@code baseSpec}, {@code baseGeneratedJar}, {@code
   * baseClientJar}, {@code currentLabel}, {@code currentSpec}, {@code currentGeneratedJar}, {@code currentClientJar},
   * {@code generatorConfig}, {@code lintDir}, {@code workDir}, {@code report}, {@code allowBreaking}.
   * A blank or missing jar skips that Java diff.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, Math.max(eq, 0)), arg.substring(eq + 1).trim());
    }
    Side base = side("base", a.get("baseLabel"), a.get("baseSpec"), a.get("baseGeneratedJar"), a.get("baseClientJar"));
    Side current = side("current", a.get("currentLabel"), a.get("currentSpec"), a.get("currentGeneratedJar"), a.get("currentClientJar"));
    Path report = Paths.get(a.get("report"));
    boolean allowBreaking = Boolean.parseBoolean(a.get("allowBreaking"));

    ContractReview review = new ContractReview(new SpecLint(Paths.get(a.get("lintDir"))), Paths.get(a.get("workDir")));
    Result r = review.review(base, current, unknownEnumValuesTolerated(Paths.get(a.get("generatorConfig"))), allowBreaking);
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, r.markdown);

    System.out.println("[contract] " + r.verdict + ": " + r.changes.size() + " change(s), " + r.breakingChanges().size()
        + " breaking, " + r.lint.warnings.size() + " new lint warning(s). Report: " + report);
    if (!r.lint.valid() || (!r.breakingChanges().isEmpty() && !allowBreaking)) {
      throw new ContractFailure(failureMessage(r, report));
    }
  }

  private static Side side(String name, String label, String spec, String generatedJar, String clientJar) throws IOException, ContractFailure {
    if (spec == null || spec.isEmpty() || !Files.isRegularFile(Paths.get(spec))) {
      throw new ContractFailure("No " + name + " spec file at '" + spec + "'. Make the base with bin/contract-base <git ref>, or pass"
          + " -Dcontract.baseSpec=<file> (e.g. `git show <ref>:openapi/intx.yaml` of an old base).");
    }
    Path specFile = Paths.get(spec);
    Path generated = jar(generatedJar);
    if (generated != null) {
      checkProvenance(generated, specFile);
    }
    String shown = label == null || label.isEmpty() ? "`" + spec + "`" : label;
    return new Side(shown, specFile, generated, jar(clientJar));
  }

  private static Path jar(String path) {
    return path == null || path.isEmpty() || !Files.isRegularFile(Paths.get(path)) ? null : Paths.get(path);
  }
}
