package dev.tradekit.intx.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own openapi/ folder, assembled: what the client is generated from. */
class AssembledSpecTest {
  static final Path OPENAPI = Paths.get("..", "openapi");
  static ObjectNode spec;
  static String table;

  @BeforeAll
  static void assemble() throws Exception {
    spec = SpecAssembly.assemble(
        SpecAssembly.read(OPENAPI.resolve("intx-public-api-spec.yaml")),
        List.of(SpecAssembly.read(OPENAPI.resolve("pages/cancel-order.yaml"))),
        SpecAssembly.read(OPENAPI.resolve("overlay.yaml")));
    table = OperationTable.of(spec);
  }

  @Test
  void noOperationDeclaresTheSigningHeaders() {
    String text = spec.path("paths").toString();
    assertFalse(text.contains("auth_client_id\"}") || text.contains("components/parameters/auth_"), "no $ref to the CB-ACCESS-* parameters");
    assertFalse(spec.path("components").path("parameters").has("auth_signature"));
  }

  @Test
  void theCancelOperationIsTheDocsPages() throws Exception {
    JsonNode page = SpecAssembly.read(OPENAPI.resolve("pages/cancel-order.yaml"));
    assertEquals(page.at("/paths/~1api~1v1~1orders~1{id}/delete"), spec.at("/paths/~1api~1v1~1orders~1{id}/delete"));
    assertEquals("DELETE /api/v1/orders/{id} signed id portfolio", line("DELETE /api/v1/orders/{id} "));
  }

  @Test
  void fiftySixOperationsAreGeneratedAndTheThreeHiddenOnesAreNot() {
    List<String> operations = Arrays.stream(table.split("\n")).filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    assertEquals(56, operations.size());
    assertTrue(spec.at("/paths/~1api~1v1~1orders~1preview/post/x-internal").asBoolean());
    assertTrue(spec.at("/paths/~1api~1v1~1transfers~1fee-estimate/post/x-internal").asBoolean());
    assertTrue(spec.at("/paths/~1api~1v1~1transfers~1address~1validate/post/x-internal").asBoolean());
    assertFalse(table.contains("/api/v1/orders/preview"));
  }

  @Test
  void publicMarketDataNeedsNoKeyAndWritesWithoutDeclaredSecurityAreSigned() {
    assertEquals("GET /api/v1/instruments public", line("GET /api/v1/instruments "));
    assertEquals("GET /api/v1/assets public", line("GET /api/v1/assets "));
    assertEquals("GET /api/v1/fee-rate-tiers public", line("GET /api/v1/fee-rate-tiers "));
    assertEquals("GET /api/v1/position-offsets public", line("GET /api/v1/position-offsets "));
    assertEquals("PATCH /api/v1/portfolios signed", line("PATCH /api/v1/portfolios "));
    assertEquals("POST /api/v1/portfolios/margin signed", line("POST /api/v1/portfolios/margin "));
    assertEquals("POST /api/v1/portfolios/{portfolio}/auto-margin-enabled signed portfolio",
        line("POST /api/v1/portfolios/{portfolio}/auto-margin-enabled "));
  }

  @Test
  void theMalformedParametersHaveSchemas() {
    assertEquals("#/components/schemas/OrderSide", parameter("/api/v1/orders", "delete", "side").at("/schema/$ref").asText());
    JsonNode granularity = parameter("/api/v1/instruments/{instrument}/candles", "get", "granularity");
    assertEquals("ONE_MINUTE", granularity.at("/schema/enum/7").asText());
    assertFalse(granularity.has("type") || granularity.has("enum"));
    assertTrue(parameter("/api/v1/transfers", "get", "portfolio").path("deprecated").asBoolean());
  }

  @Test
  void writingTheFilesTwiceLeavesThemUntouched(@TempDir Path out) throws Exception {
    SpecAssembly.assemble(OPENAPI.resolve("intx-public-api-spec.yaml"), OPENAPI.resolve("pages"), OPENAPI.resolve("overlay.yaml"), out);
    Path file = out.resolve(SpecAssembly.SPEC_FILE);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
    SpecAssembly.assemble(OPENAPI.resolve("intx-public-api-spec.yaml"), OPENAPI.resolve("pages"), OPENAPI.resolve("overlay.yaml"), out);
    assertEquals(0, Files.getLastModifiedTime(file).toMillis(), "unchanged, so the generator can skip");
    assertEquals(table, Files.readString(out.resolve(SpecAssembly.OPERATIONS_FILE)));
  }

  @Test
  void aGeneratorOptionChangeChangesTheAssembledSpec(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("openapi-generator.yaml");
    Files.writeString(config, "library: retrofit2\n");
    Path out = dir.resolve("out");
    SpecAssembly.assemble(OPENAPI.resolve("intx-public-api-spec.yaml"), OPENAPI.resolve("pages"), OPENAPI.resolve("overlay.yaml"), config, out);
    String before = Files.readString(out.resolve(SpecAssembly.SPEC_FILE));
    Files.writeString(config, "library: retrofit2\ntypeMappings: {double: BigDecimal}\n");
    SpecAssembly.assemble(OPENAPI.resolve("intx-public-api-spec.yaml"), OPENAPI.resolve("pages"), OPENAPI.resolve("overlay.yaml"), config, out);
    String after = Files.readString(out.resolve(SpecAssembly.SPEC_FILE));

    assertTrue(before.contains("x-generator-config-sha256: " + SpecAssembly.sha256("library: retrofit2\n".getBytes("UTF-8"))), "recorded");
    assertFalse(before.equals(after), "the generator's skipIfSpecIsUnchanged sees a new spec");
  }

  private static String line(String prefix) {
    return Arrays.stream(table.split("\n")).filter(l -> l.startsWith(prefix)).findFirst().orElse("(none)");
  }

  private static JsonNode parameter(String path, String method, String name) {
    for (JsonNode p : spec.path("paths").path(path).path(method).path("parameters")) {
      if (name.equals(p.path("name").asText())) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " on " + method + " " + path);
  }
}
