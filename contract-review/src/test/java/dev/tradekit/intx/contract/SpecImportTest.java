package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.spec.SpecAssembly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports into a copy of the repository's openapi/ under target/, never into openapi/ itself. */
class SpecImportTest {

  static final Path OPENAPI = TestFiles.OPENAPI;
  private static final Path WORK = Paths.get("target", "spec-import-test", "openapi");

  @BeforeEach
  void copyOfOpenapi() throws IOException {
    TestFiles.deleteRecursively(WORK.getParent());
    try (Stream<Path> walk = Files.walk(OPENAPI)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = WORK.resolve(OPENAPI.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  @Test
  void theDocsPageReproducesTheCheckedInPageByteForByte() throws Exception {
    String page = FixturePairsTest.resource("/docs-pages/cancel-order.docs-page.md");

    SpecImport.Imported imported = SpecImport.extract(page, "cancel-order.docs-page.md");
    SpecImport.Kind kind = SpecImport.kind("", imported);
    String name = SpecImport.pageName("", imported);
    String said = SpecImport.importInto(imported, kind, name, WORK);

    assertEquals(SpecImport.Kind.PAGE, kind);
    assertEquals("cancel-order", name);
    assertEquals("cancel-order.docs-page.md, the ```yaml DELETE /api/v1/orders/{id} block", imported.from);
    assertArrayEquals(Files.readAllBytes(OPENAPI.resolve("pages/cancel-order.yaml")), Files.readAllBytes(WORK.resolve("pages/cancel-order.yaml")));
    assertArrayEquals(Files.readAllBytes(OPENAPI.resolve("README.md")), Files.readAllBytes(WORK.resolve("README.md")),
        "the README's row already has this page's sha256 and size");
    assertTrue(said.contains("It goes over DELETE /api/v1/orders/{id} of the whole spec."), said);
    assertTrue(said.contains("The `pages/cancel-order.yaml` row of "), said);
    assertTrue(said.contains(" already has this sha256, size and OpenAPI version."), said);
    assertTrue(said.contains("The assembled spec is valid."), said);
  }

  @Test
  void theWholeSpecIsRecognisedAndReproducedByteForByte() throws Exception {
    byte[] whole = Files.readAllBytes(OPENAPI.resolve("intx-public-api-spec.yaml"));

    SpecImport.Imported imported = SpecImport.extract(new String(whole, StandardCharsets.UTF_8), "intx-public-api-spec.yaml");
    SpecImport.Kind kind = SpecImport.kind("", imported);
    SpecImport.importInto(imported, kind, null, WORK);

    assertEquals(SpecImport.Kind.WHOLE, kind, "59 operations");
    assertEquals(59, imported.operations().size());
    assertFalse(imported.parserMessages.isEmpty(), "swagger-parser's remarks on the published spec are what the overlay adapts");
    assertArrayEquals(whole, Files.readAllBytes(WORK.resolve("intx-public-api-spec.yaml")));
    assertArrayEquals(Files.readAllBytes(OPENAPI.resolve("README.md")), Files.readAllBytes(WORK.resolve("README.md")));
  }

  @Test
  void aNewerWholeSpecUpdatesItsProvenanceRow() throws Exception {
    String newer = new String(Files.readAllBytes(OPENAPI.resolve("intx-public-api-spec.yaml")), StandardCharsets.UTF_8)
        .replaceFirst("version: '1.0'", "version: '1.1'");

    SpecImport.Imported imported = SpecImport.extract(newer, "newer.yaml");
    String said = SpecImport.importInto(imported, SpecImport.kind("whole", imported), null, WORK);

    assertTrue(said.contains("Updated the `intx-public-api-spec.yaml` row of "), said);
    assertEquals(newer, new String(Files.readAllBytes(WORK.resolve("intx-public-api-spec.yaml")), StandardCharsets.UTF_8));
    java.util.List<String> before = Files.readAllLines(OPENAPI.resolve("README.md"));
    java.util.List<String> after = Files.readAllLines(WORK.resolve("README.md"));
    String bytes = String.format(java.util.Locale.ROOT, "%,d", newer.getBytes(StandardCharsets.UTF_8).length);
    String oldSha = ContractReview.sha256(Files.readAllBytes(OPENAPI.resolve("intx-public-api-spec.yaml")));
    assertEquals(before.size(), after.size(), "no row added or dropped");
    int updated = 0;
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i).startsWith("| `intx-public-api-spec.yaml` |") && before.get(i).contains(oldSha)) {
        updated++;
        assertTrue(after.get(i).endsWith("| `" + ContractReview.sha256(newer) + "` | " + bytes + " | 3.0.3, `info.version` 1.1 |"), after.get(i));
        assertTrue(after.get(i).startsWith(before.get(i).substring(0, before.get(i).indexOf(oldSha))), "its source, commit and retrieved cells stay");
      } else {
        assertEquals(before.get(i), after.get(i), "every other line stays");
      }
    }
    assertEquals(1, updated, "one provenance row of the whole spec");
  }

  @Test
  void aWholeSpecTheOverlayNoLongerFitsIsWrittenWithAWarning() throws Exception {
    String smaller = FixturePairsTest.fixture("base.yaml");

    SpecImport.Imported imported = SpecImport.extract(smaller, "smaller.yaml");
    String said = SpecImport.importInto(imported, SpecImport.kind("whole", imported), null, WORK);

    assertEquals(smaller, new String(Files.readAllBytes(WORK.resolve("intx-public-api-spec.yaml")), StandardCharsets.UTF_8));
    assertTrue(said.contains("WARNING: cannot assemble ") && said.contains("matches nothing in the spec"), said);
    assertTrue(said.contains("The build will fail until openapi/overlay.yaml is adapted."), said);
  }

  @Test
  void aPageIsNamedByOptionAndANewPageGetsARowToFillIn() throws Exception {
    String spec = FixturePairsTest.fixture("added-optional-field.yaml");
    String page = "# Cancel order\n\n> Cancels a single open order.\n\n"
        + "<Tabs>\n  <Tab value=\"Java\">\n    ```java theme={null}\n    ordersService.cancelOrder(request);\n    ```\n  </Tab>\n</Tabs>\n\n"
        + "```yaml\nnot: an openapi document\n```\n\n"
        + "````yaml DELETE /api/v1/orders/{id}\n" + spec + "````\n";

    SpecImport.Imported imported = SpecImport.extract(page, "page.md");
    SpecImport.importInto(imported, SpecImport.kind("page", imported), SpecImport.pageName("cancel-order-2026.yaml", imported), WORK);

    assertEquals(spec, imported.text);
    assertEquals("page.md, the ```yaml DELETE /api/v1/orders/{id} block", imported.from);
    assertEquals(spec, new String(Files.readAllBytes(WORK.resolve("pages/cancel-order-2026.yaml")), StandardCharsets.UTF_8));
    String readme = new String(Files.readAllBytes(WORK.resolve("README.md")), StandardCharsets.UTF_8);
    assertTrue(readme.contains("| `pages/cancel-order-2026.yaml` | (fill in) | (fill in) | (fill in) | `" + ContractReview.sha256(spec) + "` |"), readme);
  }

  @Test
  void pageNamesComeFromTheOperationIdOrAreRefused() throws Exception {
    assertEquals("cancel-order", SpecImport.kebab("cancelOrder"));
    assertEquals("validate-address", SpecImport.kebab("validate-address"));
    assertEquals("get-portfolio-fills-v1", SpecImport.kebab("getPortfolioFills_v1"));
    SpecImport.Imported whole = SpecImport.extract(new String(Files.readAllBytes(OPENAPI.resolve("intx-public-api-spec.yaml")), StandardCharsets.UTF_8), "w.yaml");
    ContractFailure many = assertThrows(ContractFailure.class, () -> SpecImport.pageName("", whole));
    assertTrue(many.getMessage().contains("Pass -Dspec.page=<name>"), many.getMessage());
    assertThrows(ContractFailure.class, () -> SpecImport.pageName("../escape", whole));
    assertThrows(ContractFailure.class, () -> SpecImport.kind("half", whole));
  }

  @Test
  void refusesInputWithNoValidOpenApiDocumentAndWritesNothing() throws Exception {
    for (String input : new String[] {
        "# A page\n\n```java\nint x;\n```\n",
        "# A page\n\n```yaml\nfoo: bar\n```\n",
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: 7\n",
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n",
        "just text",
    }) {
      ContractFailure e = assertThrows(ContractFailure.class, () -> SpecImport.extract(input, "input"));
      assertTrue(e.getMessage().startsWith("Refusing to import input: it holds no valid OpenAPI document"), e.getMessage());
      assertTrue(e.getMessage().endsWith("Nothing was written."), e.getMessage());
    }
    try (Stream<Path> before = Files.walk(OPENAPI); Stream<Path> after = Files.walk(WORK)) {
      assertEquals(before.count(), after.count());
    }
    assertArrayEquals(Files.readAllBytes(OPENAPI.resolve("README.md")), Files.readAllBytes(WORK.resolve("README.md")));
  }

  @Test
  void theProvenanceTableMatchesTheFiles() throws Exception {
    String readme = new String(Files.readAllBytes(OPENAPI.resolve("README.md")), StandardCharsets.UTF_8);
    java.util.List<Path> specs = new java.util.ArrayList<>(SpecAssembly.pages(OPENAPI.resolve(SpecAssembly.PAGES)));
    specs.add(OPENAPI.resolve(SpecAssembly.WHOLE_SPEC));
    for (Path file : specs) {
      byte[] bytes = Files.readAllBytes(file);
      String row = "| `" + OPENAPI.relativize(file).toString().replace('\\', '/') + "` |";
      String cells = "| `" + ContractReview.sha256(bytes) + "` | " + String.format(java.util.Locale.ROOT, "%,d", bytes.length) + " |";
      assertTrue(readme.lines().anyMatch(l -> l.startsWith(row) && l.contains(cells)), "openapi/README.md needs " + row + " ... " + cells);
    }
  }

  @Test
  void theRowUpdateNeedsAProvenanceTable() {
    assertNull(SpecImport.updateRow("# no table here\n", "overlay.yaml", "0", 1, "3.0.3"));
  }
}
