package dev.tradekit.intx.contract;

import dev.tradekit.intx.spec.SpecAssembly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec the generator reads, from what a user points at: a single spec file (read as is), or a
 * directory laid out like {@code openapi/}, assembled by spec-assembly exactly as the build of
 * generated-client does (the whole spec, the docs pages over it, the overlay). A directory of the
 * old layout, with only {@code intx.yaml}, is that one file.
 */
final class SpecSource {

  /** The one spec file of the layout before the whole spec (up to commit 992bd68). */
  static final String OLD_LAYOUT_SPEC = "intx.yaml";

  final String text;
  /** What was read, e.g. "assembled from intx-public-api-spec.yaml + pages/cancel-order.yaml + overlay.yaml". */
  final String description;

  private SpecSource(String text, String description) {
    this.text = text;
    this.description = description;
  }

  static SpecSource read(Path fileOrDirectory) throws ContractFailure {
    return read(fileOrDirectory, null);
  }

  /**
   * As above; a directory is assembled recording {@code generatorConfig} (if not null) the way the
   * build does, so the text is the very file the generated jar was built from.
   */
  static SpecSource read(Path fileOrDirectory, Path generatorConfig) throws ContractFailure {
    try {
      if (Files.isRegularFile(fileOrDirectory)) {
        return new SpecSource(new String(Files.readAllBytes(fileOrDirectory), StandardCharsets.UTF_8), "a single spec file");
      }
      if (Files.isRegularFile(fileOrDirectory.resolve(SpecAssembly.WHOLE_SPEC))) {
        List<String> parts = new ArrayList<>();
        parts.add(SpecAssembly.WHOLE_SPEC);
        Path pages = fileOrDirectory.resolve(SpecAssembly.PAGES);
        for (Path page : SpecAssembly.pages(pages)) {
          parts.add(SpecAssembly.PAGES + "/" + pages.relativize(page));
        }
        parts.add(SpecAssembly.OVERLAY);
        return new SpecSource(SpecAssembly.assembleDirectory(fileOrDirectory, generatorConfig), "assembled from " + String.join(" + ", parts));
      }
      Path old = fileOrDirectory.resolve(OLD_LAYOUT_SPEC);
      if (Files.isRegularFile(old)) {
        return new SpecSource(new String(Files.readAllBytes(old), StandardCharsets.UTF_8), "`" + OLD_LAYOUT_SPEC + "` (the layout before the whole spec)");
      }
    } catch (IOException | RuntimeException e) {
      // RuntimeException: spec-assembly refuses a page or an overlay action that matches nothing.
      throw new ContractFailure("Cannot read the spec at " + fileOrDirectory + ": " + e.getMessage());
    }
    throw new ContractFailure("No spec at " + fileOrDirectory + ": expected a spec file, or a directory laid out like openapi/ (with "
        + SpecAssembly.WHOLE_SPEC + ", or the old " + OLD_LAYOUT_SPEC + ").");
  }
}
