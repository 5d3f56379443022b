package dev.tradekit.intx.client;

import okhttp3.HttpUrl;

/**
 * A URL as it may be shown in a log, {@code toString()} or an exception message: any
 * {@code user:password@} part is replaced by {@code ****@}. Stateless and thread-safe.
 */
final class DisplayUrl {
  private static final String MASK = "****";

  private DisplayUrl() {}

  static String of(HttpUrl url) {
    if (url.encodedUsername().isEmpty() && url.encodedPassword().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username(MASK).password("").build().toString();
  }

  /**
   * For text that did not parse as a URL: everything before the last {@code @} of the authority
   * (after {@code //}, or from the start when there is none, up to the first {@code /}, {@code ?}
   * or {@code #}) is masked, and the result is made one safe line ({@link ServerText}).
   */
  static String of(String text) {
    int slashes = text.indexOf("//");
    int start = slashes < 0 ? 0 : slashes + 2;
    int end = start;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    int at = text.lastIndexOf('@', end - 1);
    String masked = at < start ? text : text.substring(0, start) + MASK + text.substring(at);
    return ServerText.forDisplay(masked);
  }
}
