package dev.tradekit.intx.simulator;

import java.util.regex.Pattern;

/**
 * The client order id formats INTX accepts: 18 ASCII characters, 20 alphanumeric or dash
 * characters, 31 lowercase hex digits without a leading zero, or a lowercase hyphenated UUID.
 */
final class ClientOrderIds {
  private static final Pattern ASCII_18 = Pattern.compile("[\\x00-\\x7F]{18}");
  private static final Pattern ALPHANUMERIC_20 = Pattern.compile("[A-Za-z0-9-]{20}");
  private static final Pattern HEX_31 = Pattern.compile("[1-9a-f][0-9a-f]{30}");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private ClientOrderIds() {}

  static boolean isValid(String id) {
    return ASCII_18.matcher(id).matches() || ALPHANUMERIC_20.matcher(id).matches() || HEX_31.matcher(id).matches()
        || UUID.matcher(id).matches();
  }

  static ApiError invalid() {
    return ApiError.orderRejected("INVALID_CLIENT_ORDER_ID",
        "client order id must be 18 ASCII characters, 20 alphanumeric or dash characters, 31 lowercase hex digits"
            + " without a leading 0, or a lowercase UUID");
  }

  /** The exact answer INTX gives a duplicate, as seen by ccxt. */
  static ApiError duplicate() {
    return ApiError.badRequest(
        "io.javalin.http.BadRequestResponse: Order rejected(DUPLICATE_CLIENT_ORDER_ID - duplicate client order id detected)");
  }
}
