package dev.tradekit.intx.contract;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Builds a client jar from a spec: generate (with generated-client/openapi-generator.yaml), compile, jar. */
final class ClientBuilder {

  private final GeneratorConfig generator;
  private final List<String> classpath;
  private final String release;

  ClientBuilder(GeneratorConfig generator, List<String> classpath, String release) {
    this.generator = generator;
    this.classpath = classpath;
    this.release = release;
  }

  /**
   * Generates, compiles and jars the client for {@code spec} under {@code clientsDir}, in a folder
   * named by the sha256 of the spec and of the generator configuration: a client already built from
   * the same spec and configuration is reused. Returns the jar.
   */
  Path build(Path spec, Path clientsDir) throws IOException {
    String key = ContractReview.sha256(ContractReview.sha256(Files.readAllBytes(spec)) + " "
        + ContractReview.sha256(Files.readAllBytes(generator.file())) + " " + release + " "
        + ContractReview.generatorVersion());
    Path dir = clientsDir.resolve(key.substring(0, 16));
    Path jar = dir.resolve("client.jar");
    Path keyFile = dir.resolve("built-from.sha256");
    if (Files.isRegularFile(jar) && Files.isRegularFile(keyFile)
        && key.equals(new String(Files.readAllBytes(keyFile), java.nio.charset.StandardCharsets.UTF_8))) {
      return jar;
    }
    deleteRecursively(dir);
    Path sources = generator.generate(spec, dir.resolve("generated-sources"));
    Path classes = dir.resolve("classes");
    compile(sources, classes);
    jar(classes, jar);
    Files.write(keyFile, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return jar;
  }

  private void compile(Path sources, Path classes) throws IOException {
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().collect(Collectors.toList());
    }
    if (files.isEmpty()) {
      throw new IOException("the generator wrote no Java sources under " + sources);
    }
    Files.createDirectories(classes);
    StringWriter diagnostics = new StringWriter();
    StandardJavaFileManager fileManager = fileManager();
    Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromFiles(files);
    List<String> options = new ArrayList<>(Arrays.asList(
        "--release", release,
        "-proc:none",
        "-nowarn",
        "-encoding", "UTF-8",
        "-d", classes.toString(),
        "-classpath", String.join(File.pathSeparator, classpath)));
    boolean ok = JAVAC.getTask(diagnostics, fileManager, null, options, null, units).call();
    if (!ok) {
      throw new IOException("the client generated from the spec does not compile:\n" + diagnostics);
    }
  }

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  private static StandardJavaFileManager sharedFileManager;

  /** One file manager for every compilation: it keeps the classpath's jars open and indexed. */
  private static synchronized StandardJavaFileManager fileManager() throws IOException {
    if (JAVAC == null) {
      throw new IOException("no Java compiler in this runtime: run the build on a JDK");
    }
    if (sharedFileManager == null) {
      sharedFileManager = JAVAC.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8);
    }
    return sharedFileManager;
  }

  static Path jar(Path classes, Path jarFile) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(classes)) {
      entries = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    try (OutputStream out = Files.newOutputStream(jarFile);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      for (Path file : entries) {
        JarEntry entry = new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/'));
        entry.setTime(0L);
        jar.putNextEntry(entry);
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
    return jarFile;
  }

  /**
   * The classpath the generated sources compile against: this program's own, which has the
   * generated client's dependencies (see contract-review/pom.xml). Under exec:java that is the
   * context class loader's URLs; in a forked JVM or a test, java.class.path.
   */
  static List<String> currentClasspath() {
    List<String> out = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader instanceof URLClassLoader) {
      for (URL url : ((URLClassLoader) loader).getURLs()) {
        try {
          out.add(Paths.get(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file: nothing javac could read
        }
      }
    }
    if (out.isEmpty()) {
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
