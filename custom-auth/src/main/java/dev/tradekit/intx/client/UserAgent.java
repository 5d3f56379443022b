package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Request;

/** {@code User-Agent: intx-java-client/VERSION (Java N)}, set on a request unless it has its own. */
final class UserAgent {
  static final String VERSION = readVersion();
  static final String USER_AGENT =
      "intx-java-client/" + VERSION + " (Java " + Runtime.version().feature() + ")";

  private UserAgent() {}

  /** Sets ours on {@code copy}, a builder of {@code request}, unless {@code request} names one. */
  static Request.Builder addTo(Request request, Request.Builder copy) {
    return request.header("User-Agent") != null ? copy : copy.header("User-Agent", USER_AGENT);
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("intx-client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
