package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.api.OrdersApi;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Provenance: the intx-generated-client jar of this build records the sha256 of the spec it was
 * generated from (openapi/ assembled) and the generator version that the contract review builds the
 * base client with.
 */
class GeneratedJarManifestTest {

  @Test
  void theJarRecordsTheSpecSha256AndTheGeneratorVersion() throws Exception {
    Path jar = generatedClientJar();
    Attributes manifest;
    try (JarFile file = new JarFile(jar.toFile())) {
      manifest = file.getManifest().getMainAttributes();
    }

    assertEquals(ContractReview.sha256(Files.readAllBytes(GeneratorConfigTest.SPEC)), manifest.getValue("Intx-Spec-Sha256"));
    assertEquals(org.openapitools.codegen.DefaultGenerator.class.getPackage().getImplementationVersion(),
        manifest.getValue("Intx-Generator-Version"), "the generator the glue uses is the plugin's version");
    ContractReview.checkProvenance(jar, new String(Files.readAllBytes(GeneratorConfigTest.SPEC), StandardCharsets.UTF_8));
  }

  /** The review assembles openapi/ itself: the same bytes as the build's, so the jar matches the work tree. */
  @Test
  void theReviewAssemblesOpenapiIntoTheSpecTheJarWasBuiltFrom() throws Exception {
    SpecSource current = SpecSource.read(SpecImportTest.OPENAPI, java.nio.file.Paths.get("..", "generated-client", "openapi-generator.yaml"));

    assertEquals(new String(Files.readAllBytes(GeneratorConfigTest.SPEC), StandardCharsets.UTF_8), current.text);
    assertEquals("assembled from intx-public-api-spec.yaml + pages/cancel-order.yaml + overlay.yaml", current.description);
    ContractReview.checkProvenance(generatedClientJar(), current.text);
  }

  @Test
  void aJarBuiltFromAnotherSpecIsRefused() throws Exception {
    Path jar = generatedClientJar();

    ContractFailure e = assertThrows(ContractFailure.class, () -> ContractReview.checkProvenance(jar, "openapi: 3.0.3\n"));

    assertTrue(e.getMessage().contains("was built from a spec with sha256"), e.getMessage());
  }

  private static Path generatedClientJar() throws Exception {
    File location = new File(OrdersApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Assumptions.assumeTrue(location.isFile(), "generated client is on the classpath as a jar (mvn verify), not classes");
    return Paths.get(location.getPath());
  }
}
