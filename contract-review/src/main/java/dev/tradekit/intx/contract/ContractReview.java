package dev.tradekit.intx.contract;

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
 * Reviews a spec change: (1) validation and lint of the current spec, (2) the spec diff base to
 * current (openapi-diff), (3) the Java API diff of the client generated from the base spec against
 * the one generated from the current spec (japicmp). Writes one markdown report and the tools' own
 * reports, and fails when something breaks unless breaking is allowed.
 *
 * <p>Both specs are what the generator reads: {@code openapi/} assembled by spec-assembly (the whole
 * spec, the docs pages over it, the overlay), or a single spec file for an old base ({@link SpecSource}).
 *
 * <p>Run by {@code mvn -B -Pcontract verify [-Dcontract.base=<file, directory or git ref>]
 * [-Dcontract.allowBreaking=true]} from the reactor root (see contract-review/README.md).
 */
public final class ContractReview {

  static final String VERDICT_INVALID = "INVALID SPEC";
  static final String VERDICT_BREAKING = "BREAKING";
  static final String VERDICT_COMPATIBLE = "COMPATIBLE";
  static final String VERDICT_NONE = "NO CHANGES";

  /** What one review looked at and found. */
  static final class Result {
    String baseLabel;
    String baseSha256;
    String currentLabel;
    String currentSha256;
    String generatorLabel;
    boolean unknownEnumValuesTolerated;
    boolean allowBreaking;
    SpecLint.Result lint;
    List<Change> specChanges = new ArrayList<>();
    List<Change> javaChanges = new ArrayList<>();
    /** API methods of the base client that are exactly the same in the current one. */
    List<String> javaUnchanged = new ArrayList<>();
    String specSkipped;
    String javaSkipped;
    String verdict;
    List<Path> toolReports = new ArrayList<>();
    Path report;
    String markdown;

    boolean invalid() {
      return !lint.valid();
    }

    boolean breaking() {
      return !breakingChanges().isEmpty();
    }

    List<Change> breakingChanges() {
      List<Change> out = new ArrayList<>();
      specChanges.stream().filter(c -> c.breaking).forEach(out::add);
      javaChanges.stream().filter(c -> c.breaking).forEach(out::add);
      return out;
    }
  }

  private final GeneratorConfig generator;
  private final List<String> classpath;
  private final Path workDir;
  private final Path clientsDir;
  /** Paths in the report are shown relative to this (the reactor root), if set. */
  Path displayRoot;

  /**
   * @param generator the generator configuration (generated-client/openapi-generator.yaml)
   * @param classpath what generated sources compile against
   * @param workDir where the tools' reports and the base spec go
   * @param clientsDir where built clients are kept, one folder per spec and configuration
   */
  ContractReview(GeneratorConfig generator, List<String> classpath, Path workDir, Path clientsDir) {
    this.generator = generator;
    this.classpath = classpath;
    this.workDir = workDir;
    this.clientsDir = clientsDir;
  }

  /**
   * @param currentJar the jar the build made from the current spec, or null to build it here the
   *     same way as the base one
   */
  Result review(BaseSpec base, String currentLabel, String currentSpec, Path currentJar, Path reportFile, boolean allowBreaking)
      throws IOException, ContractFailure {
    if (currentJar != null) {
      checkProvenance(currentJar, currentSpec);
    }
    Result r = new Result();
    r.baseLabel = base.label;
    r.baseSha256 = sha256(base.text);
    r.currentLabel = currentLabel;
    r.currentSha256 = sha256(currentSpec);
    r.generatorLabel = "openapi-generator " + generatorVersion() + " (" + generator.describe() + ")";
    r.unknownEnumValuesTolerated = generator.unknownEnumValuesTolerated();
    r.allowBreaking = allowBreaking;
    Files.createDirectories(workDir);

    r.lint = SpecLint.lint(currentSpec);
    SpecLint.Result baseLint = SpecLint.lint(base.text);
    if (!r.lint.valid() || !baseLint.valid()) {
      String why = !r.lint.valid() ? "the current spec is not valid" : "the base spec is not valid: " + baseLint.errors;
      r.specSkipped = why;
      r.javaSkipped = why;
    } else {
      SpecDiff specDiff = new SpecDiff(r.unknownEnumValuesTolerated);
      r.specChanges = specDiff.compare(base.text, currentSpec);
      specDiff.writeToolReports(workDir);
      r.toolReports.add(workDir.resolve("openapi-diff.md"));
      r.toolReports.add(workDir.resolve("openapi-diff.html"));

      Path baseSpecFile = workDir.resolve("base-spec.yaml");
      Files.write(baseSpecFile, base.text.getBytes(StandardCharsets.UTF_8));
      ClientBuilder builder = new ClientBuilder(generator, classpath, "11");
      Path baseJar = builder.build(baseSpecFile, clientsDir);
      if (currentJar == null) {
        Path currentSpecFile = workDir.resolve("current-spec.yaml");
        Files.write(currentSpecFile, currentSpec.getBytes(StandardCharsets.UTF_8));
        currentJar = builder.build(currentSpecFile, clientsDir);
      }
      JavaApiDiff javaDiff = new JavaApiDiff();
      r.javaChanges = javaDiff.compare(baseJar, currentJar);
      r.javaUnchanged = javaDiff.unchangedOperations();
      javaDiff.writeToolReports(workDir);
      r.toolReports.add(workDir.resolve("japicmp.md"));
      r.toolReports.add(workDir.resolve("japicmp.html"));
      r.toolReports.add(workDir.resolve("japicmp.txt"));
    }

    if (r.invalid()) {
      r.verdict = VERDICT_INVALID;
    } else if (r.breaking()) {
      r.verdict = VERDICT_BREAKING;
    } else if (r.specChanges.isEmpty() && r.javaChanges.isEmpty() && r.specSkipped == null) {
      r.verdict = VERDICT_NONE;
    } else {
      r.verdict = VERDICT_COMPATIBLE;
    }
    if (displayRoot != null) {
      List<Path> shown = new ArrayList<>();
      for (Path p : r.toolReports) {
        shown.add(displayRoot.toAbsolutePath().relativize(p.toAbsolutePath()));
      }
      r.toolReports = shown;
    }
    r.markdown = Report.render(r);
    r.report = reportFile;
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    Files.write(reportFile, r.markdown.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  /**
   * The jar compared as "current" must have been built from the current spec: its manifest's
   * Intx-Spec-Sha256 (written by generated-client/pom.xml, the sha256 of the assembled spec it
   * generated from) must be the sha256 of the current assembled spec.
   */
  static void checkProvenance(Path jar, String currentSpec) throws IOException, ContractFailure {
    String recorded;
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      recorded = manifest == null ? null : manifest.getMainAttributes().getValue("Intx-Spec-Sha256");
    }
    String actual = sha256(currentSpec);
    if (recorded == null) {
      throw new ContractFailure("The generated client jar " + jar + " records no Intx-Spec-Sha256 in its manifest, so it cannot be"
          + " matched to the spec. Build it with generated-client/pom.xml (mvn -B -Pcontract verify from the reactor root).");
    }
    if (!recorded.equals(actual)) {
      throw new ContractFailure("The generated client jar " + jar + " was built from a spec with sha256 " + recorded
          + ", but the current (assembled) spec has sha256 " + actual + ". Rebuild from the reactor root: mvn -B -Pcontract verify.");
    }
  }

  /** The message the build fails with: what broke, where the report is, how to accept it. */
  static String failureMessage(Result r) {
    if (r.invalid()) {
      return "Contract review: the current spec is not a valid OpenAPI document: "
          + r.lint.errors.stream().map(SpecLint.Issue::toString).collect(Collectors.joining("; "))
          + ". Report: " + r.report;
    }
    List<Change> broke = r.breakingChanges();
    StringBuilder m = new StringBuilder("Contract review: BREAKING, " + broke.size() + " breaking change" + (broke.size() == 1 ? "" : "s") + ":");
    for (Change c : broke) {
      m.append("\n  - ").append(c.oneLine());
    }
    m.append("\nReport: ").append(r.report)
        .append("\nIf the break is intended, re-run with -Dcontract.allowBreaking=true (and say so in the pull request).");
    return m.toString();
  }

  /**
   * openapi-generator logs every file it writes at INFO through slf4j-simple; unless told
   * otherwise, show only its warnings. Read once, when its first logger is made.
   */
  static void quietGenerator() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  static String generatorVersion() {
    String v = org.openapitools.codegen.DefaultGenerator.class.getPackage().getImplementationVersion();
    return v == null ? "(unknown version)" : v;
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    return dev.tradekit.intx.spec.SpecAssembly.sha256(bytes);
  }

  /**
   * Arguments, each {@code name=value}: {@code repo} (reactor root), {@code spec} (the current spec
   * directory laid out like {@code openapi/}, or a spec file, relative to repo), {@code base} (file,
   * directory or git ref; blank: main), {@code generatorConfig}, {@code
   * currentJar} (optional), {@code workDir}, {@code report}, {@code allowBreaking}.
   */
  public static void main(String[] args) throws Exception {
    quietGenerator();
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected name=value, got " + arg);
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    Path repo = Paths.get(a.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    String specInRepo = a.getOrDefault("spec", "openapi");
    Path spec = repo.resolve(specInRepo);
    Path workDir = Paths.get(a.getOrDefault("workDir", "target/contract")).toAbsolutePath();
    Path report = Paths.get(a.getOrDefault("report", "target/contract-report.md")).toAbsolutePath();
    boolean allowBreaking = Boolean.parseBoolean(a.getOrDefault("allowBreaking", "false").trim());
    String jar = a.getOrDefault("currentJar", "").trim();
    Path currentJar = jar.isEmpty() ? null : Paths.get(jar);
    if (currentJar != null && !Files.isRegularFile(currentJar)) {
      throw new ContractFailure("The generated client jar " + currentJar + " is missing: run the review from the reactor root, "
          + "e.g. mvn -B -Pcontract verify, so that generated-client is built first.");
    }

    BaseSpec base = BaseSpec.resolve(a.get("base"), repo, specInRepo);
    Path generatorConfig = repo.resolve(a.getOrDefault("generatorConfig", "generated-client/openapi-generator.yaml"));
    GeneratorConfig generator = GeneratorConfig.fromFile(generatorConfig);
    ContractReview review = new ContractReview(generator, ClientBuilder.currentClasspath(), workDir, workDir.resolve("clients"));
    review.displayRoot = repo;
    SpecSource current = SpecSource.read(spec, generatorConfig);
    String shown = Files.isDirectory(spec) && !specInRepo.endsWith("/") ? specInRepo + "/" : specInRepo;
    Result r = review.review(base, "`" + shown + "` in the work tree, " + current.description, current.text, currentJar, report, allowBreaking);

    System.out.println("[contract] " + r.verdict + ": spec " + r.specChanges.size() + " change(s), Java " + r.javaChanges.size()
        + " change(s), " + r.lint.warnings.size() + " lint warning(s). Report: " + r.report);
    for (Change c : r.breakingChanges()) {
      System.out.println("[contract]   BREAKING " + c.oneLine());
    }
    if (r.invalid() || (r.breaking() && !allowBreaking)) {
      throw new ContractFailure(failureMessage(r));
    }
    if (r.breaking()) {
      System.out.println("[contract] breaking changes accepted (-Dcontract.allowBreaking=true)");
    }
  }
}
