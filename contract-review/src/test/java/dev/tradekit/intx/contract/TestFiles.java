package dev.tradekit.intx.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Files of the repository the tests read, and jars they make. */
final class TestFiles {

  /** What the generator read in this build: spec-assembly's output. */
  static final Path SPEC = Paths.get("..", "generated-client", "target", "generated-resources", "intx", "dev", "tradekit", "intx", "generated", "intx-openapi.yaml");
  static final Path GENERATOR_CONFIG = Paths.get("..", "generated-client", "openapi-generator.yaml");
  static final Path OPENAPI = Paths.get("..", "openapi");
  static final Path LINT = Paths.get("lint");

  private TestFiles() {}

  static Path fixture(String name) {
    return Paths.get("src", "test", "resources", "fixtures", name);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  /** Compiles {@code sources} (class name to source) and jars them, with {@code manifest} entries. */
  static Path jar(Path dir, Map<String, String> sources, Map<String, String> manifest) throws IOException {
    deleteRecursively(dir);
    Path src = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(new String[0])) != 0) {
      throw new IOException("fixture sources do not compile: " + sources.keySet());
    }
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
    Path jar = dir.resolve("fixture.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m); Stream<Path> walk = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
