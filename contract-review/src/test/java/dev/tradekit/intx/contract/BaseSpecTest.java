package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.spec.SpecAssembly;
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

/**
 * Where the base spec comes from, in a scratch git repository: v1.0.0 has the old layout (one
 * openapi/intx.yaml), v2.0.0 the new one (whole spec, a docs page, an overlay), and the work tree
 * changes the whole spec.
 */
class BaseSpecTest {

  private static final Path REPO = Paths.get("target", "base-spec-test").toAbsolutePath();
  private static final String OLD = "openapi: 3.0.3 # v1\n";
  private static final String WHOLE = "openapi: 3.0.3\ninfo: {title: whole, version: '2'}\npaths:\n"
      + "  /a:\n    get:\n      operationId: a\n      responses: {'200': {description: ok}}\n"
      + "  /b:\n    get:\n      operationId: b\n      responses: {'200': {description: ok}}\n";
  private static final String PAGE = "openapi: 3.0.3\ninfo: {title: page, version: '1'}\nsecurity: []\npaths:\n"
      + "  /a:\n    get:\n      operationId: a\n      summary: from the page\n      responses: {'200': {description: ok}}\n";
  private static final String OVERLAY = "overlay: 1.0.0\ninfo: {title: adaptations, version: '1'}\nactions:\n"
      + "  - target: \"$.paths['/b'].get\"\n    description: a declared adaptation\n    update: {x-internal: true}\n";

  private static String v2Assembled;

  @BeforeAll
  static void scratchRepository() throws Exception {
    ClientBuilder.deleteRecursively(REPO);
    Files.createDirectories(REPO.resolve("openapi"));
    git("init", "-q", "-b", "release-branch");
    write("openapi/intx.yaml", OLD);
    git("add", ".");
    git("commit", "-q", "-m", "v1: one spec file");
    git("tag", "v1.0.0");
    git("rm", "-q", "openapi/intx.yaml");
    write("openapi/intx-public-api-spec.yaml", WHOLE);
    write("openapi/pages/a.yaml", PAGE);
    write("openapi/overlay.yaml", OVERLAY);
    write("openapi/README.md", "not a spec\n");
    git("add", ".");
    git("commit", "-q", "-m", "v2: whole spec, a page, an overlay");
    git("tag", "v2.0.0");
    v2Assembled = SpecAssembly.assembleDirectory(REPO.resolve("openapi"));
    write("openapi/intx-public-api-spec.yaml", WHOLE.replace("title: whole", "title: work in progress"));
  }

  @Test
  void aRefIsItsOpenapiDirectoryAssembled() throws Exception {
    BaseSpec base = BaseSpec.resolve("v2.0.0", REPO, "openapi");

    assertEquals(v2Assembled, base.text);
    assertTrue(base.text.contains("summary: from the page") && base.text.contains("x-internal: true"), base.text);
    assertTrue(base.label.startsWith("git `v2.0.0:openapi/` (commit "), base.label);
    assertTrue(base.label.endsWith(", assembled from intx-public-api-spec.yaml + pages/a.yaml + overlay.yaml"), base.label);
  }

  @Test
  void anOldRefIsItsSingleSpecFile() throws Exception {
    BaseSpec base = BaseSpec.resolve("v1.0.0", REPO, "openapi");

    assertEquals(OLD, base.text);
    assertTrue(base.label.contains("`intx.yaml` (the layout before the whole spec)"), base.label);
    assertEquals(OLD, BaseSpec.resolve("v1.0.0:openapi/intx.yaml", REPO, "openapi").text);
  }

  @Test
  void withoutMainTheDefaultIsTheLastReleaseTag() throws Exception {
    BaseSpec base = BaseSpec.resolve("", REPO, "openapi");

    assertEquals(v2Assembled, base.text);
    assertTrue(base.label.startsWith("git `v2.0.0:openapi/` (commit "), base.label);
  }

  @Test
  void aDirectoryIsAssembledAndAFileIsReadAsIs() throws Exception {
    BaseSpec directory = BaseSpec.resolve("openapi", REPO, "openapi");
    assertTrue(directory.text.contains("title: work in progress"), directory.text);
    assertEquals("directory `openapi`, assembled from intx-public-api-spec.yaml + pages/a.yaml + overlay.yaml", directory.label);

    BaseSpec file = BaseSpec.resolve("openapi/pages/a.yaml", REPO, "openapi");
    assertEquals(PAGE, file.text);
    assertEquals("file `openapi/pages/a.yaml`", file.label);
  }

  @Test
  void anOverlayActionThatMatchesNothingIsReported() throws Exception {
    Path dir = REPO.resolve("target-broken");
    Files.createDirectories(dir);
    Files.write(dir.resolve("intx-public-api-spec.yaml"), WHOLE.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("overlay.yaml"), OVERLAY.replace("/b", "/c").getBytes(StandardCharsets.UTF_8));

    ContractFailure e = assertThrows(ContractFailure.class, () -> BaseSpec.resolve(dir.toString(), REPO, "openapi"));

    assertTrue(e.getMessage().contains("matches nothing in the spec"), e.getMessage());
  }

  @Test
  void anUnknownBaseSaysHowToPassOne() {
    ContractFailure e = assertThrows(ContractFailure.class, () -> BaseSpec.resolve("no-such-branch", REPO, "openapi"));

    assertTrue(e.getMessage().startsWith("Cannot resolve the base spec 'no-such-branch'"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dcontract.base="), e.getMessage());
  }

  @Test
  void noMainAndNoTagSaysHowToPassOne() throws Exception {
    Path bare = Paths.get("target", "base-spec-test-empty").toAbsolutePath();
    ClientBuilder.deleteRecursively(bare);
    Files.createDirectories(bare);
    git(bare, "init", "-q");

    ContractFailure e = assertThrows(ContractFailure.class, () -> BaseSpec.resolve(" ", bare, "openapi"));

    assertTrue(e.getMessage().startsWith("Cannot resolve the base spec: tried main, origin/main"), e.getMessage());
    assertTrue(e.getMessage().contains("Pass the base explicitly: -Dcontract.base=<git ref>"), e.getMessage());
  }

  private static void write(String path, String text) throws IOException {
    Path file = REPO.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
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
