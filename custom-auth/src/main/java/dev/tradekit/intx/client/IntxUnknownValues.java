package dev.tradekit.intx.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text the exchange sent for enum values this client does not know yet.
 *
 * <p>A value added to the exchange after this client was built is read as the enum's {@code
 * UNKNOWN_DEFAULT_OPEN_API} constant, so that the call still succeeds. The text that was sent is
 * kept next to the model it was read into, for whoever logs or stores it:
 *
 * <pre>{@code
 * OrderResultV1 order = client.orders().getOrder(id, portfolio).execute().body();
 * if (order.getOrderStatus() == OrderStatus.UNKNOWN_DEFAULT_OPEN_API) {
 *   String sent = IntxUnknownValues.of(order).get("order_status"); // e.g. "PENDING_REVIEW"
 * }
 * }</pre>
 *
 * <p>A mapper from {@link IntxJson#newObjectMapper()} also writes a model back with the text it
 * was read with. This covers models read by the client or by such a mapper, nested models and
 * models in lists included; nothing is kept when every value is known. The text stays as long as
 * the model object does (it is held against that object, not copied with it).
 */
public final class IntxUnknownValues {
  private static final WeakIdentityMap<Map<String, String>> SENT = new WeakIdentityMap<>();

  private IntxUnknownValues() {}

  /**
   * The unknown enum values read into {@code model}, as the exchange sent them.
   *
   * @param model a model (or a list of enum values) read from a response
   * @return the text sent for each field whose value is unknown, keyed by the field's JSON name
   *     ({@code "order_status"}; for a list of enum values, the position, {@code "0"}); empty when
   *     every value was known
   */
  public static Map<String, String> of(Object model) {
    Objects.requireNonNull(model, "model");
    Map<String, String> sent = SENT.get(model);
    if (sent == null) {
      return Collections.emptyMap();
    }
    synchronized (sent) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(sent));
    }
  }

  static void remember(Object owner, String key, String text) {
    Map<String, String> sent = SENT.computeIfAbsent(owner, LinkedHashMap::new);
    synchronized (sent) {
      sent.put(key, text);
    }
  }

  /** The text remembered for {@code key} of {@code owner}, or null. */
  static String sent(Object owner, String key) {
    Map<String, String> sent = SENT.get(owner);
    if (sent == null) {
      return null;
    }
    synchronized (sent) {
      return sent.get(key);
    }
  }
}
