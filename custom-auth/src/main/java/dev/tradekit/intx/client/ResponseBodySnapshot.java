package dev.tradekit.intx.client;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** The start of a response body, capped, kept for exceptions and error parsing. */
final class ResponseBodySnapshot {
  /** Raw bodies kept in exceptions are cut at this many bytes. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Pattern HTML_TITLE =
      Pattern.compile("<title[^>]*>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);
  private static final int MAX_TEXT_REASON = 200;

  private final byte[] bytes;
  private final boolean truncated;
  /** The Content-Type header, parsed only to describe an error: parsing is a regex match. */
  private final String contentType;

  ResponseBodySnapshot(byte[] bytes, boolean truncated, String contentType) {
    this.bytes = bytes;
    this.truncated = truncated;
    this.contentType = contentType;
  }

  /** Reads at most {@code limit} bytes; the rest of the body is left unread and discarded. */
  static ResponseBodySnapshot read(Response response, long limit) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new ResponseBodySnapshot(new byte[0], false, null);
    }
    BufferedSource source = body.source();
    boolean truncated = source.request(limit + 1);
    Buffer buffer = source.getBuffer();
    byte[] bytes = buffer.readByteArray(Math.min(limit, buffer.size()));
    return new ResponseBodySnapshot(bytes, truncated, response.header("Content-Type"));
  }

  static ResponseBodySnapshot capped(Response response) throws IOException {
    return read(response, MAX_BYTES);
  }

  byte[] bytes() {
    return bytes;
  }

  boolean truncated() {
    return truncated;
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  private MediaType mediaType() {
    return contentType == null ? null : MediaType.parse(contentType);
  }

  String text() {
    return decode(mediaType());
  }

  private String decode(MediaType mediaType) {
    Charset charset = mediaType == null ? null : mediaType.charset();
    return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
  }

  private static boolean looksLikeHtml(String text, MediaType mediaType) {
    String start = text.stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || (mediaType != null && "html".equals(mediaType.subtype()));
  }

  /**
   * A short, human description for exception messages: the title of an HTML page, the first line
   * of a short plain-text body, or just the kind and size of the body. Text from the body is
   * passed through {@link ServerText#forDisplay(String)}.
   */
  String describe() {
    if (isEmpty()) {
      return "empty body";
    }
    String size = bytes.length + (truncated ? "+" : "") + " bytes";
    MediaType mediaType = mediaType();
    String decoded = decode(mediaType);
    if (looksLikeHtml(decoded, mediaType)) {
      Matcher title = HTML_TITLE.matcher(decoded);
      return title.find() ? "HTML page \"" + ServerText.forDisplay(title.group(1).trim()) + "\" (" + size + ")" : "HTML body (" + size + ")";
    }
    String text = decoded.strip();
    boolean json = text.startsWith("{") || text.startsWith("[");
    if (!json) {
      String firstLine = text.lines().findFirst().orElse("");
      if (!firstLine.isEmpty() && firstLine.length() <= MAX_TEXT_REASON && firstLine.chars().noneMatch(Character::isISOControl)) {
        return ServerText.forDisplay(firstLine);
      }
      return "plain-text body (" + size + ")";
    }
    return "JSON body that is not an INTX error (" + size + ")";
  }
}
