package dev.tradekit.intx.contract;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiClassType;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import japicmp.output.html.HtmlOutputGenerator;
import japicmp.output.html.HtmlOutputGeneratorOptions;
import japicmp.output.markdown.MarkdownOutputGenerator;
import japicmp.output.stdout.StdoutOutputGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javassist.CtBehavior;
import javassist.CtClass;
import javassist.CtField;
import javassist.CtMethod;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.ParameterAnnotationsAttribute;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.MemberValue;

/**
 * The Java API diff of the client built from the base spec against the one built from the current
 * spec, by japicmp, grouped per class and per JSON property (or HTTP operation) so that a reader
 * finds the same names as in the spec section. Ours differs from japicmp's verdict in two documented
 * cases:
 *
 * <ul>
 *   <li>an enum constant added: japicmp calls it compatible, and so do we; the note says what an
 *       exhaustive switch does with it;
 *   <li>a method added to a generated API interface: japicmp calls it source-incompatible (a class
 *       implementing the interface must add it); Retrofit implements these interfaces, so we call it
 *       compatible, with a note for hand-written fakes.
 * </ul>
 *
 * <p>It also reports what japicmp does not look at: a Retrofit parameter annotation or HTTP
 * annotation that changed behind an unchanged signature (e.g. a renamed query parameter).
 */
final class JavaApiDiff {

  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String RETROFIT = "retrofit2.http.";
  private static final String[] HTTP_METHODS = {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "HTTP"};

  private List<JApiClass> classes = List.of();
  private Options options;
  private final List<String> unchanged = new ArrayList<>();

  List<Change> compare(Path baseJar, Path currentJar) {
    JarArchiveComparatorOptions comparatorOptions = new JarArchiveComparatorOptions();
    comparatorOptions.setAccessModifier(AccessModifier.PROTECTED);
    // Only the two jars are compared; their dependencies (Retrofit, Jackson, ...) are the same on both sides.
    comparatorOptions.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    JApiCmpArchive base = new JApiCmpArchive(baseJar.toFile(), "base");
    JApiCmpArchive current = new JApiCmpArchive(currentJar.toFile(), "current");
    classes = new JarArchiveComparator(comparatorOptions).compare(base, current);

    options = Options.newDefault();
    options.setOldArchives(List.of(base));
    options.setNewArchives(List.of(current));
    options.setOutputOnlyModifications(true);
    options.setIgnoreMissingClasses(true);
    options.setReproducibleReport(true);

    Map<String, Group> groups = new LinkedHashMap<>();
    unchanged.clear();
    for (JApiClass c : classes) {
      classChanges(c, groups);
    }
    List<Change> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(g.toChange());
    }
    return out;
  }

  /**
   * The API methods of the last comparison that did not change at all: same signature, same HTTP
   * method, path and parameter annotations, e.g. {@code `OrdersApi.cancelOrder(String, String)`
   * (DELETE api/v1/orders/{id})}. Code that calls them compiles and sends the same request.
   */
  List<String> unchangedOperations() {
    return List.copyOf(unchanged);
  }

  /** japicmp's own reports of the last comparison: markdown, HTML and its plain-text listing. */
  void writeToolReports(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("japicmp.md"), new MarkdownOutputGenerator(options, classes).generate().getBytes(StandardCharsets.UTF_8));
    HtmlOutputGeneratorOptions html = new HtmlOutputGeneratorOptions();
    html.setTitle("INTX generated client: base vs current");
    Files.write(dir.resolve("japicmp.html"), new HtmlOutputGenerator(classes, options, html).generate().getHtml().getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("japicmp.txt"), new StdoutOutputGenerator(options, classes).generate().getBytes(StandardCharsets.UTF_8));
  }

  private void classChanges(JApiClass c, Map<String, Group> groups) {
    String cls = simpleName(c.getFullyQualifiedName());
    if (c.getChangeStatus() == JApiChangeStatus.NEW) {
      group(groups, cls, cls, "class added", false, "").add(cls, true, true, List.of());
      return;
    }
    if (c.getChangeStatus() == JApiChangeStatus.REMOVED) {
      group(groups, cls, cls, "class removed", true, "").add(cls, c.isBinaryCompatible(), c.isSourceCompatible(), c.getCompatibilityChanges());
      return;
    }
    List<JApiCompatibilityChange> classLevel = c.getCompatibilityChanges();
    if (!classLevel.isEmpty() && !onlyCompatibleAnnotationChanges(classLevel)) {
      boolean binary = classLevel.stream().allMatch(JApiCompatibilityChange::isBinaryCompatible);
      boolean source = classLevel.stream().allMatch(JApiCompatibilityChange::isSourceCompatible);
      group(groups, cls, cls, "class changed: " + words(classLevel), !(binary && source), "").add(cls, binary, source, classLevel);
    }
    Map<String, String> json = jsonNames(c);
    boolean apiInterface = c.getClassType().getNewTypeOptional().orElse(null) == JApiClassType.ClassType.INTERFACE;
    boolean isEnum = c.getClassType().getNewTypeOptional().orElse(null) == JApiClassType.ClassType.ENUM
        || c.getClassType().getOldTypeOptional().orElse(null) == JApiClassType.ClassType.ENUM;

    for (JApiField f : c.getFields()) {
      if (!visible(f.getAccessModifier()) || !changed(f.getChangeStatus(), f.getCompatibilityChanges())) {
        continue;
      }
      boolean constant = isEnum && enumConstant(f, c.getFullyQualifiedName());
      String subject = constant ? f.getName() : json.getOrDefault(f.getName(), "");
      String what = constant ? "enum constant " + status(f.getChangeStatus()) : status(f.getChangeStatus());
      String note = "";
      if (constant && f.getChangeStatus() == JApiChangeStatus.NEW) {
        note = "safe for running clients built from the base spec (they read it as UNKNOWN_DEFAULT_OPEN_API); "
            + "a switch over " + cls + " without a default branch does not handle it, and a switch expression without one stops compiling";
      }
      String label = f.getChangeStatus() == JApiChangeStatus.MODIFIED ? what + ": " + words(f.getCompatibilityChanges()) : what;
      member(groups, cls, subject, label, f.getName(), f.isBinaryCompatible(), f.isSourceCompatible(), f.getCompatibilityChanges(), note, false);
    }
    for (JApiConstructor k : c.getConstructors()) {
      if (visible(k.getAccessModifier()) && changed(k.getChangeStatus(), k.getCompatibilityChanges())) {
        member(groups, cls, "", "constructor " + status(k.getChangeStatus()), signature(cls, k), k.isBinaryCompatible(), k.isSourceCompatible(),
            k.getCompatibilityChanges(), "", false);
      }
    }
    for (JApiMethod m : c.getMethods()) {
      if (!visible(m.getAccessModifier())) {
        continue;
      }
      String subject = json.getOrDefault(m.getName(), httpOperation(m));
      if (changed(m.getChangeStatus(), m.getCompatibilityChanges())) {
        String what = status(m.getChangeStatus());
        if (m.getChangeStatus() == JApiChangeStatus.MODIFIED) {
          what = words(m.getCompatibilityChanges());
          if (!m.getReturnType().getOldReturnType().equals(m.getReturnType().getNewReturnType())) {
            what += " from " + simpleName(m.getReturnType().getOldReturnType()) + " to " + simpleName(m.getReturnType().getNewReturnType());
          }
        }
        member(groups, cls, subject, what, signature(m.getName(), m), m.isBinaryCompatible(), m.isSourceCompatible(),
            m.getCompatibilityChanges(), "", apiInterface);
      }
      if (m.getOldMethod().isPresent() && m.getNewMethod().isPresent()) {
        List<String> before = requestShape(m.getOldMethod().get());
        List<String> after = requestShape(m.getNewMethod().get());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
          String was = i < before.size() ? before.get(i) : "";
          String now = i < after.size() ? after.get(i) : "";
          if (!was.equals(now)) {
            differences.add((i == 0 ? "" : "parameter " + i + " ") + was + " → " + now);
          }
        }
        if (differences.isEmpty() && apiInterface && !changed(m.getChangeStatus(), m.getCompatibilityChanges()) && !subject.isEmpty()) {
          unchanged.add("`" + cls + "." + signature(m.getName(), m) + "` (" + subject + ")");
        }
        if (!differences.isEmpty()) {
          Group g = group(groups, cls, subject, "request changed behind an unchanged signature (" + String.join("; ", differences) + ")", false,
              "code compiles unchanged, but the regenerated client sends a different request; japicmp does not compare these annotations");
          g.add(signature(m.getName(), m), true, true, List.of());
        }
      }
    }
  }

  private static void member(Map<String, Group> groups, String cls, String subject, String what, String member, boolean binary, boolean source,
      List<JApiCompatibilityChange> changes, String note, boolean apiInterface) {
    List<JApiCompatibilityChange> incompatible = changes.stream()
        .filter(ch -> !ch.isBinaryCompatible() || !ch.isSourceCompatible()).collect(Collectors.toList());
    boolean breaking = !(binary && source);
    if (apiInterface && !incompatible.isEmpty()
        && incompatible.stream().allMatch(ch -> ch.getType() == JApiCompatibilityChangeType.METHOD_ADDED_TO_INTERFACE)) {
      breaking = false;
      note = "japicmp flags it because a class implementing the interface must add the method; Retrofit implements it, "
          + "so only a hand-written fake or decorator of the interface has to change";
    }
    group(groups, cls, subject, what, breaking, note).add(member, binary, source, changes);
  }

  private static Group group(Map<String, Group> groups, String cls, String subject, String what, boolean breaking, String note) {
    String key = cls + "\u0000" + subject + "\u0000" + what + "\u0000" + breaking + "\u0000" + note;
    return groups.computeIfAbsent(key, k -> new Group(cls, subject, what, breaking, note));
  }

  /** The members of one class that changed the same way for the same JSON property or operation. */
  private static final class Group {
    final String cls;
    final String subject;
    final String what;
    final boolean breaking;
    final String note;
    final List<String> members = new ArrayList<>();
    final List<String> types = new ArrayList<>();
    boolean binary = true;
    boolean source = true;
    boolean annotationsOnly;

    Group(String cls, String subject, String what, boolean breaking, String note) {
      this.cls = cls;
      this.subject = subject;
      this.what = what;
      this.breaking = breaking;
      this.note = note;
      this.annotationsOnly = what.startsWith("request changed");
    }

    void add(String member, boolean memberBinary, boolean memberSource, List<JApiCompatibilityChange> changes) {
      if (!members.contains(member)) {
        members.add(member);
      }
      binary &= memberBinary;
      source &= memberSource;
      for (JApiCompatibilityChange ch : changes) {
        if (!types.contains(ch.getType().name())) {
          types.add(ch.getType().name());
        }
      }
    }

    Change toChange() {
      String list = members.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "));
      String about = subject.isEmpty() || subject.equals(cls) ? "" : subject.contains(" ") ? " (" + subject + ")" : " (JSON `" + subject + "`)";
      String tool = "japicmp: binary " + (binary ? "✓" : "✗") + " source " + (source ? "✓" : "✗")
          + (types.isEmpty() ? "" : " " + String.join(", ", types)) + (annotationsOnly ? " (parameter annotations not compared)" : "");
      return new Change(Change.Section.JAVA, breaking, cls, subject, what + ": " + list + about, tool, note);
    }
  }

  private static boolean visible(japicmp.model.JApiModifier<AccessModifier> access) {
    return isVisible(access.getOldModifier()) || isVisible(access.getNewModifier());
  }

  private static boolean isVisible(Optional<AccessModifier> access) {
    return access.map(a -> a == AccessModifier.PUBLIC || a == AccessModifier.PROTECTED).orElse(false);
  }

  private static boolean onlyCompatibleAnnotationChanges(List<JApiCompatibilityChange> changes) {
    return changes.stream().allMatch(ch -> ch.isBinaryCompatible() && ch.isSourceCompatible() && ch.getType().name().startsWith("ANNOTATION_"));
  }

  private static boolean changed(JApiChangeStatus status, List<JApiCompatibilityChange> changes) {
    return status != JApiChangeStatus.UNCHANGED || changes.stream().anyMatch(ch -> !ch.isBinaryCompatible() || !ch.isSourceCompatible());
  }

  private static String status(JApiChangeStatus status) {
    switch (status) {
      case NEW:
        return "added";
      case REMOVED:
        return "removed";
      case MODIFIED:
        return "changed";
      default:
        return "unchanged";
    }
  }

  private static String words(List<JApiCompatibilityChange> changes) {
    return changes.stream().map(ch -> ch.getType().name().toLowerCase().replace('_', ' ')).distinct().collect(Collectors.joining(", "));
  }

  private static String signature(String name, JApiBehavior b) {
    return name + "(" + b.getParameters().stream().map(JApiParameter::getType).map(JavaApiDiff::simpleName).collect(Collectors.joining(", ")) + ")";
  }

  static String simpleName(String type) {
    if (type == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (char ch : type.toCharArray()) {
      if (Character.isJavaIdentifierPart(ch) || ch == '.') {
        word.append(ch);
      } else {
        out.append(word.substring(word.lastIndexOf(".") + 1)).append(ch);
        word.setLength(0);
      }
    }
    out.append(word.substring(word.lastIndexOf(".") + 1));
    return out.toString();
  }

  private static boolean enumConstant(JApiField f, String enumClass) {
    Optional<CtField> field = f.getNewFieldOptional().isPresent() ? f.getNewFieldOptional() : f.getOldFieldOptional();
    return field.map(x -> x.getFieldInfo2().getDescriptor().equals("L" + enumClass.replace('.', '/') + ";")).orElse(false);
  }

  /**
   * JSON names of a model class's members: a getter or setter carries {@code @JsonProperty}, the
   * fluent method has the same base name, the {@code JSON_PROPERTY_*} constant holds the name.
   */
  private static Map<String, String> jsonNames(JApiClass c) {
    Map<String, String> out = new HashMap<>();
    for (Optional<CtClass> cls : List.of(c.getOldClass(), c.getNewClass())) {
      if (cls.isEmpty()) {
        continue;
      }
      for (CtMethod m : cls.get().getDeclaredMethods()) {
        String name = annotationValue(m, JSON_PROPERTY);
        if (name != null) {
          out.put(m.getName(), name);
          out.put(baseName(m.getName()), name);
        }
      }
      for (CtField f : cls.get().getDeclaredFields()) {
        if (f.getName().startsWith("JSON_PROPERTY_") && f.getConstantValue() instanceof String) {
          out.put(f.getName(), (String) f.getConstantValue());
        }
      }
    }
    return out;
  }

  private static String baseName(String method) {
    for (String prefix : new String[] {"get", "set", "is"}) {
      if (method.startsWith(prefix) && method.length() > prefix.length() && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }

  /** "DELETE api/v1/orders/{id}" for a Retrofit method, "" for anything else. */
  private static String httpOperation(JApiMethod m) {
    Optional<CtMethod> method = m.getNewMethod().isPresent() ? m.getNewMethod() : m.getOldMethod();
    if (method.isEmpty()) {
      return "";
    }
    for (String verb : HTTP_METHODS) {
      String path = annotationValue(method.get(), RETROFIT + verb);
      if (path != null) {
        return verb + " " + path;
      }
    }
    return "";
  }

  /**
   * The request a Retrofit method makes, as its annotations say: element 0 the HTTP annotation
   * (e.g. {@code @DELETE("api/v1/orders/{id}")}), then one element per parameter (e.g. {@code
   * @Query("portfolio")}). Empty for a method without Retrofit annotations.
   */
  private static List<String> requestShape(CtMethod m) {
    List<String> shape = new ArrayList<>();
    String http = "";
    for (String verb : HTTP_METHODS) {
      String path = annotationValue(m, RETROFIT + verb);
      if (path != null) {
        http = "@" + verb + "(\"" + path + "\")";
      }
    }
    shape.add(http);
    ParameterAnnotationsAttribute params =
        (ParameterAnnotationsAttribute) m.getMethodInfo2().getAttribute(ParameterAnnotationsAttribute.visibleTag);
    if (params != null) {
      for (Annotation[] annotations : params.getAnnotations()) {
        List<String> parts = new ArrayList<>();
        for (Annotation a : annotations) {
          if (a.getTypeName().startsWith(RETROFIT)) {
            MemberValue v = a.getMemberValue("value");
            parts.add("@" + simpleName(a.getTypeName()) + (v == null ? "" : "(" + v + ")"));
          }
        }
        shape.add(String.join(" ", parts));
      }
    }
    return shape;
  }

  private static String annotationValue(CtBehavior m, String annotation) {
    AnnotationsAttribute attr = (AnnotationsAttribute) m.getMethodInfo2().getAttribute(AnnotationsAttribute.visibleTag);
    if (attr == null) {
      return null;
    }
    Annotation a = attr.getAnnotation(annotation);
    if (a == null) {
      return null;
    }
    MemberValue v = a.getMemberValue("value");
    if (v == null) {
      return "";
    }
    String s = v.toString();
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
