package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * Checks an exchange recorded by MockWebServer against the assembled spec the client was generated
 * from ({@value #SPEC}, on the classpath from intx-generated-client): the request the client sent
 * (method, path, query, headers including the security scheme, body) and the response the test
 * served (status, content type, body against the response schema).
 *
 * <p>Every validator message counts as an error unless it is listed in {@link #LEVELS} with its
 * reason. Secret header values never reach the failure message.
 */
final class SpecContract {
  static final String SPEC = "/dev/tradekit/intx/generated/intx-openapi.yaml";

  /**
   * Every message is an error by default; a key is relaxed here only with a reason. That includes
   * validation.schema.additionalProperties: a body may carry only the properties its schema
   * declares, so a misspelt field in a test body or a request fails instead of passing unchecked.
   */
  private static final LevelResolver LEVELS =
      LevelResolver.create()
          .withDefaultLevel(ValidationReport.Level.ERROR)
          .build();

  private static final class Holder {
    static final OpenApiInteractionValidator VALIDATOR =
        OpenApiInteractionValidator.createForInlineApiSpecification(readSpec())
            .withLevelResolver(LEVELS)
            // Merge allOf (Pagination_v1 extends PaginationBase_v1) into one schema: the strict
            // additionalProperties check would otherwise reject the base's properties.
            .withResolveCombinators(true)
            .build();
  }

  private SpecContract() {}

  /** Fails the test with the validator's messages unless request and response conform to the spec. */
  static void assertConforms(RecordedRequest request, MockResponse response) {
    ValidationReport report = validate(request, response);
    if (report.hasErrors()) {
      fail(request.getMethod() + " " + request.getPath() + " does not conform to the spec:\n" + describe(report));
    }
  }

  /** Fails the test unless the validator reports a message with {@code key} (at error level) for this exchange. */
  static void assertViolates(RecordedRequest request, MockResponse response, String key) {
    ValidationReport report = validate(request, response);
    boolean found =
        report.getMessages().stream()
            .anyMatch(m -> m.getKey().equals(key) && m.getLevel() == ValidationReport.Level.ERROR);
    if (!found) {
      fail("expected " + key + " for " + request.getMethod() + " " + request.getPath() + ", got:\n" + describe(report));
    }
  }

  static ValidationReport validate(RecordedRequest request, MockResponse response) {
    return Holder.VALIDATOR.validate(toRequest(request), toResponse(response));
  }

  private static SimpleRequest toRequest(RecordedRequest recorded) {
    HttpUrl url = recorded.getRequestUrl();
    SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.getMethod(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    Headers headers = recorded.getHeaders();
    for (String name : headers.names()) {
      request.withHeader(name, headers.values(name));
    }
    if (recorded.getBodySize() > 0) {
      request.withBody(recorded.getBody().clone().readByteArray());
    }
    return request.build();
  }

  private static SimpleResponse toResponse(MockResponse served) {
    int status = Integer.parseInt(served.getStatus().split(" ")[1]);
    SimpleResponse.Builder response = new SimpleResponse.Builder(status);
    Headers headers = served.getHeaders();
    for (String name : headers.names()) {
      response.withHeader(name, headers.values(name));
    }
    Buffer body = served.getBody();
    if (body != null && body.size() > 0) {
      response.withBody(body.readByteArray());
    }
    return response.build();
  }

  /** One line per message: level, key and text, with the test credentials' secrets masked. */
  static String describe(ValidationReport report) {
    List<String> lines =
        report.getMessages().stream()
            .map(m -> "  " + m.getLevel() + " " + m.getKey() + ": " + m.getMessage())
            .collect(Collectors.toList());
    String text = String.join("\n", lines);
    IntxCredentials credentials = SigningVectors.credentials();
    return text.replace(credentials.passphrase(), "****").replace(SigningVectors.SECRET, "****");
  }

  private static String readSpec() {
    try (InputStream in = SpecContract.class.getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IllegalStateException(SPEC + " is not on the test classpath (intx-generated-client)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
