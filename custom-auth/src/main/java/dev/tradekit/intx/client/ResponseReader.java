package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns an HTTP response into the typed result, or into the matching {@link IntxException}. */
final class ResponseReader<T> {
  /** A success body larger than this is refused rather than buffered. */
  static final long MAX_SUCCESS_BYTES = 8L * 1024 * 1024;

  private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "X-Amzn-RequestId", "CF-Ray"};

  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final Clock clock;

  ResponseReader(ObjectMapper mapper, Type responseType, Clock clock) {
    this.mapper = mapper;
    // Exactly one JSON value: "{...} garbage" or two concatenated objects are malformed, not the
    // first object. (An empty object stays legal: the spec marks no response field required.)
    this.reader =
        mapper.readerFor(mapper.constructType(responseType)).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.clock = clock;
  }

  /** Reads and closes the response. */
  T read(Response response) throws IOException {
    try (ResponseBody body = response.body()) {
      if (!response.isSuccessful()) {
        throw toHttpException(response, ResponseBodySnapshot.capped(response));
      }
      ResponseBodySnapshot snapshot = ResponseBodySnapshot.read(response, MAX_SUCCESS_BYTES);
      if (snapshot.truncated()) {
        throw new IntxMalformedResponseException(
            response.code(), cap(snapshot), new IOException("body larger than " + MAX_SUCCESS_BYTES + " bytes"));
      }
      if (snapshot.isEmpty()) {
        throw new IntxMalformedResponseException(response.code(), snapshot, null);
      }
      T value;
      try {
        value = reader.readValue(snapshot.bytes());
      } catch (IOException e) {
        throw new IntxMalformedResponseException(response.code(), cap(snapshot), e);
      }
      if (value == null) {
        throw new IntxMalformedResponseException(
            response.code(), cap(snapshot), new IOException("JSON null where a result was expected"));
      }
      return value;
    }
  }

  private static ResponseBodySnapshot cap(ResponseBodySnapshot snapshot) {
    byte[] bytes = snapshot.bytes();
    if (bytes.length <= ResponseBodySnapshot.MAX_BYTES) {
      return snapshot;
    }
    return new ResponseBodySnapshot(
        java.util.Arrays.copyOf(bytes, ResponseBodySnapshot.MAX_BYTES), true, null);
  }

  IntxHttpException toHttpException(Response response, ResponseBodySnapshot body) {
    int status = response.code();
    IntxError error = IntxError.parse(mapper, body.bytes()).orElse(null);
    String requestId = requestId(response);
    if (status == 400) {
      return new IntxBadRequestException(status, body, error, requestId);
    }
    if (status == 401 || status == 403) {
      return new IntxAuthenticationException(status, body, error, requestId);
    }
    if (status == 404) {
      return new IntxNotFoundException(status, body, error, requestId);
    }
    if (status == 429) {
      return new IntxRateLimitException(status, body, error, requestId, RetryAfter.parse(response.header("Retry-After"), clock));
    }
    if (status >= 500) {
      return new IntxServerException(status, body, error, requestId);
    }
    return new IntxHttpException(status, body, error, requestId);
  }

  private static String requestId(Response response) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = response.header(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
