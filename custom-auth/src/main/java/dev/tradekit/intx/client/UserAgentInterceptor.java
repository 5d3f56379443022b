package dev.tradekit.intx.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets {@code User-Agent: intx-java-client/VERSION (Java N)} unless the request has its own. */
final class UserAgentInterceptor implements Interceptor {
  static final String VERSION = readVersion();
  static final String USER_AGENT =
      "intx-java-client/" + VERSION + " (Java " + Runtime.version().feature() + ")";

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("User-Agent") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build());
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("intx-client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
