package dev.tradekit.intx.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.IntxBadRequestException;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.IntxException;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.client.ServerText;
import dev.tradekit.intx.generated.model.OrderResultV1;

/**
 * The smallest complete use of the client: cancel one order and print it.
 *
 * <pre>
 * INTX_API_KEY=... INTX_API_PASSPHRASE=... INTX_API_SECRET=... \
 *   java -cp ... dev.tradekit.intx.examples.CancelOrder ORDER_ID PORTFOLIO [BASE_URL]
 * </pre>
 */
public final class CancelOrder {
  private CancelOrder() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CancelOrder ORDER_ID PORTFOLIO [BASE_URL]");
      System.exit(2);
    }
    IntxClient.Builder builder = IntxClient.builder(IntxCredentials.fromEnvironment());
    if (args.length > 2) {
      builder.baseUrl(args[2]);
    }
    IntxClient intx = builder.build();
    try {
      OrderResultV1 canceled = intx.orders().cancelOrder(args[0], args[1]).execute().body();
      ObjectMapper json = IntxJson.newObjectMapper();
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(canceled));
    } catch (IntxBadRequestException e) {
      // The reason is the server's text as sent: make it one inert line before printing it.
      System.err.println("INTX refused the cancel: " + ServerText.forDisplay(e.reason().orElse(e.getMessage())));
      e.error().flatMap(error -> error.code()).ifPresent(code -> System.err.println("reason code: " + ServerText.forDisplay(code)));
      System.exit(3);
    } catch (IntxException e) {
      System.err.println(e.getMessage());
      System.exit(4);
    }
  }
}
