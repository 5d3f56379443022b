package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SpecImportTest {

  private static final Path WORK = Paths.get("target", "spec-import-test");

  @Test
  void takesTheOpenApiBlockOfADocsPageByteForByte() throws Exception {
    String spec = FixturePairsTest.fixture("added-optional-field.yaml");
    String page = "# Cancel order\n\n> Cancels a single open order.\n\n"
        + "<Tabs>\n  <Tab value=\"Java\">\n    ```java theme={null}\n    ordersService.cancelOrder(request);\n    ```\n  </Tab>\n</Tabs>\n\n"
        + "```yaml\nnot: an openapi document\n```\n\n"
        + "````yaml DELETE /api/v1/orders/{id}\n" + spec + "````\n";

    SpecImport.Imported imported = SpecImport.extract(page, "page.md");

    assertEquals(spec, imported.text);
    assertEquals("page.md, the ```yaml DELETE /api/v1/orders/{id} block", imported.from);
  }

  @Test
  void theCheckedInSpecIsTheBlockOfTheSharedDocsPage() throws Exception {
    Path page = Paths.get("..", "..", "shared", "intx", "cancel-order.docs-page.md");
    Assumptions.assumeTrue(Files.isRegularFile(page), "the project's shared notes sit beside the repository");

    SpecImport.Imported imported = SpecImport.extract(new String(Files.readAllBytes(page), StandardCharsets.UTF_8), "cancel-order.docs-page.md");

    assertArrayEquals(Files.readAllBytes(GeneratorConfigTest.SPEC), imported.text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheSpecAndUpdatesTheProvenanceTable() throws Exception {
    Files.createDirectories(WORK);
    Path spec = WORK.resolve("intx.yaml");
    Path readme = WORK.resolve("README.md");
    Files.copy(GeneratorConfigTest.SPEC, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Paths.get("..", "openapi", "README.md"), readme, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String newSpec = FixturePairsTest.fixture("added-enum-value.yaml").replace("version: '1.0'", "version: '1.1'");

    SpecImport.write(SpecImport.extract(newSpec, "new.yaml"), spec, readme);

    assertEquals(newSpec, new String(Files.readAllBytes(spec), StandardCharsets.UTF_8));
    String text = new String(Files.readAllBytes(readme), StandardCharsets.UTF_8);
    assertTrue(text.contains("| sha256 of `intx.yaml` | `" + ContractReview.sha256(newSpec) + "` |"), text);
    assertTrue(text.contains("| OpenAPI version | 3.0.3, `info.version` 1.1 |"), text);
  }

  @Test
  void importingTheSameSpecAgainChangesNothing() throws Exception {
    Files.createDirectories(WORK);
    Path spec = WORK.resolve("same.yaml");
    Path readme = WORK.resolve("SAME-README.md");
    Files.copy(GeneratorConfigTest.SPEC, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Paths.get("..", "openapi", "README.md"), readme, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String text = new String(Files.readAllBytes(GeneratorConfigTest.SPEC), StandardCharsets.UTF_8);

    SpecImport.write(SpecImport.extract(text, "intx.yaml"), spec, readme);

    assertArrayEquals(Files.readAllBytes(GeneratorConfigTest.SPEC), Files.readAllBytes(spec));
    assertArrayEquals(Files.readAllBytes(Paths.get("..", "openapi", "README.md")), Files.readAllBytes(readme));
  }

  @Test
  void refusesInputWithNoValidOpenApiDocument() throws IOException {
    Files.createDirectories(WORK);
    Path spec = WORK.resolve("untouched.yaml");
    Files.write(spec, "before".getBytes(StandardCharsets.UTF_8));

    for (String input : new String[] {
        "# A page\n\n```java\nint x;\n```\n",
        "# A page\n\n```yaml\nfoo: bar\n```\n",
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: 7\n",
        "just text",
    }) {
      ContractFailure e = assertThrows(ContractFailure.class, () -> SpecImport.extract(input, "input"));
      assertTrue(e.getMessage().startsWith("Refusing to import input: it holds no valid OpenAPI document"), e.getMessage());
    }
    assertEquals("before", new String(Files.readAllBytes(spec), StandardCharsets.UTF_8));
  }
}
