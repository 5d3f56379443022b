package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fixture spec pairs (src/test/resources/fixtures: base.yaml and one file per kind of change), each
 * reviewed end to end: lint, openapi-diff with our overrides, the report. The Java API diffs are
 * ApiDiffTest's: these fixtures come without jars.
 */
class FixturePairsTest {

  private static final Path WORK = Paths.get("target", "fixture-reviews");

  @Test
  void removedResponseFieldIsBreakingAndNamed() throws Exception {
    ContractReview.Result r = review("removed-response-field.yaml", true);

    assertEquals("BREAKING", r.verdict);
    Change removed = only(r.changes, c -> c.what.contains("order_status"));
    assertTrue(removed.breaking);
    assertEquals("response property `order_status` removed", removed.what);
    assertEquals("DELETE /api/v1/orders/{id} → 200 application/json", removed.where);
    assertTrue(removed.tool.startsWith("openapi-diff: compatible"), "openapi-diff calls an optional response field's removal compatible: " + removed.tool);
    assertTrue(section(r.markdown, "## What breaks").contains("spec: DELETE /api/v1/orders/{id} → 200 application/json: response property `order_status` removed"), r.markdown);
    String failure = ContractReview.failureMessage(r, Paths.get("report.md"));
    assertTrue(failure.contains("response property `order_status` removed"), failure);
    assertTrue(failure.contains("-Dcontract.allowBreaking=true"), failure);
  }

  @Test
  void removedParameterIsBreaking() throws Exception {
    ContractReview.Result r = review("removed-parameter.yaml", true);

    assertEquals("BREAKING", r.verdict);
    Change op = only(r.changes, c -> c.where.equals("DELETE /api/v1/orders/{id}"));
    assertTrue(op.breaking);
    assertEquals("incompatible", op.tool);
    assertTrue(op.what.startsWith("changed: parameters"), op.what);
    assertTrue(r.markdown.contains("portfolio"), "openapi-diff's report names the parameter: " + r.markdown);
  }

  @Test
  void renamedParameterIsBreaking() throws Exception {
    ContractReview.Result r = review("renamed-parameter.yaml", true);

    assertEquals("BREAKING", r.verdict);
    assertTrue(r.markdown.contains("portfolio_id"), r.markdown);
  }

  @Test
  void newRequiredParameterIsBreaking() throws Exception {
    ContractReview.Result r = review("new-required-parameter.yaml", true);

    assertEquals("BREAKING", r.verdict);
    assertTrue(r.markdown.contains("instrument"), r.markdown);
  }

  @Test
  void changedTypeIsBreaking() throws Exception {
    assertEquals("BREAKING", review("changed-type.yaml", true).verdict);
  }

  @Test
  void addedOptionalFieldIsCompatible() throws Exception {
    ContractReview.Result r = review("added-optional-field.yaml", true);

    assertEquals("COMPATIBLE", r.verdict);
    Change op = only(r.changes, c -> c.where.equals("DELETE /api/v1/orders/{id}"));
    assertFalse(op.breaking);
    assertEquals("compatible", op.tool);
    assertTrue(r.markdown.contains("# INTX contract review: COMPATIBLE"), r.markdown);
    assertTrue(r.markdown.contains("cancel_reason"), "openapi-diff's report names the field: " + r.markdown);
  }

  @Test
  void addedResponseEnumValueIsCompatibleBecauseUnknownValuesAreTolerated() throws Exception {
    ContractReview.Result r = review("added-enum-value.yaml", true);

    assertEquals("COMPATIBLE", r.verdict, r.changes.toString());
    assertTrue(r.markdown.contains("QUEUED"), r.markdown);
  }

  @Test
  void addedResponseEnumValueIsBreakingWhenUnknownValuesAreNotTolerated() throws Exception {
    ContractReview.Result r = review("added-enum-value.yaml", false);

    assertEquals("BREAKING", r.verdict, r.changes.toString());
    assertTrue(r.markdown.contains("enumUnknownDefaultCase off"), r.markdown);
  }

  @Test
  void identicalSpecsHaveNoChanges() throws Exception {
    ContractReview.Result r = review("base.yaml", true);

    assertEquals("NO CHANGES", r.verdict);
    assertTrue(r.changes.isEmpty(), r.changes.toString());
    assertTrue(r.markdown.contains("No changes."), r.markdown);
    assertTrue(r.markdown.contains("[CLASSIFICATION.md](../CLASSIFICATION.md)"), r.markdown);
    assertTrue(Files.isRegularFile(Paths.get("target").resolve(Report.CLASSIFICATION)), "the link from target/contract-report.md");
  }

  @Test
  void anInvalidCurrentSpecFailsWithoutDiffing() throws Exception {
    Path broken = WORK.resolve("broken.yaml");
    Files.createDirectories(WORK);
    Files.writeString(broken, "openapi: 3.0.3\npaths: 7\n");
    ContractReview.Result r = new ContractReview(new SpecLint(TestFiles.LINT), WORK).review(
        side(TestFiles.fixture("base.yaml")), side(broken), true, false);

    assertEquals("INVALID SPEC", r.verdict);
    assertFalse(r.lint.errors.isEmpty());
    assertTrue(r.changes.isEmpty());
    assertTrue(ContractReview.failureMessage(r, Paths.get("r.md")).startsWith("Contract review: the current spec is not valid"));
  }

  private static ContractReview.Result review(String current, boolean unknownEnumValuesTolerated) throws Exception {
    return new ContractReview(new SpecLint(TestFiles.LINT), WORK.resolve(current.replace(".yaml", "")))
        .review(side(TestFiles.fixture("base.yaml")), side(TestFiles.fixture(current)), unknownEnumValuesTolerated, false);
  }

  private static ContractReview.Side side(Path spec) {
    return new ContractReview.Side("fixture `" + spec.getFileName() + "`", spec, null, null);
  }

  /** The one change matching, failing with the whole list when there is not exactly one. */
  static Change only(List<Change> changes, Predicate<Change> which) {
    List<Change> found = changes.stream().filter(which).collect(Collectors.toList());
    assertEquals(1, found.size(), "expected exactly one matching change in:\n" + changes.stream().map(Change::toString).collect(Collectors.joining("\n")));
    return found.get(0);
  }

  /** The text of the report from a heading up to the next "## " heading. */
  static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    assertTrue(start >= 0, "no " + heading + " in\n" + markdown);
    int end = markdown.indexOf("\n## ", start + heading.length());
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  static String fixture(String name) throws Exception {
    return Files.readString(TestFiles.fixture(name));
  }

  /** A test resource as text. */
  static String resource(String path) throws Exception {
    try (InputStream in = FixturePairsTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
