package dev.tradekit.intx.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one markdown report of a review, ready to post as a pull-request comment. */
final class Report {

  /** First line of every report: lets CI find and update its own PR comment. */
  static final String MARKER = "<!-- intx-contract-review -->";
  /** How many places a row of known lint warnings names. */
  private static final int KNOWN_EXAMPLES = 3;

  private Report() {}

  static String render(ContractReview.Result r) {
    StringBuilder md = new StringBuilder();
    md.append(MARKER).append('\n');
    md.append("# INTX contract review: ").append(r.verdict).append("\n\n");
    md.append("- **base**: ").append(r.baseLabel).append(", sha256 `").append(r.baseSha256).append("`\n");
    md.append("- **current**: ").append(r.currentLabel).append(", sha256 `").append(r.currentSha256).append("`\n");
    md.append("- **generator**: ").append(r.generatorLabel).append(". Both clients are generated with the configuration in `generated-client/openapi-generator.yaml`, so the Java diff shows what the spec change does.\n\n");

    md.append("| check | result |\n|---|---|\n");
    md.append("| 1. spec validation and lint (current) | ").append(lintSummary(r.lint)).append(" |\n");
    md.append("| 2. spec diff base → current (openapi-diff) | ").append(summary(r.specChanges, r.specSkipped)).append(" |\n");
    md.append("| 3. Java API diff of the generated client (japicmp) | ").append(summary(r.javaChanges, r.javaSkipped)).append(" |\n\n");

    if (r.invalid()) {
      md.append("**The current spec is not a valid OpenAPI document.** The build fails; see the errors below.\n\n");
    } else if (r.breaking()) {
      md.append("**Breaking.** The build fails unless it runs with `-Dcontract.allowBreaking=true`")
          .append(r.allowBreaking ? " (it did: the break was accepted)" : "")
          .append(". Users who regenerate will have to change code, or running clients built from the base spec will misbehave.\n\n");
      md.append("## What breaks\n");
      for (Change c : r.breakingChanges()) {
        md.append("- ").append(c.section.label).append(": ").append(cell(c.where)).append(": ").append(c.what)
            .append(c.note.isEmpty() ? "" : " (" + c.note + ")").append('\n');
      }
      md.append('\n');
    } else if (r.specChanges.isEmpty() && r.javaChanges.isEmpty()) {
      md.append("No changes: the spec and the generated Java API are the same as the base.\n\n");
    } else {
      md.append("Compatible: nothing breaks users' code or their running clients.\n\n");
    }

    md.append("## 1. Spec validation and lint\n");
    if (r.lint.errors.isEmpty() && r.lint.warnings.isEmpty()) {
      md.append("Valid, no warnings.\n\n");
    } else {
      md.append("| severity | rule | where | message |\n|---|---|---|---|\n");
      for (SpecLint.Issue i : r.lint.errors) {
        md.append("| ❌ error | ").append(i.rule).append(" | `").append(cell(i.where)).append("` | ").append(cell(i.message)).append(" |\n");
      }
      for (SpecLint.Issue i : r.lint.warnings) {
        if (!i.known) {
          md.append("| ⚠️ warning | ").append(i.rule).append(" | `").append(cell(i.where)).append("` | ").append(cell(i.message)).append(" |\n");
        }
      }
      // Known quirks, one row per rule: the whole published spec has hundreds of them.
      Map<String, List<SpecLint.Issue>> known = r.lint.warnings.stream().filter(i -> i.known)
          .collect(Collectors.groupingBy(i -> i.rule, LinkedHashMap::new, Collectors.toList()));
      for (Map.Entry<String, List<SpecLint.Issue>> e : known.entrySet()) {
        List<SpecLint.Issue> issues = e.getValue();
        String where = issues.size() == 1 ? "`" + cell(issues.get(0).where) + "`"
            : issues.size() + " places, e.g. " + issues.stream().limit(KNOWN_EXAMPLES).map(i -> "`" + cell(i.where) + "`").collect(Collectors.joining(", "));
        md.append("| ⚠️ warning (known) | ").append(e.getKey()).append(" | ").append(where).append(" | ").append(cell(issues.get(0).message))
            .append(issues.size() == 1 ? "" : " (the first of " + issues.size() + ")").append(" |\n");
      }
      md.append('\n');
      if (r.lint.warnings.stream().anyMatch(i -> i.known)) {
        md.append("Known warnings are quirks of the spec as INTX publishes it, listed in `openapi/README.md`; the client copes with them.\n\n");
      }
    }

    md.append("## 2. Spec diff: base → current\n");
    table(md, r.specChanges, r.specSkipped, "openapi-diff says");
    md.append("## 3. Java API diff: client from the base spec → client from the current spec\n");
    table(md, r.javaChanges, r.javaSkipped, "japicmp says");
    if (r.javaSkipped == null && !r.javaUnchanged.isEmpty()) {
      md.append("Unchanged API methods (").append(r.javaUnchanged.size())
          .append("): code written against the base client that calls them compiles and sends the same request: ")
          .append(String.join(", ", r.javaUnchanged)).append(".\n\n");
    }

    md.append("## How changes are classified\n");
    md.append("- **Spec**: openapi-diff's verdict, except: a removed response property is breaking even when optional "
        + "(code that reads it gets nothing; the model loses its accessors), and an added response enum value is compatible "
        + "when the generator runs with `enumUnknownDefaultCase=true` (this build: ").append(r.unknownEnumValuesTolerated ? "on" : "off")
        .append("), because a client built from the base spec reads it as `UNKNOWN_DEFAULT_OPEN_API`.\n");
    md.append("- **Java**: breaking when japicmp finds it binary- or source-incompatible, except a method added to a generated "
        + "API interface (Retrofit implements those). A new enum constant is compatible: clients built from the base spec read it as "
        + "`UNKNOWN_DEFAULT_OPEN_API`; in code, a `switch` over the enum without a `default` branch skips it and a switch expression "
        + "without one stops compiling, so give switches over generated enums a `default` branch.\n");
    md.append("- Tool reports: ").append(r.toolReports.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))).append('\n');
    return md.toString();
  }

  private static void table(StringBuilder md, List<Change> changes, String skipped, String toolColumn) {
    if (skipped != null) {
      md.append("Skipped: ").append(skipped).append("\n\n");
      return;
    }
    if (changes.isEmpty()) {
      md.append("No changes.\n\n");
      return;
    }
    md.append("| verdict | where | change | ").append(toolColumn).append(" | note |\n|---|---|---|---|---|\n");
    for (Change c : changes) {
      md.append("| ").append(c.breaking ? "❌ BREAKING" : "✅ compatible").append(" | ").append(cell(c.where)).append(" | ")
          .append(cell(c.what)).append(" | ").append(cell(c.tool)).append(" | ").append(cell(c.note)).append(" |\n");
    }
    md.append('\n');
  }

  private static String lintSummary(SpecLint.Result lint) {
    long known = lint.warnings.stream().filter(i -> i.known).count();
    String warnings = lint.warnings.size() + " warning" + (lint.warnings.size() == 1 ? "" : "s")
        + (lint.warnings.isEmpty() ? "" : " (" + known + " known)");
    return lint.errors.isEmpty() ? "✅ valid, " + warnings : "❌ " + lint.errors.size() + " error(s), " + warnings;
  }

  private static String summary(List<Change> changes, String skipped) {
    if (skipped != null) {
      return "skipped";
    }
    long breaking = changes.stream().filter(c -> c.breaking).count();
    if (changes.isEmpty()) {
      return "✅ no changes";
    }
    return (breaking > 0 ? "❌ " : "✅ ") + breaking + " breaking, " + (changes.size() - breaking) + " compatible";
  }

  private static String cell(String s) {
    return s.replace("\r", "").replace("\n", " ").replace("|", "\\|");
  }
}
