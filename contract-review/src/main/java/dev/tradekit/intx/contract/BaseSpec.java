package dev.tradekit.intx.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The spec a change is reviewed against: a file, a git ref (the spec at that ref), or by default
 * the spec on main ({@code main}, then {@code origin/main}), else at the last release tag.
 */
final class BaseSpec {

  static final String HOW_TO_PASS =
      "Pass the base explicitly: -Dcontract.base=<git ref> (e.g. origin/main, v0.1.0; the spec is read from <ref>:openapi/intx.yaml)"
          + " or -Dcontract.base=<path to a spec file>.";

  final String label;
  final String text;

  private BaseSpec(String label, String text) {
    this.label = label;
    this.text = text;
  }

  static BaseSpec of(String label, String text) {
    return new BaseSpec(label, text);
  }

  /**
   * @param base what the user passed ({@code -Dcontract.base}); blank for the default
   * @param repoRoot the reactor root, inside a git work tree
   * @param specInRepo the spec's path relative to {@code repoRoot}, e.g. {@code openapi/intx.yaml}
   */
  static BaseSpec resolve(String base, Path repoRoot, String specInRepo) throws ContractFailure {
    if (base == null || base.trim().isEmpty()) {
      List<String> tried = new ArrayList<>();
      List<String> candidates = new ArrayList<>(Arrays.asList("main", "origin/main"));
      String lastTag = lastTag(repoRoot);
      if (lastTag != null) {
        candidates.add(lastTag);
      }
      for (String ref : candidates) {
        try {
          return fromGit(ref, repoRoot, specInRepo);
        } catch (ContractFailure e) {
          tried.add(ref);
        }
      }
      throw new ContractFailure("Cannot resolve the base spec: tried " + String.join(", ", tried)
          + (lastTag == null ? " (and found no release tag)" : "") + " in " + repoRoot.toAbsolutePath().normalize() + ". " + HOW_TO_PASS);
    }
    String value = base.trim();
    for (Path candidate : Arrays.asList(Paths.get(value), repoRoot.resolve(value))) {
      if (Files.isRegularFile(candidate)) {
        try {
          return new BaseSpec("file `" + value + "`", new String(Files.readAllBytes(candidate), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new ContractFailure("Cannot read the base spec " + candidate + ": " + e.getMessage() + ". " + HOW_TO_PASS);
        }
      }
    }
    return fromGit(value, repoRoot, specInRepo);
  }

  private static BaseSpec fromGit(String ref, Path repoRoot, String specInRepo) throws ContractFailure {
    String object = ref.contains(":") ? ref : ref + ":./" + specInRepo;
    Git show = git(repoRoot, "show", object);
    if (show.exit != 0) {
      throw new ContractFailure("Cannot resolve the base spec '" + ref + "': `git show " + object + "` failed"
          + (show.err.isEmpty() ? "" : " (" + show.err.trim() + ")") + ". " + HOW_TO_PASS);
    }
    String commitRef = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
    Git commit = git(repoRoot, "rev-parse", "--short", commitRef + "^{commit}");
    String at = commit.exit == 0 ? " (commit " + commit.out.trim() + ")" : "";
    String path = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : specInRepo;
    return new BaseSpec("git `" + commitRef + ":" + path + "`" + at, show.out);
  }

  private static String lastTag(Path repoRoot) {
    try {
      Git tag = git(repoRoot, "describe", "--tags", "--abbrev=0");
      return tag.exit == 0 && !tag.out.trim().isEmpty() ? tag.out.trim() : null;
    } catch (ContractFailure e) {
      return null;
    }
  }

  private static final class Git {
    final int exit;
    final String out;
    final String err;

    Git(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  private static Git git(Path dir, String... args) throws ContractFailure {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(Arrays.asList(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
      errReader.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy(p.getInputStream(), out);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ContractFailure("`git " + String.join(" ", args) + "` did not finish in 60 s. " + HOW_TO_PASS);
      }
      errReader.join();
      return new Git(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ContractFailure("Cannot run git to find the base spec (" + e.getMessage() + "). " + HOW_TO_PASS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContractFailure("Interrupted while running git. " + HOW_TO_PASS);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process went away: what was read is what there is
    }
  }
}
