package dev.tradekit.intx.contract;

import java.util.List;

/** The one markdown report of a review, ready to post as a pull-request comment. */
final class Report {

  /** First line of every report: lets CI find and update its own PR comment. */
  static final String MARKER = "<!-- intx-contract-review -->";
  /** Where the rules are, from contract-review/target/ or contract-review/examples/. */
  static final String CLASSIFICATION = "../CLASSIFICATION.md";

  private Report() {}

  static String render(ContractReview.Result r) {
    StringBuilder md = new StringBuilder(MARKER).append('\n');
    md.append("# INTX contract review: ").append(r.verdict).append("\n\n");
    md.append("- **base**: ").append(r.base.label).append(", spec sha256 `").append(r.baseSha256).append("`\n");
    md.append("- **current**: ").append(r.current.label).append(", spec sha256 `").append(r.currentSha256).append("`\n");
    md.append("- **rules**: [CLASSIFICATION.md](").append(CLASSIFICATION).append(") (enumUnknownDefaultCase ")
        .append(r.unknownEnumValuesTolerated ? "on" : "off").append(")\n\n");

    md.append("| check | result |\n|---|---|\n");
    md.append("| lint of the current spec (swagger-parser, Redocly) | ").append(lintSummary(r.lint)).append(" |\n");
    for (Change.Section s : Change.Section.values()) {
      md.append("| ").append(title(s)).append(" | ").append(summary(r, s)).append(" |\n");
    }
    md.append('\n');

    List<Change> broke = r.breakingChanges();
    if (!r.lint.valid()) {
      md.append("**The current spec is not valid.** The build fails; see the errors below.\n\n");
    } else if (!broke.isEmpty()) {
      md.append("**Breaking.** The build fails unless it runs with `-Dcontract.allowBreaking=true`")
          .append(r.allowBreaking ? " (it did: the break was accepted)" : "").append(".\n\n## What breaks\n");
      broke.forEach(c -> md.append("- ").append(cell(c.oneLine())).append('\n'));
      md.append('\n');
    } else {
      md.append(r.changes.isEmpty() ? "No changes.\n\n" : "Compatible: nothing breaks users' code or their running clients.\n\n");
    }

    md.append("## Lint\n");
    if (r.lint.errors.isEmpty() && r.lint.warnings.isEmpty()) {
      md.append("No new problems.\n\n");
    } else {
      md.append("| severity | rule | where | message |\n|---|---|---|---|\n");
      r.lint.errors.forEach(i -> md.append("| ❌ error | ").append(i.rule).append(" | `").append(cell(i.where)).append("` | ").append(cell(i.message)).append(" |\n"));
      r.lint.warnings.forEach(i -> md.append("| ⚠️ warning | ").append(i.rule).append(" | `").append(cell(i.where)).append("` | ").append(cell(i.message)).append(" |\n"));
      md.append('\n');
    }
    md.append(r.lint.known).append(" known quirks of the published spec, each at its location in `contract-review/lint/.redocly.lint-ignore.yaml`.\n\n");

    for (Change.Section s : Change.Section.values()) {
      md.append("## ").append(title(s)).append('\n');
      List<Change> changes = r.changes(s);
      if (r.skipped.containsKey(s)) {
        md.append("Not compared: ").append(r.skipped.get(s)).append(".\n\n");
      } else if (changes.isEmpty()) {
        md.append("No changes.\n\n");
      } else {
        md.append("| verdict | where | change | ").append(s == Change.Section.SPEC ? "openapi-diff" : "japicmp").append(" |\n|---|---|---|---|\n");
        for (Change c : changes) {
          md.append("| ").append(c.breaking ? "❌ BREAKING" : "✅ compatible").append(" | ").append(cell(c.where)).append(" | ")
              .append(cell(c.what)).append(" | ").append(cell(c.tool)).append(" |\n");
        }
        md.append('\n');
      }
      if (s == Change.Section.SPEC && !r.specDiffMarkdown.isBlank() && !changes.isEmpty()) {
        md.append("<details><summary>openapi-diff's report</summary>\n\n").append(r.specDiffMarkdown.trim()).append("\n\n</details>\n\n");
      }
    }
    md.append("The tools' own reports are in `contract-review/target/contract/`.\n");
    return md.toString();
  }

  private static String title(Change.Section s) {
    return s == Change.Section.SPEC ? "spec diff base → current (openapi-diff)" : "Java API of " + s.label + " (japicmp)";
  }

  private static String lintSummary(SpecLint.Result lint) {
    String counts = lint.warnings.size() + " new warning(s), " + lint.known + " known";
    return lint.valid() ? "✅ valid, " + counts : "❌ " + lint.errors.size() + " error(s), " + counts;
  }

  private static String summary(ContractReview.Result r, Change.Section s) {
    if (r.skipped.containsKey(s)) {
      return "not compared";
    }
    List<Change> changes = r.changes(s);
    long breaking = changes.stream().filter(c -> c.breaking).count();
    return changes.isEmpty() ? "✅ no changes" : (breaking > 0 ? "❌ " : "✅ ") + breaking + " breaking, " + (changes.size() - breaking) + " compatible";
  }

  private static String cell(String s) {
    return s.replace("\r", "").replace("\n", " ").replace("|", "\\|");
  }
}
