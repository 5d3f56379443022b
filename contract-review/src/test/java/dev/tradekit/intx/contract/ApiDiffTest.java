package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import japicmp.model.JApiCompatibilityChangeType;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** japicmp on small jars: what the guard of intx-client and of the generated client reports. */
class ApiDiffTest {

  private static final Path WORK = Paths.get("target", "api-diff-test");
  private static final String BASE_CLIENT = "package dev.tradekit.intx.client;\n"
      + "public final class IntxClient {\n  public String portfolio() { return \"p\"; }\n  public void close() {}\n}\n";
  private static final String API = "package dev.tradekit.intx.generated.api;\npublic interface OrdersApi {\n  String cancelOrder(String id);\n";

  @Test
  void aRemovedPublicMethodOfIntxClientIsBreakingAndNamedInTheReport() throws Exception {
    Path base = jar("base", BASE_CLIENT);
    Path current = jar("current", BASE_CLIENT.replace("  public String portfolio() { return \"p\"; }\n", ""));

    ContractReview.Result r = new ContractReview(new SpecLint(TestFiles.LINT), WORK.resolve("review")).review(
        side(base), side(current), true, false);

    assertEquals("BREAKING", r.verdict);
    Change removed = FixturePairsTest.only(r.changes(Change.Section.CLIENT), c -> true);
    assertTrue(removed.breaking);
    assertEquals("IntxClient", removed.where);
    assertEquals("method `portfolio()` removed", removed.what);
    assertTrue(removed.tool.contains("METHOD_REMOVED"), removed.tool);
    assertTrue(FixturePairsTest.section(r.markdown, "## What breaks").contains("intx-client: IntxClient: method `portfolio()` removed"), r.markdown);
  }

  @Test
  void anAddedPublicMethodIsCompatible() throws Exception {
    Path base = jar("base", BASE_CLIENT);
    Path current = jar("current-added", BASE_CLIENT.replace("  public void close() {}\n", "  public void close() {}\n  public int size() { return 1; }\n"));

    Change added = FixturePairsTest.only(new ApiDiff(Change.Section.CLIENT, base, current, List.of()).changes(), c -> true);

    assertFalse(added.breaking);
    assertEquals("method `size()` added", added.what);
  }

  /** Machinery is not API: a package-private method may go; a class that stops being public is one break. */
  @Test
  void onlyWhatUsersCanSeeCounts() throws Exception {
    Path base = jar("base-hidden", BASE_CLIENT.replace("  public void close() {}\n", "  public void close() {}\n  int internal() { return 1; }\n"));
    Path current = jar("current-hidden", BASE_CLIENT);
    Path hidden = jar("current-not-public", BASE_CLIENT.replace("public final class", "final class"));

    assertTrue(new ApiDiff(Change.Section.CLIENT, base, current, List.of()).changes().isEmpty());
    Change notPublic = FixturePairsTest.only(new ApiDiff(Change.Section.CLIENT, current, hidden, List.of()).changes(), c -> true);
    assertTrue(notPublic.breaking);
    assertEquals("class changed", notPublic.what);
    assertTrue(notPublic.tool.contains("CLASS_NO_LONGER_PUBLIC"), notPublic.tool);
  }

  /** The override for the generated client: Retrofit implements the API interfaces. */
  @Test
  void aMethodAddedToAnApiInterfaceIsCompatibleOnlyWithTheOverride() throws Exception {
    Path base = jar("api-base", API + "}\n");
    Path current = jar("api-current", API + "  String getOrder(String id);\n}\n");

    Change without = FixturePairsTest.only(new ApiDiff(Change.Section.CLIENT, base, current, List.of()).changes(), c -> true);
    Change with = FixturePairsTest.only(new ApiDiff(Change.Section.GENERATED, base, current,
        List.of(JApiCompatibilityChangeType.METHOD_ADDED_TO_INTERFACE)).changes(), c -> true);

    assertTrue(without.breaking, without.tool);
    assertFalse(with.breaking, with.tool);
    assertEquals("method `getOrder(String)` added", with.what);
  }

  private static Path jar(String name, String source) throws Exception {
    String cls = source.contains("IntxClient") ? "dev.tradekit.intx.client.IntxClient" : "dev.tradekit.intx.generated.api.OrdersApi";
    return TestFiles.jar(WORK.resolve(name), Map.of(cls, source), Map.of());
  }

  private static ContractReview.Side side(Path clientJar) {
    return new ContractReview.Side("fixture", TestFiles.fixture("base.yaml"), null, clientJar);
  }
}
