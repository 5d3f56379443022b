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

  @Test
  void theCheckedInSpecIsValidWithItsKnownQuirksAsWarnings() throws Exception {
    SpecLint.Result r = SpecLint.lint(new String(Files.readAllBytes(GeneratorConfigTest.SPEC), StandardCharsets.UTF_8));

    assertTrue(r.errors.isEmpty(), r.errors.toString());
    List<String> numeric = r.warnings.stream().filter(i -> i.rule.equals("example-type")).map(i -> i.where).collect(Collectors.toList());
    assertTrue(numeric.contains("/components/schemas/OrderResult_v1/properties/order_id"), numeric.toString());
    assertTrue(numeric.contains("/components/schemas/OrderResult_v1/properties/price"), numeric.toString());
    SpecLint.Issue orderId = r.warnings.stream().filter(i -> i.where.endsWith("/order_id")).findFirst().get();
    assertTrue(orderId.known);
    assertTrue(orderId.message.startsWith("numeric example 43877033468085760 on a `type: string` field"), orderId.message);
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("format") && i.where.endsWith("/portfolio_id") && i.known), r.warnings.toString());
    assertTrue(r.warnings.stream().anyMatch(i -> i.rule.equals("error-without-schema") && i.where.endsWith("/responses/400")), r.warnings.toString());
    assertTrue(r.warnings.stream().allMatch(i -> i.known), "the seed has only known quirks: " + r.warnings);
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
