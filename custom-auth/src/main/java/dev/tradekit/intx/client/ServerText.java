package dev.tradekit.intx.client;

/**
 * Makes text from outside the program (an error title, an HTML page title, an HTTP reason phrase)
 * safe to show a person: one line, bounded, with nothing a terminal would act on.
 *
 * <p>Control characters (C0, DEL, C1), format characters (bidi overrides and isolates such as
 * U+202E and U+2066, U+200E/U+200F, U+061C, zero-width characters, tag characters), line and
 * paragraph separators and unpaired surrogates are written as visible escapes: {@code \n},
 * {@code \r}, {@code \t}, otherwise a backslash, {@code u} and the code point in hex (four digits,
 * or in braces above U+FFFF), e.g. ESC as {@code \}{@code u001b}. A backslash is left as it is, so
 * applying this twice changes nothing; the escapes are for reading, not for decoding back (the
 * exceptions keep the exact body in {@code rawBody()}). Text longer than {@link #MAX_LENGTH}
 * characters after escaping is cut, and the cut is said: {@code ... (59500 more characters)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ServerText {
  /** The longest result, the note about a cut included. */
  public static final int MAX_LENGTH = 500;

  /** Room kept for the note when text is cut: {@code "... (2147483647 more characters)"}. */
  private static final int NOTE_ROOM = 40;

  private ServerText() {}

  /**
   * The text as one bounded line with control and format characters escaped; "null" for null.
   *
   * @param text text a server sent, may be null
   * @return at most {@value #MAX_LENGTH} characters on one line, safe to print
   */
  public static String forDisplay(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
    int end = escape(text, MAX_LENGTH, out);
    if (end == text.length()) {
      return out.toString();
    }
    out.setLength(0);
    end = escape(text, MAX_LENGTH - NOTE_ROOM, out);
    return out.append("... (").append(text.length() - end).append(" more characters)").toString();
  }

  /** Appends escaped text while it fits in {@code limit}; returns the index of the first char not taken. */
  private static int escape(String text, int limit, StringBuilder out) {
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      int before = out.length();
      if (mustEscape(codePoint)) {
        appendEscape(codePoint, out);
      } else {
        out.appendCodePoint(codePoint);
      }
      if (out.length() > limit) {
        out.setLength(before);
        return i;
      }
      i += width;
    }
    return i;
  }

  /**
   * True for the code points {@link #forDisplay(String)} escapes: controls, format characters (bidi
   * among them), line and paragraph separators, and surrogates (a lone one, or either half when
   * code units are looked at one by one).
   *
   * @param codePoint a Unicode code point or a single UTF-16 code unit
   * @return whether {@link #forDisplay(String)} escapes it
   */
  public static boolean mustEscape(int codePoint) {
    if (isBidiControl(codePoint)) {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /** Listed as well as covered by FORMAT, so they are escaped whatever the JDK's Unicode version. */
  private static boolean isBidiControl(int codePoint) {
    return codePoint == 0x061C
        || codePoint == 0x200E
        || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  private static void appendEscape(int codePoint, StringBuilder out) {
    switch (codePoint) {
      case '\n':
        out.append("\\n");
        return;
      case '\r':
        out.append("\\r");
        return;
      case '\t':
        out.append("\\t");
        return;
      default:
        if (Character.isBmpCodePoint(codePoint)) {
          out.append(String.format("\\u%04x", codePoint));
        } else {
          out.append(String.format("\\u{%x}", codePoint));
        }
    }
  }
}
