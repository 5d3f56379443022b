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
 * The spec a change is reviewed against, as the generator read it then: a spec file, a directory
 * laid out like {@code openapi/} (assembled, see {@link SpecSource}), a git ref (its {@code
 * openapi/} directory, assembled; an old ref's single {@code openapi/intx.yaml}), or by default the
 * one on main ({@code main}, then {@code origin/main}), else at the last release tag.
 */
final class BaseSpec {

  static final String HOW_TO_PASS =
      "Pass the base explicitly: -Dcontract.base=<git ref> (e.g. origin/main, v0.1.0; its openapi/ is read and assembled)"
          + ", -Dcontract.base=<directory laid out like openapi/> or -Dcontract.base=<path to a spec file>.";

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
   * @param specInRepo the spec directory relative to {@code repoRoot}: {@code openapi}
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
        return new BaseSpec("file `" + value + "`", SpecSource.read(candidate).text);
      }
      if (Files.isDirectory(candidate)) {
        SpecSource spec = SpecSource.read(candidate);
        return new BaseSpec("directory `" + value + "`, " + spec.description, spec.text);
      }
    }
    return fromGit(value, repoRoot, specInRepo);
  }

  /**
   * {@code <ref>} reads {@code <ref>:<specInRepo>}; {@code <ref>:<path>} reads that file or
   * directory. A directory is copied out of git into a scratch directory and read there.
   */
  private static BaseSpec fromGit(String ref, Path repoRoot, String specInRepo) throws ContractFailure {
    String commitRef = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
    String path = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : specInRepo;
    String object = commitRef + ":" + (path.startsWith("./") || path.startsWith("/") ? path : "./" + path);
    Git type = git(repoRoot, "cat-file", "-t", object);
    if (type.exit != 0) {
      throw new ContractFailure("Cannot resolve the base spec '" + ref + "': `git cat-file -t " + object + "` failed"
          + (type.err.isEmpty() ? "" : " (" + type.err.trim() + ")") + ". " + HOW_TO_PASS);
    }
    Git commit = git(repoRoot, "rev-parse", "--short", commitRef + "^{commit}");
    String at = commit.exit == 0 ? " (commit " + commit.text().trim() + ")" : "";
    if (type.text().trim().equals("blob")) {
      return new BaseSpec("git `" + commitRef + ":" + path + "`" + at, show(repoRoot, object).text());
    }
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("intx-contract-base");
      Git files = git(repoRoot, "ls-tree", "-r", "--name-only", object);
      if (files.exit != 0) {
        throw new ContractFailure("Cannot list " + object + ": " + files.err.trim() + ". " + HOW_TO_PASS);
      }
      for (String name : files.text().split("\n")) {
        if (name.isEmpty()) {
          continue;
        }
        Path file = scratch.resolve(name).normalize();
        if (!file.startsWith(scratch)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, show(repoRoot, object + "/" + name).out);
      }
      SpecSource spec = SpecSource.read(scratch);
      String shown = path.endsWith("/") ? path : path + "/";
      return new BaseSpec("git `" + commitRef + ":" + shown + "`" + at + ", " + spec.description, spec.text);
    } catch (IOException e) {
      throw new ContractFailure("Cannot copy " + object + " out of git: " + e.getMessage() + ". " + HOW_TO_PASS);
    } finally {
      if (scratch != null) {
        try {
          ClientBuilder.deleteRecursively(scratch);
        } catch (IOException e) {
          // a scratch directory left in the temp folder: harmless
        }
      }
    }
  }

  private static Git show(Path repoRoot, String object) throws ContractFailure {
    Git show = git(repoRoot, "show", object);
    if (show.exit != 0) {
      throw new ContractFailure("Cannot resolve the base spec: `git show " + object + "` failed"
          + (show.err.isEmpty() ? "" : " (" + show.err.trim() + ")") + ". " + HOW_TO_PASS);
    }
    return show;
  }

  private static String lastTag(Path repoRoot) {
    try {
      Git tag = git(repoRoot, "describe", "--tags", "--abbrev=0");
      return tag.exit == 0 && !tag.text().trim().isEmpty() ? tag.text().trim() : null;
    } catch (ContractFailure e) {
      return null;
    }
  }

  private static final class Git {
    final int exit;
    /** Byte for byte what git wrote: a spec file is copied out exactly. */
    final byte[] out;
    final String err;

    Git(int exit, byte[] out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    String text() {
      return new String(out, StandardCharsets.UTF_8);
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
      return new Git(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
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
