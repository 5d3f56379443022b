package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.api.OrdersApi;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The generated jar carries the spec it was generated from, and its manifest that spec's sha256. */
class GeneratedJarProvenanceTest {

  @Test
  void theJarCarriesTheAssembledSpecAndTheOperationTable() throws Exception {
    byte[] spec = resource("/dev/tradekit/intx/generated/intx-openapi.yaml");
    assertTrue(new String(spec, "UTF-8").startsWith("openapi: 3.0.3"));
    assertTrue(new String(resource(Operations.TABLE), "UTF-8").contains("\nDELETE /api/v1/orders/{id} signed id portfolio\n"));
  }

  @Test
  void theManifestRecordsTheSpecChecksumAndTheGenerator() throws Exception {
    Attributes manifest = generatedClientManifest().getMainAttributes();
    StringBuilder sha256 = new StringBuilder();
    for (byte b : MessageDigest.getInstance("SHA-256").digest(resource("/dev/tradekit/intx/generated/intx-openapi.yaml"))) {
      sha256.append(String.format("%02x", b));
    }

    assertEquals(sha256.toString(), manifest.getValue("Intx-Spec-Sha256"));
    assertTrue(manifest.getValue("Intx-Spec").startsWith("dev/tradekit/intx/generated/intx-openapi.yaml"), manifest.getValue("Intx-Spec"));
    assertTrue(manifest.getValue("Intx-Generator").startsWith("openapi-generator 7.25.0"), manifest.getValue("Intx-Generator"));
  }

  /**
   * The manifest of the generated client as it is on the classpath: its jar's under {@code mvn
   * verify}, the one written next to its classes (which the jar takes as its own) under {@code mvn test}.
   */
  private static Manifest generatedClientManifest() throws Exception {
    File location = new File(OrdersApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (location.isFile()) {
      try (JarFile jar = new JarFile(location)) {
        return jar.getManifest();
      }
    }
    try (InputStream in = new FileInputStream(new File(location, JarFile.MANIFEST_NAME))) {
      return new Manifest(in);
    }
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = OrdersApi.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
