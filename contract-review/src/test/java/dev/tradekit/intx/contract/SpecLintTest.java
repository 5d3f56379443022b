package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class SpecLintTest {

  /** What the generator reads: every quirk Redocly finds is one the ignore file names. */
  @Test
  void theAssembledSpecIsValidAndHasOnlyItsKnownQuirks() throws Exception {
    SpecLint.Result r = new SpecLint(TestFiles.LINT).lint(TestFiles.SPEC);

    assertTrue(r.errors.isEmpty(), r.errors.toString());
    assertTrue(r.warnings.isEmpty(), "a quirk lint/.redocly.lint-ignore.yaml does not name: " + r.warnings);
    assertTrue(r.known > 200, "the published spec's quirks are counted as known: " + r.known);
  }

  /** A numeric example on a string field is a known quirk only where the ignore file names it. */
  @Test
  void aQuirkIsKnownOnlyAtItsListedLocation() throws Exception {
    Path dir = Paths.get("target", "lint-test");
    TestFiles.deleteRecursively(dir);
    Files.createDirectories(dir);
    Files.copy(TestFiles.LINT.resolve("redocly.yaml"), dir.resolve("redocly.yaml"));
    Files.createSymbolicLink(dir.resolve("node_modules"), TestFiles.LINT.resolve("node_modules").toAbsolutePath());
    Files.copy(TestFiles.fixture("base.yaml"), dir.resolve("spec.yaml"));
    Files.writeString(dir.resolve(".redocly.lint-ignore.yaml"), "spec.yaml:\n  no-invalid-schema-examples:\n"
        + "    - '#/components/schemas/OrderResult_v1/properties/order_id/example'\n");

    SpecLint.Result r = new SpecLint(dir).lint(dir.resolve("spec.yaml"));

    assertEquals(1, r.known);
    SpecLint.Issue size = r.warnings.stream().filter(i -> i.rule.equals("no-invalid-schema-examples")).reduce((a, b) -> { throw new AssertionError("more than one: " + r.warnings); }).orElseThrow();
    assertEquals("#/components/schemas/OrderResult_v1/properties/size/example", size.where);
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("rule/error-response-has-body")), r.warnings.toString());
  }

  @Test
  void aSpecSwaggerParserRefusesHasErrors() throws Exception {
    Path broken = Paths.get("target", "lint-broken.yaml");
    Files.writeString(broken, "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: 7\n");

    SpecLint.Result r = new SpecLint(TestFiles.LINT).lint(broken);

    assertFalse(r.valid());
    assertTrue(r.errors.stream().anyMatch(i -> i.rule.equals("swagger-parser")), r.errors.toString());
  }

  /** The published whole spec on its own: what swagger-parser refuses is what the overlay adapts. */
  @Test
  void thePublishedWholeSpecAloneHasTheErrorsTheOverlayFixes() throws Exception {
    SpecLint.Result r = new SpecLint(TestFiles.LINT).lint(TestFiles.OPENAPI.resolve("intx-public-api-spec.yaml"));

    assertFalse(r.valid());
    assertTrue(r.errors.stream().filter(i -> i.rule.equals("swagger-parser")).allMatch(i -> i.message.contains("[granularity]") || i.message.contains("[side]")),
        r.errors.toString());
  }
}
