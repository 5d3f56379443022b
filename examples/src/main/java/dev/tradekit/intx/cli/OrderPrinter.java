package dev.tradekit.intx.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.generated.model.OrderResultV1;

/** Prints an order as indented JSON, leaving out fields the exchange did not send. */
final class OrderPrinter {
  private static final ObjectWriter WRITER =
      IntxJson.newObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .writerWithDefaultPrettyPrinter();

  private OrderPrinter() {}

  static String toJson(OrderResultV1 order) {
    try {
      return WRITER.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the order as JSON", e);
    }
  }
}
