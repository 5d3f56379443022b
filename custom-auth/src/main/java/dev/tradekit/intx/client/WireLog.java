package dev.tradekit.intx.client;

import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.Headers;
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
 * at DEBUG; with that logger off, nothing is formatted. The {@link AttemptInterceptor} calls it.
 */
final class WireLog {
  private static final Logger WIRE = LoggerFactory.getLogger("dev.tradekit.intx.wire");

  private final IntxCredentials credentials;
  private final Consumer<String> consumer;

  /**
   * @param credentials whose key is shown shortened; null for a client without credentials
   * @param consumer where the lines go; null for the SLF4J logger
   */
  WireLog(IntxCredentials credentials, Consumer<String> consumer) {
    this.credentials = credentials;
    this.consumer = consumer;
  }

  /** {@return where lines go now, or null when the wire log is off} */
  Consumer<String> lines() {
    if (consumer != null) {
      return consumer;
    }
    return WIRE.isDebugEnabled() ? WIRE::debug : null;
  }

  void request(Consumer<String> lines, Request request) {
    lines.accept("> " + request.method() + " " + DisplayUrl.of(request.url()));
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      lines.accept("> " + headers.name(i) + ": " + ServerText.forDisplay(redact(headers.name(i), headers.value(i))));
    }
  }

  void response(Consumer<String> lines, Response response, long startedNanos) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    lines.accept("< " + response.code() + " " + ServerText.forDisplay(response.message()) + " (" + millis + " ms)");
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
