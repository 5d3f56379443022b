package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the base spec comes from, in a scratch git repository. */
class BaseSpecTest {

  private static final Path REPO = Paths.get("target", "base-spec-test").toAbsolutePath();

  @BeforeAll
  static void scratchRepository() throws Exception {
    ClientBuilder.deleteRecursively(REPO);
    Files.createDirectories(REPO.resolve("openapi"));
    git("init", "-q", "-b", "release-branch");
    write("openapi: 3.0.3 # v1\n");
    git("add", ".");
    git("commit", "-q", "-m", "v1");
    git("tag", "v1.0.0");
    write("openapi: 3.0.3 # work in progress\n");
  }

  @Test
  void withoutMainTheDefaultIsTheLastReleaseTag() throws Exception {
    BaseSpec base = BaseSpec.resolve("", REPO, "openapi/intx.yaml");

    assertEquals("openapi: 3.0.3 # v1\n", base.text);
    assertTrue(base.label.startsWith("git `v1.0.0:openapi/intx.yaml` (commit "), base.label);
  }

  @Test
  void aGitRefOrAFile() throws Exception {
    assertEquals("openapi: 3.0.3 # v1\n", BaseSpec.resolve("HEAD", REPO, "openapi/intx.yaml").text);
    assertEquals("openapi: 3.0.3 # v1\n", BaseSpec.resolve("v1.0.0:openapi/intx.yaml", REPO, "openapi/intx.yaml").text);
    BaseSpec file = BaseSpec.resolve("openapi/intx.yaml", REPO, "openapi/intx.yaml");
    assertEquals("openapi: 3.0.3 # work in progress\n", file.text);
    assertEquals("file `openapi/intx.yaml`", file.label);
  }

  @Test
  void anUnknownBaseSaysHowToPassOne() {
    ContractFailure e = assertThrows(ContractFailure.class, () -> BaseSpec.resolve("no-such-branch", REPO, "openapi/intx.yaml"));

    assertTrue(e.getMessage().startsWith("Cannot resolve the base spec 'no-such-branch'"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dcontract.base="), e.getMessage());
  }

  @Test
  void noMainAndNoTagSaysHowToPassOne() throws Exception {
    Path bare = Paths.get("target", "base-spec-test-empty").toAbsolutePath();
    ClientBuilder.deleteRecursively(bare);
    Files.createDirectories(bare);
    git(bare, "init", "-q");

    ContractFailure e = assertThrows(ContractFailure.class, () -> BaseSpec.resolve(" ", bare, "openapi/intx.yaml"));

    assertTrue(e.getMessage().startsWith("Cannot resolve the base spec: tried main, origin/main"), e.getMessage());
    assertTrue(e.getMessage().contains("Pass the base explicitly: -Dcontract.base=<git ref>"), e.getMessage());
  }

  private static void write(String text) throws IOException {
    Files.write(REPO.resolve("openapi/intx.yaml"), text.getBytes(StandardCharsets.UTF_8));
  }

  private static void git(String... args) throws Exception {
    git(REPO, args);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(Arrays.asList("git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
        "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
  }
}
