package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A generated client jar is compared only beside the spec it was built from (its manifest's Intx-Spec-Sha256). */
class ProvenanceTest {

  private static final Path WORK = Paths.get("target", "provenance-test");
  private static final String SOURCE = "package x;\npublic class A {}\n";

  @Test
  void aJarOfTheSpecBesideItIsAccepted() throws Exception {
    Path spec = TestFiles.fixture("base.yaml");
    Path jar = TestFiles.jar(WORK.resolve("same"), Map.of("x.A", SOURCE), Map.of("Intx-Spec-Sha256", ContractReview.sha256(Files.readAllBytes(spec))));

    ContractReview.checkProvenance(jar, spec);
  }

  @Test
  void aJarOfAnotherSpecIsRefused() throws Exception {
    Path jar = TestFiles.jar(WORK.resolve("other"), Map.of("x.A", SOURCE), Map.of("Intx-Spec-Sha256", ContractReview.sha256("openapi: 3.0.3\n")));

    ContractFailure e = assertThrows(ContractFailure.class, () -> ContractReview.checkProvenance(jar, TestFiles.fixture("base.yaml")));

    assertTrue(e.getMessage().contains("was built from a spec with sha256"), e.getMessage());
  }

  @Test
  void aJarWithoutTheRecordIsRefused() throws Exception {
    Path jar = TestFiles.jar(WORK.resolve("none"), Map.of("x.A", SOURCE), Map.of());

    ContractFailure e = assertThrows(ContractFailure.class, () -> ContractReview.checkProvenance(jar, TestFiles.fixture("base.yaml")));

    assertTrue(e.getMessage().contains("with sha256 null"), e.getMessage());
  }
}
