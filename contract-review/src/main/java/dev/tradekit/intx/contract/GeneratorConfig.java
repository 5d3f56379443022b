package dev.tradekit.intx.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * The generator options of {@code generated-client/openapi-generator.yaml}, the file that
 * openapi-generator-maven-plugin reads as its {@code configurationFile}. The contract review builds
 * the base spec's client from the same file, through the same {@code CodegenConfigurator}, so both
 * clients differ only by their spec. {@code GeneratorConfigTest} checks the output is byte for byte
 * the plugin's.
 */
final class GeneratorConfig {

  private final Path file;
  private final JsonNode options;

  private GeneratorConfig(Path file, JsonNode options) {
    this.file = file;
    this.options = options;
  }

  static GeneratorConfig fromFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no generator configuration at " + file);
    }
    JsonNode options = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    if (options == null || !options.hasNonNull("generatorName")) {
      throw new IOException(file + " names no generatorName");
    }
    return new GeneratorConfig(file, options);
  }

  Path file() {
    return file;
  }

  /** For the report, e.g. "java/retrofit2". */
  String describe() {
    String library = options.path("library").asText("");
    return options.get("generatorName").asText() + (library.isEmpty() ? "" : "/" + library);
  }

  /** Whether generated enums read an unknown value as UNKNOWN_DEFAULT_OPEN_API instead of failing. */
  boolean unknownEnumValuesTolerated() {
    return options.path("enumUnknownDefaultCase").asBoolean(false);
  }

  /** Generates the client for {@code spec} into {@code outputDir}; returns the source root. */
  Path generate(Path spec, Path outputDir) throws IOException {
    GlobalSettings.reset();
    try {
      CodegenConfigurator configurator = CodegenConfigurator.fromFile(file.toAbsolutePath().toString());
      if (configurator == null) {
        throw new IOException("openapi-generator cannot read " + file);
      }
      configurator.setInputSpec(spec.toAbsolutePath().toString());
      configurator.setOutputDir(outputDir.toAbsolutePath().toString());
      new DefaultGenerator(false).opts(configurator.toClientOptInput()).generate();
      return outputDir.resolve(options.path("sourceFolder").asText("src/main/java"));
    } finally {
      GlobalSettings.reset();
    }
  }
}
