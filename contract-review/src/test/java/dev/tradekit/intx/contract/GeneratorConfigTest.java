package dev.tradekit.intx.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The glue builds a client exactly as generated-client's build does. */
class GeneratorConfigTest {

  static final Path GENERATOR_POM = Paths.get("..", "generated-client", "pom.xml");
  static final Path GENERATOR_CONFIG = Paths.get("..", "generated-client", "openapi-generator.yaml");
  /** The spec the build generated from: spec-assembly's output (openapi/README.md). */
  static final Path SPEC = Paths.get("..", "generated-client", "target", "generated-resources", "intx", "dev", "tradekit", "intx", "generated", "intx-openapi.yaml");
  /** Where openapi-generator-maven-plugin wrote the sources of this build's intx-generated-client. */
  static final Path PLUGIN_OUTPUT = Paths.get("..", "generated-client", "target", "generated-sources", "openapi", "src", "main", "java");

  @Test
  void generatesTheSameSourcesAsTheMavenPluginInGeneratedClient() throws IOException {
    GeneratorConfig config = GeneratorConfig.fromFile(GENERATOR_CONFIG);
    Path out = Paths.get("target", "generator-config-test");
    ClientBuilder.deleteRecursively(out);

    Path sources = config.generate(SPEC, out);

    Map<String, String> ours = javaFiles(sources);
    Map<String, String> plugin = javaFiles(PLUGIN_OUTPUT);
    assertFalse(plugin.isEmpty(), "generated-client must be built first (the reactor builds it before this module)");
    String stale = " (if openapi-generator.yaml changed, run `mvn clean` once:"
        + " skipIfSpecIsUnchanged does not regenerate for an unchanged spec)";
    assertEquals(plugin.keySet(), ours.keySet(), "the same files" + stale);
    for (String file : plugin.keySet()) {
      assertEquals(plugin.get(file), ours.get(file), file + stale);
    }
    assertTrue(ours.containsKey("dev/tradekit/intx/generated/model/OrderResultV1.java"), ours.keySet().toString());
  }

  /** The plugin refuses to run without a generatorName in the pom, so it is written twice. */
  @Test
  void thePomNamesTheSameGeneratorAsTheConfigurationFile() throws IOException {
    String pom = new String(Files.readAllBytes(GENERATOR_POM), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<generatorName>([^<]+)</generatorName>").matcher(pom);
    assertTrue(m.find(), "generated-client/pom.xml sets no generatorName");
    String describe = GeneratorConfig.fromFile(GENERATOR_CONFIG).describe();
    assertEquals("java/retrofit2", describe);
    assertEquals(describe.split("/")[0], m.group(1));
    assertTrue(pom.contains("<configurationFile>${project.basedir}/openapi-generator.yaml</configurationFile>"), pom);
  }

  @Test
  void readsTheUnknownEnumSetting() throws IOException {
    assertTrue(GeneratorConfig.fromFile(GENERATOR_CONFIG).unknownEnumValuesTolerated());
    Path off = Paths.get("target", "enum-off.yaml");
    Files.createDirectories(off.getParent());
    Files.write(off, "generatorName: java\nenumUnknownDefaultCase: false\n".getBytes(StandardCharsets.UTF_8));
    assertFalse(GeneratorConfig.fromFile(off).unknownEnumValuesTolerated());
  }

  private static Map<String, String> javaFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
        out.put(root.relativize(p).toString().replace('\\', '/'), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
