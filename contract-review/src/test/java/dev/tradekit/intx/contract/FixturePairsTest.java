package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fixture spec pairs (src/test/resources/fixtures: base.yaml and one file per kind of change), each
 * reviewed end to end: lint, openapi-diff, both clients generated with generated-client/pom.xml's
 * configuration, compiled, compared by japicmp, rendered.
 */
class FixturePairsTest {

  private static final Path WORK = Paths.get("target", "fixture-reviews");
  private static ContractReview review;
  private static String base;

  @BeforeAll
  static void setUp() throws Exception {
    GeneratorConfig generator = GeneratorConfig.fromFile(GeneratorConfigTest.GENERATOR_CONFIG);
    review = new ContractReview(generator, ClientBuilder.currentClasspath(), WORK, WORK.resolve("clients"));
    base = fixture("base.yaml");
  }

  @Test
  void removedResponseFieldIsBreakingAndNamedInBothSections() throws Exception {
    ContractReview.Result r = review("removed-response-field.yaml");

    assertEquals("BREAKING", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("order_status"));
    assertTrue(spec.breaking);
    assertEquals("property `order_status` removed", spec.what);
    assertEquals("DELETE /api/v1/orders/{id} → 200 application/json OrderResult_v1", spec.where);
    assertEquals("openapi-diff: compatible", spec.tool, "openapi-diff calls an optional response field's removal compatible; we do not");
    Change java = only(r.javaChanges, c -> c.subject.equals("order_status"));
    assertTrue(java.breaking);
    assertEquals("OrderResultV1", java.where);
    assertTrue(java.what.startsWith("removed: "), java.what);
    for (String member : new String[] {"getOrderStatus()", "setOrderStatus(OrderStatus)", "orderStatus(OrderStatus)", "JSON_PROPERTY_ORDER_STATUS"}) {
      assertTrue(java.what.contains("`" + member + "`"), java.what);
    }
    assertTrue(java.tool.startsWith("japicmp: binary ✗ source ✗"), java.tool);
    assertTrue(section(r.markdown, "## 2.").contains("`order_status` removed"), r.markdown);
    assertTrue(section(r.markdown, "## 3.").contains("JSON `order_status`"), r.markdown);
    assertTrue(section(r.markdown, "## What breaks").contains("order_status"), r.markdown);

    String failure = ContractReview.failureMessage(r);
    assertTrue(failure.contains("spec: DELETE /api/v1/orders/{id} → 200 application/json OrderResult_v1: property `order_status` removed"), failure);
    assertTrue(failure.contains("Java: OrderResultV1: removed: "), failure);
    assertTrue(failure.contains("-Dcontract.allowBreaking=true"), failure);
  }

  @Test
  void removedParameterIsBreakingAndTheJavaMethodLosesAnArgument() throws Exception {
    ContractReview.Result r = review("removed-parameter.yaml");

    assertEquals("BREAKING", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("portfolio"));
    assertTrue(spec.breaking);
    assertEquals("query parameter `portfolio` removed", spec.what);
    Change removed = only(r.javaChanges, c -> c.what.startsWith("removed: `cancelOrder(String, String)`"));
    assertTrue(removed.breaking);
    assertEquals("DELETE api/v1/orders/{id}", removed.subject);
    Change added = only(r.javaChanges, c -> c.what.startsWith("added: `cancelOrder(String)`"));
    assertFalse(added.breaking, "adding a method to a Retrofit interface is not what breaks");
  }

  @Test
  void renamedParameterBreaksTheWireButNotTheJavaSignature() throws Exception {
    ContractReview.Result r = review("renamed-parameter.yaml");

    assertEquals("BREAKING", r.verdict);
    assertTrue(only(r.specChanges, c -> c.subject.equals("portfolio")).breaking);
    Change added = only(r.specChanges, c -> c.subject.equals("portfolio_id"));
    assertTrue(added.breaking);
    assertEquals("new required query parameter `portfolio_id`", added.what);
    assertTrue(r.javaChanges.stream().noneMatch(c -> c.breaking), r.javaChanges.toString());
    Change wire = only(r.javaChanges, c -> c.what.startsWith("request changed behind an unchanged signature"));
    assertTrue(wire.what.contains("@Query(\"portfolio\")") && wire.what.contains("@Query(\"portfolio_id\")"), wire.what);
    assertTrue(r.javaUnchanged.isEmpty(), "the same signature sending another request is not unchanged: " + r.javaUnchanged);
  }

  @Test
  void newRequiredParameterIsBreakingInBothSections() throws Exception {
    ContractReview.Result r = review("new-required-parameter.yaml");

    assertEquals("BREAKING", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("instrument"));
    assertTrue(spec.breaking);
    assertEquals("new required query parameter `instrument`", spec.what);
    assertTrue(only(r.javaChanges, c -> c.what.startsWith("removed: `cancelOrder(String, String)`")).breaking);
    assertFalse(only(r.javaChanges, c -> c.what.startsWith("added: `cancelOrder(String, String, String)`")).breaking);
  }

  @Test
  void changedTypeIsBreakingAndTheGetterReturnsAnotherType() throws Exception {
    ContractReview.Result r = review("changed-type.yaml");

    assertEquals("BREAKING", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("size") && c.what.startsWith("type changed"));
    assertTrue(spec.breaking);
    assertEquals("type changed from `string` to `number`", spec.what);
    Change getter = only(r.javaChanges, c -> c.subject.equals("size") && c.what.contains("`getSize()`"));
    assertTrue(getter.breaking);
    assertTrue(getter.what.startsWith("method return type changed from String to BigDecimal"), getter.what);
    assertTrue(getter.tool.contains("METHOD_RETURN_TYPE_CHANGED"), getter.tool);
  }

  @Test
  void addedOptionalFieldIsCompatible() throws Exception {
    ContractReview.Result r = review("added-optional-field.yaml");

    assertEquals("COMPATIBLE", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("cancel_reason"));
    assertFalse(spec.breaking);
    assertEquals("new optional property `cancel_reason`", spec.what);
    Change java = only(r.javaChanges, c -> c.subject.equals("cancel_reason"));
    assertFalse(java.breaking);
    assertTrue(java.what.startsWith("added: ") && java.what.contains("`getCancelReason()`"), java.what);
    assertTrue(r.javaChanges.stream().noneMatch(c -> c.breaking), r.javaChanges.toString());
    assertTrue(r.markdown.contains("# INTX contract review: COMPATIBLE"), r.markdown);
    assertEquals(List.of("`OrdersApi.cancelOrder(String, String)` (DELETE api/v1/orders/{id})"), r.javaUnchanged);
    assertTrue(section(r.markdown, "## 3.").contains("Unchanged API methods (1)"), r.markdown);
  }

  @Test
  void addedResponseEnumValueIsCompatibleBecauseUnknownValuesAreTolerated() throws Exception {
    ContractReview.Result r = review("added-enum-value.yaml");

    assertEquals("COMPATIBLE", r.verdict);
    Change spec = only(r.specChanges, c -> c.subject.equals("QUEUED"));
    assertFalse(spec.breaking);
    assertEquals("openapi-diff: incompatible", spec.tool, "openapi-diff calls a new response enum value incompatible");
    assertTrue(spec.note.contains("UNKNOWN_DEFAULT_OPEN_API"), spec.note);
    Change java = only(r.javaChanges, c -> c.subject.equals("QUEUED"));
    assertFalse(java.breaking);
    assertEquals("OrderStatus", java.where);
    assertTrue(java.what.startsWith("enum constant added"), java.what);
    assertTrue(java.note.contains("switch"), java.note);
    assertTrue(section(r.markdown, "## 2.").contains("safe for running clients"), r.markdown);
  }

  @Test
  void addedResponseEnumValueIsBreakingWhenUnknownValuesAreNotTolerated() throws Exception {
    List<Change> changes = new SpecDiff(false).compare(base, fixture("added-enum-value.yaml"));

    Change spec = only(changes, c -> c.subject.equals("QUEUED"));
    assertTrue(spec.breaking);
    assertTrue(spec.note.startsWith("not safe"), spec.note);
  }

  @Test
  void identicalSpecsHaveNoChanges() throws Exception {
    ContractReview.Result r = review("base.yaml");

    assertEquals("NO CHANGES", r.verdict);
    assertTrue(r.specChanges.isEmpty(), r.specChanges.toString());
    assertTrue(r.javaChanges.isEmpty(), r.javaChanges.toString());
    assertTrue(r.markdown.contains("No changes: the spec and the generated Java API are the same as the base."), r.markdown);
  }

  @Test
  void anInvalidCurrentSpecFailsWithoutDiffing() throws Exception {
    ContractReview.Result r = review.review(BaseSpec.of("fixture base.yaml", base), "broken", "openapi: 3.0.3\npaths: 7\n", null,
        WORK.resolve("invalid.md"), false);

    assertEquals("INVALID SPEC", r.verdict);
    assertFalse(r.lint.errors.isEmpty());
    assertTrue(ContractReview.failureMessage(r).startsWith("Contract review: the current spec is not a valid OpenAPI document"));
  }

  private static ContractReview.Result review(String current) throws Exception {
    return review.review(BaseSpec.of("fixture `base.yaml`", base), "fixture `" + current + "`", fixture(current), null,
        WORK.resolve(current.replace(".yaml", ".md")), false);
  }

  /** The one change matching, failing with the whole list when there is not exactly one. */
  private static Change only(List<Change> changes, Predicate<Change> which) {
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
    return resource("/fixtures/" + name);
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
