package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One authenticated request as an endpoint sees it: path and query parameters, JSON body, time. */
final class Call {
  final Map<String, String> path;
  final QueryString query;
  final OffsetDateTime now;
  private final byte[] body;

  Call(Map<String, String> path, QueryString query, byte[] body, OffsetDateTime now) {
    this.path = path;
    this.query = query;
    this.body = body;
    this.now = now;
  }

  /** The path parameter {@code name} (the route guarantees it is there). */
  String path(String name) {
    return path.get(name);
  }

  /** The query parameter, or null. */
  String query(String name) {
    String value = query.first(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The query parameter as a time, or null; a malformed one is a 400. */
  OffsetDateTime queryTime(String name) {
    String value = query(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("invalid " + name + ": " + value);
    }
  }

  /** The JSON body; a missing or malformed body is a 400. */
  JsonNode json() {
    if (body.length == 0) {
      throw ApiError.badRequest("request body is required");
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiError.badRequest("request body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw ApiError.badRequest("request body is not valid JSON");
    }
  }

  /** A text field of the JSON body, or null when absent, null or empty. */
  static String text(JsonNode body, String field) {
    JsonNode node = body.path(field);
    if (node instanceof MissingNode || node.isNull()) {
      return null;
    }
    String text = node.asText();
    return text.isEmpty() ? null : text;
  }

  /** A text field of the JSON body that must be there. */
  static String requiredText(JsonNode body, String field) {
    String text = text(body, field);
    if (text == null) {
      throw ApiError.required(field);
    }
    return text;
  }
}
