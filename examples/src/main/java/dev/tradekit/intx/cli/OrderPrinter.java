package dev.tradekit.intx.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.client.ServerText;
import dev.tradekit.intx.generated.model.OrderResultV1;

/**
 * Prints an order as indented JSON, leaving out fields the exchange did not send. Characters a
 * terminal would act on (controls, DEL, C1, bidi and other format characters) are written as JSON
 * escapes, so the values are exact once parsed and inert on a screen.
 */
final class OrderPrinter {
  private static final ObjectWriter WRITER =
      IntxJson.newObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .writerWithDefaultPrettyPrinter()
          .with(new TerminalSafeEscapes());

  private OrderPrinter() {}

  static String toJson(OrderResultV1 order) {
    try {
      return WRITER.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the order as JSON", e);
    }
  }

  /** JSON's own escapes, plus DEL and every non-ASCII char that {@link ServerText} escapes. */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    TerminalSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ServerText.mustEscape(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
