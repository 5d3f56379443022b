package dev.tradekit.intx.contract;

/** One change found by a tool, with our verdict on it (CLASSIFICATION.md). */
final class Change {

  enum Section {
    SPEC("spec"),
    GENERATED("intx-generated-client"),
    CLIENT("intx-client");

    final String label;

    Section(String label) {
      this.label = label;
    }
  }

  final Section section;
  final boolean breaking;
  /** Where: an operation, a response body, or a Java class. */
  final String where;
  /** What changed, in words. */
  final String what;
  /** The tool's own verdict, as the tool says it. */
  final String tool;

  Change(Section section, boolean breaking, String where, String what, String tool) {
    this.section = section;
    this.breaking = breaking;
    this.where = where;
    this.what = what;
    this.tool = tool;
  }

  /** One line, for the console, the failure message and the "What breaks" list. */
  String oneLine() {
    return section.label + ": " + where + ": " + what;
  }

  @Override
  public String toString() {
    return (breaking ? "BREAKING " : "compatible ") + oneLine();
  }
}
