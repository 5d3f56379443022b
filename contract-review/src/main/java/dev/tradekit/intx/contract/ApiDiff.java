package dev.tradekit.intx.contract;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiHasAccessModifier;
import japicmp.model.JApiHasChangeStatus;
import japicmp.model.JApiSemanticVersionLevel;
import japicmp.output.markdown.MarkdownOutputGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Java API diff of one artifact, base jar against current jar, by japicmp: public and protected
 * members, breaking when japicmp finds a binary or source incompatibility after the overrides of
 * CLASSIFICATION.md, which are japicmp's own override parameters.
 */
final class ApiDiff {

  private final Change.Section section;
  private final List<JApiClass> classes;
  private final Options options;

  /** @param overrides the changes japicmp should count as compatible for this artifact */
  ApiDiff(Change.Section section, Path baseJar, Path currentJar, List<JApiCompatibilityChangeType> overrides) {
    this.section = section;
    JApiCmpArchive base = new JApiCmpArchive(baseJar.toFile(), "base");
    JApiCmpArchive current = new JApiCmpArchive(currentJar.toFile(), "current");
    options = Options.newDefault();
    options.setOldArchives(List.of(base));
    options.setNewArchives(List.of(current));
    options.setAccessModifier(AccessModifier.PROTECTED);
    options.setOutputOnlyModifications(true);
    options.setReproducibleReport(true);
    // Only the jars themselves are compared: their dependencies are not on the class path.
    options.setIgnoreMissingClasses(true);
    JarArchiveComparatorOptions comparator = JarArchiveComparatorOptions.of(options);
    for (JApiCompatibilityChangeType type : overrides) {
      comparator.addOverrideCompatibilityChange(
          new JarArchiveComparatorOptions.OverrideCompatibilityChange(type, true, true, JApiSemanticVersionLevel.MINOR));
    }
    classes = new JarArchiveComparator(comparator).compare(base, current);
  }

  /** One row per visible class added, removed or changed incompatibly, and per visible member of a kept visible class that changed. */
  List<Change> changes() {
    List<Change> out = new ArrayList<>();
    for (JApiClass c : classes) {
      String name = c.getFullyQualifiedName().substring(c.getFullyQualifiedName().lastIndexOf('.') + 1);
      if (!visible(c)) {
        continue;
      }
      if (c.getChangeStatus() == JApiChangeStatus.NEW || c.getChangeStatus() == JApiChangeStatus.REMOVED) {
        out.add(change(name, "class " + status(c.getChangeStatus()), c));
        continue;
      }
      if (incompatible(c.getCompatibilityChanges())) {
        out.add(change(name, "class changed", c));
      }
      if (!exposed(c.getAccessModifier().getNewModifier())) {
        continue; // no longer API: the class row says so
      }
      c.getFields().stream().filter(ApiDiff::changed).forEach(f -> out.add(change(name, "field `" + f.getName() + "` " + status(f.getChangeStatus()), f)));
      c.getConstructors().stream().filter(ApiDiff::changed).forEach(k -> out.add(change(name, "constructor `" + signature(name, k) + "` " + status(k.getChangeStatus()), k)));
      c.getMethods().stream().filter(ApiDiff::changed).forEach(m -> out.add(change(name, "method `" + signature(m.getName(), m) + "` " + status(m.getChangeStatus()), m)));
    }
    return out;
  }

  /** japicmp's own report: japicmp-&lt;artifact&gt;.md. */
  Path writeToolReport(Path dir) throws IOException {
    Path file = dir.resolve("japicmp-" + section.label + ".md");
    Files.writeString(file, new MarkdownOutputGenerator(options, classes).generate());
    return file;
  }

  /** Judged by the element's own changes: a class's verdict does not repeat its members'. */
  private Change change(String where, String what, JApiCompatibility element) {
    List<JApiCompatibilityChange> changes = element.getCompatibilityChanges();
    boolean binary = changes.stream().allMatch(JApiCompatibilityChange::isBinaryCompatible);
    boolean source = changes.stream().allMatch(JApiCompatibilityChange::isSourceCompatible);
    String types = changes.stream().map(ch -> ch.getType().name()).distinct().collect(Collectors.joining(", "));
    return new Change(section, !(binary && source), where, what,
        "binary " + (binary ? "✓" : "✗") + " source " + (source ? "✓" : "✗") + (types.isEmpty() ? "" : " " + types));
  }

  private static boolean incompatible(List<JApiCompatibilityChange> changes) {
    return changes.stream().anyMatch(ch -> !ch.isBinaryCompatible() || !ch.isSourceCompatible());
  }

  private static <T extends JApiCompatibility & JApiHasChangeStatus & JApiHasAccessModifier> boolean changed(T member) {
    return visible(member) && member.getChangeStatus() != JApiChangeStatus.UNCHANGED
        || incompatible(member.getCompatibilityChanges());
  }

  /** Public or protected on either side: users can see it. */
  private static boolean visible(JApiHasAccessModifier element) {
    return exposed(element.getAccessModifier().getOldModifier()) || exposed(element.getAccessModifier().getNewModifier());
  }

  private static boolean exposed(Optional<AccessModifier> access) {
    return access.map(a -> a == AccessModifier.PUBLIC || a == AccessModifier.PROTECTED).orElse(false);
  }

  private static String status(JApiChangeStatus status) {
    return status == JApiChangeStatus.NEW ? "added" : status == JApiChangeStatus.REMOVED ? "removed" : "changed";
  }

  private static String signature(String name, JApiBehavior b) {
    return name + "(" + b.getParameters().stream().map(p -> p.getType().substring(p.getType().lastIndexOf('.') + 1))
        .collect(Collectors.joining(", ")) + ")";
  }
}
