package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.api.OrdersApi;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The generated jar says which spec (by sha256) and which generator it was built from. */
class GeneratedJarProvenanceTest {

  @Test
  void theManifestRecordsTheSpecChecksumAndTheGenerator() throws Exception {
    File location = new File(OrdersApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Assumptions.assumeTrue(location.isFile(), "generated client is on the classpath as a jar (mvn verify), not classes");
    Attributes manifest;
    try (JarFile jar = new JarFile(location)) {
      manifest = jar.getManifest().getMainAttributes();
    }
    byte[] spec = Files.readAllBytes(Path.of("..", "openapi", "intx.yaml"));
    StringBuilder sha256 = new StringBuilder();
    for (byte b : MessageDigest.getInstance("SHA-256").digest(spec)) {
      sha256.append(String.format("%02x", b));
    }

    assertEquals(sha256.toString(), manifest.getValue("Intx-Spec-Sha256"));
    assertEquals("openapi/intx.yaml", manifest.getValue("Intx-Spec"));
    assertTrue(manifest.getValue("Intx-Generator").startsWith("openapi-generator 7.25.0"), manifest.getValue("Intx-Generator"));
  }
}
