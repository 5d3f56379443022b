package dev.tradekit.intx.client;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Describes each request as it goes on the wire, after signing, and the status that came back,
 * with the passphrase and signature masked, the API key shortened to its last four characters and
 * a URL's {@code user:password@} masked. What the server sent (the reason phrase) is shown as one
 * line with control and bidi characters escaped ({@link ServerText}).
 * Lines go to a consumer, or when there is none to the SLF4J logger {@code dev.tradekit.intx.wire}
 * at DEBUG; with that logger off, requests pass through untouched and nothing is formatted.
 */
final class WireLogInterceptor implements Interceptor {
  private static final Logger WIRE = LoggerFactory.getLogger("dev.tradekit.intx.wire");

  private final IntxCredentials credentials;
  private final Consumer<String> consumer;

  /**
   * @param credentials whose key is shown shortened; null for a client without credentials
   * @param consumer where the lines go; null for the SLF4J logger
   */
  WireLogInterceptor(IntxCredentials credentials, Consumer<String> consumer) {
    this.credentials = credentials;
    this.consumer = consumer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (consumer == null && !WIRE.isDebugEnabled()) {
      return chain.proceed(request);
    }
    Consumer<String> lines = consumer != null ? consumer : WIRE::debug;
    lines.accept("> " + request.method() + " " + DisplayUrl.of(request.url()));
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      lines.accept("> " + headers.name(i) + ": " + ServerText.forDisplay(redact(headers.name(i), headers.value(i))));
    }
    long started = System.nanoTime();
    Response response = chain.proceed(request);
    long millis = (System.nanoTime() - started) / 1_000_000;
    lines.accept("< " + response.code() + " " + ServerText.forDisplay(response.message()) + " (" + millis + " ms)");
    return response;
  }

  private String redact(String name, String value) {
    switch (name.toUpperCase(Locale.ROOT)) {
      case SigningInterceptor.KEY:
        return credentials != null ? credentials.maskedApiKey() : "****";
      case SigningInterceptor.PASSPHRASE:
      case SigningInterceptor.SIGN:
      case "AUTHORIZATION":
      case "COOKIE":
        return "****";
      default:
        return value;
    }
  }
}
