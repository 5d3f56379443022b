package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.IntxJson;

/** The simulator's one JSON mapper (thread-safe once configured), and copying through it. */
final class Json {
  /** The client's configuration; fields the simulator leaves unset are left out, never sent as null. */
  static final ObjectMapper MAPPER = IntxJson.newObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private Json() {}

  /** A deep copy, so no caller shares a mutable model with the simulator's state. */
  static <T> T copy(T value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }
}
