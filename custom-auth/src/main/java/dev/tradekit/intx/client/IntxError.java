package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INTX error body. The exchange has been seen to send {@code {"title", "status"}}, its docs
 * show {@code {"message"}} and the official SDK models {@code error}: all three are read here.
 * A title like {@code io.javalin.http.BadRequestResponse: Order rejected(DUPLICATE_CLIENT_ORDER_ID
 * - duplicate client order id detected)} yields the reason without the server's class name and
 * the reason code {@code DUPLICATE_CLIENT_ORDER_ID} as its own field.
 */
public final class IntxError {
  private static final Pattern SERVER_CLASS_PREFIX = Pattern.compile("^[a-z][\\w$]*(\\.[\\w$]+)+:\\s*");
  private static final Pattern CODE_AND_DESCRIPTION = Pattern.compile("\\(([A-Z][A-Z0-9_]{2,}) - ([^)]*)\\)");
  private static final Pattern BARE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{2,}$");

  private final String title;
  private final Integer status;
  private final String message;
  private final String error;
  private final String reason;
  private final String code;
  private final String codeDescription;

  private IntxError(String title, Integer status, String message, String error) {
    this.title = title;
    this.status = status;
    this.message = message;
    this.error = error;
    String raw = firstPresent(title, message, error);
    this.reason = raw == null ? null : SERVER_CLASS_PREFIX.matcher(raw).replaceFirst("");
    Matcher matcher = reason == null ? null : CODE_AND_DESCRIPTION.matcher(reason);
    if (matcher != null && matcher.find()) {
      this.code = matcher.group(1);
      this.codeDescription = matcher.group(2).trim();
    } else {
      this.code = reason != null && BARE_CODE.matcher(reason).matches() ? reason : null;
      this.codeDescription = null;
    }
  }

  /** Parses a body in any of the known shapes; empty when it is not a JSON object holding one. */
  static Optional<IntxError> parse(ObjectMapper mapper, byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    String title = text(node.get("title"));
    String message = text(node.get("message"));
    String error = text(node.get("error"));
    JsonNode status = node.get("status");
    Integer statusValue = status != null && status.canConvertToInt() && status.isNumber() ? status.intValue() : null;
    if (title == null && message == null && error == null) {
      return Optional.empty();
    }
    return Optional.of(new IntxError(title, statusValue, message, error));
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String value = node.isValueNode() ? node.asText() : node.toString();
    return value.isBlank() ? null : value.trim();
  }

  private static String firstPresent(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** {@return the reason to show a person: title, message or error, without a server class prefix} */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** {@return the exchange's reason code, e.g. {@code DUPLICATE_CLIENT_ORDER_ID}, when it gave one} */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return the text after the code, e.g. {@code duplicate client order id detected}} */
  public Optional<String> codeDescription() {
    return Optional.ofNullable(codeDescription);
  }

  /** {@return the body's {@code title} field, as sent} */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@return the body's {@code status} field, as sent} */
  public Optional<Integer> status() {
    return Optional.ofNullable(status);
  }

  /** {@return the body's {@code message} field, as sent} */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** {@return the body's {@code error} field, as sent} */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "IntxError{reason=" + ServerText.forDisplay(reason) + (code == null ? "" : ", code=" + ServerText.forDisplay(code)) + "}";
  }
}
