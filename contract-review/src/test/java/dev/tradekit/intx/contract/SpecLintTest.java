package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpecLintTest {

  /** What the generator reads: the whole spec, the cancel page over it, the overlay. */
  @Test
  void theAssembledSpecIsValidWithItsKnownQuirksAsWarnings() throws Exception {
    SpecLint.Result r = SpecLint.lint(new String(Files.readAllBytes(GeneratorConfigTest.SPEC), StandardCharsets.UTF_8));

    assertTrue(r.errors.isEmpty(), r.errors.toString());
    List<String> numeric = r.warnings.stream().filter(i -> i.rule.equals("example-type")).map(i -> i.where).collect(Collectors.toList());
    assertTrue(numeric.contains("/components/schemas/OrderResult_v1/properties/order_id"), numeric.toString());
    assertTrue(numeric.contains("/components/schemas/Instrument_v1/properties/base_increment"), numeric.toString());
    SpecLint.Issue orderId = r.warnings.stream().filter(i -> i.where.equals("/components/schemas/OrderResult_v1/properties/order_id")).findFirst().get();
    assertTrue(orderId.known);
    assertTrue(orderId.message.startsWith("numeric example 43877033468085760 on a `type: string` field"), orderId.message);
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("format") && i.where.endsWith("OrderResult_v1/properties/portfolio_id") && i.known), r.warnings.toString());
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("format") && i.message.startsWith("`format: number` on a `type: string`") && i.known),
        r.warnings.toString());
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("error-without-schema") && i.where.equals("/paths/~1api~1v1~1orders~1{id}/delete/responses/400")),
        r.warnings.toString());
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("error-without-schema") && i.where.endsWith("/responses/403")), r.warnings.toString());
    List<SpecLint.Issue> unknown = r.warnings.stream().filter(i -> !i.known).collect(Collectors.toList());
    assertTrue(unknown.isEmpty(), "openapi/README.md lists every quirk of the published spec: " + unknown);
  }

  /** The published whole spec on its own: what swagger-parser refuses is what the overlay adapts. */
  @Test
  void thePublishedWholeSpecAloneHasTheErrorsTheOverlayFixes() throws Exception {
    SpecLint.Result r = SpecLint.lint(new String(Files.readAllBytes(SpecImportTest.OPENAPI.resolve("intx-public-api-spec.yaml")), StandardCharsets.UTF_8));

    assertFalse(r.valid());
    assertTrue(r.errors.stream().allMatch(i -> i.message.contains("[granularity]") || i.message.contains("[side]")), r.errors.toString());
  }

  @Test
  void aSpecSwaggerParserRefusesHasErrors() {
    SpecLint.Result r = SpecLint.lint("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: 7\n");

    assertFalse(r.valid());
    assertEquals("invalid", r.errors.get(0).rule);
  }

  @Test
  void anUnknownMismatchIsAWarningButNotKnown() {
    SpecLint.Result r = SpecLint.lint("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n"
        + "components:\n  schemas:\n    A:\n      type: integer\n      example: 'twelve'\n");

    assertTrue(r.valid(), r.errors.toString());
    assertEquals(1, r.warnings.size(), r.warnings.toString());
    assertEquals("/components/schemas/A", r.warnings.get(0).where);
    assertFalse(r.warnings.get(0).known);
  }
}
