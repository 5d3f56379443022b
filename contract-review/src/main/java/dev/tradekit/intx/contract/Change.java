package dev.tradekit.intx.contract;

/** One change found by a tool, with our classification of it. */
final class Change {

  enum Section {
    SPEC("spec"),
    JAVA("Java");

    final String label;

    Section(String label) {
      this.label = label;
    }
  }

  final Section section;
  final boolean breaking;
  /** Where: an operation, a response body, a schema path, or a Java class. */
  final String where;
  /** What the reader looks for: the JSON property, parameter or enum value it is about ("" if none). */
  final String subject;
  /** What changed, in words. */
  final String what;
  /** The tool's own verdict (openapi-diff's, japicmp's), as the tool says it. */
  final String tool;
  /** Why we classify it this way when that needs saying ("" if not). */
  final String note;

  Change(Section section, boolean breaking, String where, String subject, String what, String tool, String note) {
    this.section = section;
    this.breaking = breaking;
    this.where = where;
    this.subject = subject == null ? "" : subject;
    this.what = what;
    this.tool = tool;
    this.note = note == null ? "" : note;
  }

  String verdict() {
    return breaking ? "BREAKING" : "compatible";
  }

  /** One line, for the console and the failure message. */
  String oneLine() {
    return section.label + ": " + where + ": " + what + (note.isEmpty() ? "" : " (" + note + ")");
  }

  @Override
  public String toString() {
    return verdict() + " " + oneLine();
  }
}
