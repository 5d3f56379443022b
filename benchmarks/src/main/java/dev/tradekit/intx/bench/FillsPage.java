package dev.tradekit.intx.bench;

import java.nio.charset.StandardCharsets;

/**
 * Pages of a portfolio's fills for the loopback server, made up on request: {@code result_limit}
 * fills (any number, past the exchange's 100, for large bodies) from {@code result_offset}, out of a
 * history of a given size. Each fill is about 810 bytes of JSON and has its own ids: 1,400 fills make
 * a page of 1.1 MB.
 */
final class FillsPage {
  /** Fills in the history unless a benchmark says otherwise. */
  static final int HISTORY = 10_000;

  private static final String FILL =
      "{\"portfolio_id\":\"5189861793641175\",\"portfolio_uuid\":\"b80ec69b-1229-4bcf-a6a8-c506ffd74c20\","
          + "\"portfolio_name\":\"bench\",\"fill_id\":\"%1$d\",\"exec_id\":\"%2$d\",\"order_id\":\"%3$d\","
          + "\"instrument_id\":\"2562519737567269\",\"instrument_uuid\":\"359f66d8-4235-47c3-9733-0fbfe2cfaa0a\","
          + "\"symbol\":\"BTC-PERP\",\"match_id\":\"%4$d\",\"fill_price\":\"20215.53\",\"fill_qty\":\"0.0125\","
          + "\"client_id\":\"1724343681801273\",\"client_order_id\":\"bench-%1$d\",\"order_qty\":\"1.5423\","
          + "\"limit_price\":\"20215.53\",\"total_filled\":\"0.0125\",\"filled_vwap\":\"20215.53\","
          + "\"expire_time\":\"2023-03-16T23:59:53.000Z\",\"stop_price\":\"20015.53\",\"side\":\"BUY\",\"tif\":\"GTC\","
          + "\"stp_mode\":\"AGGRESSING\",\"flags\":\"\",\"fee\":\"0.0125\",\"fee_asset\":\"USDC\",\"order_status\":\"DONE\","
          + "\"event_time\":\"2023-03-16T23:59:53.000Z\",\"source\":\"CLOB\"}";

  private FillsPage() {}

  /** One page as the exchange would send it, for a request's raw query. */
  static byte[] json(String rawQuery, int history) {
    int limit = intParameter(rawQuery, "result_limit", 100);
    int offset = intParameter(rawQuery, "result_offset", 0);
    int end = Math.min(history, offset + limit);
    StringBuilder page = new StringBuilder(64 + Math.max(0, end - offset) * 760);
    page.append("{\"pagination\":{\"result_limit\":").append(limit).append(",\"result_offset\":").append(offset)
        .append("},\"results\":[");
    for (int i = offset; i < end; i++) {
      if (i > offset) {
        page.append(',');
      }
      long id = 1_000_000_000_000_000L + i;
      page.append(String.format(FILL, id, id + 1, id + 2, id + 3));
    }
    return page.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int intParameter(String rawQuery, String name, int otherwise) {
    if (rawQuery == null) {
      return otherwise;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Integer.parseInt(pair.substring(name.length() + 1));
      }
    }
    return otherwise;
  }
}
