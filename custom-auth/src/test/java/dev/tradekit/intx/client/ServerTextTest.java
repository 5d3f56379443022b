package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerTextTest {
  private static final String ESC = String.valueOf((char) 0x1b);

  /** True when every char is printable: no control, format, separator or lone surrogate left. */
  static void assertShowable(String shown) {
    shown.codePoints().forEach(c -> assertFalse(ServerText.mustEscape(c), "U+" + Integer.toHexString(c) + " in " + shown));
    assertTrue(shown.length() <= ServerText.MAX_LENGTH, shown.length() + " chars");
  }

  @Test
  void plainTextIsUnchanged() {
    assertEquals("Order rejected(DUPLICATE_CLIENT_ORDER_ID - dup) é 漢字 😀 \\n", ServerText.forDisplay("Order rejected(DUPLICATE_CLIENT_ORDER_ID - dup) é 漢字 😀 \\n"));
    assertEquals("", ServerText.forDisplay(""));
    assertEquals("null", ServerText.forDisplay(null));
  }

  @Test
  void controlCharactersAreEscapedVisibly() {
    String hostile = "ok\nerror: forged line\r" + ESC + "[31mred" + ESC + "[0m\t\u0007\u0000\u007f\u0085\u009b";

    String shown = ServerText.forDisplay(hostile);

    assertEquals("ok\\nerror: forged line\\r\\u001b[31mred\\u001b[0m\\t\\u0007\\u0000\\u007f\\u0085\\u009b", shown);
    assertShowable(shown);
  }

  @Test
  void bidiAndOtherFormatCharactersAreEscaped() {
    String hostile = "a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch\u200Bi\uFEFFj\u2028k\u2029l" + "\uDB40\uDC41" + "m\uD800n";

    String shown = ServerText.forDisplay(hostile);

    assertEquals(
        "a\\u202eb\\u202ac\\u2066d\\u2069e\\u200ef\\u200fg\\u061ch\\u200bi\\ufeffj\\u2028k\\u2029l\\u{e0041}m\\ud800n", shown);
    assertShowable(shown);
  }

  @Test
  void longTextIsCutWithANoteOfHowMuch() {
    String shown = ServerText.forDisplay("x".repeat(60_000));

    assertTrue(shown.endsWith("... (59540 more characters)"), shown);
    assertEquals(460 + "... (59540 more characters)".length(), shown.length());
    assertShowable(shown);
  }

  @Test
  void aCutNeverSplitsAnEscapeOrASurrogatePair() {
    String shown = ServerText.forDisplay((ESC + "😀").repeat(1_000));

    String kept = shown.substring(0, shown.indexOf("..."));
    assertTrue(kept.matches("(\\\\u001b😀)*"), kept);
    assertShowable(shown);
  }

  @Test
  void textThatJustFitsIsNotCut() {
    String fits = "y".repeat(ServerText.MAX_LENGTH);

    assertEquals(fits, ServerText.forDisplay(fits));
    assertTrue(ServerText.forDisplay(fits + "y").endsWith("... (41 more characters)"));
  }

  @Test
  void applyingItTwiceChangesNothing() {
    for (String hostile : new String[] {"a\nb" + ESC + "[2J\u202E", "z".repeat(10_000), (ESC + "\n").repeat(400), "short"}) {
      String once = ServerText.forDisplay(hostile);
      assertEquals(once, ServerText.forDisplay(once));
    }
  }
}
