package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The Jackson configuration the client reads INTX responses with. */
public final class IntxJson {
  private IntxJson() {}

  /**
   * A mapper that tolerates what a live exchange sends: unknown fields are ignored, unknown enum
   * values become {@code UNKNOWN_DEFAULT_OPEN_API} with the text that was sent kept beside them
   * ({@link IntxUnknownValues}; this mapper writes them back as that text), numbers arriving in
   * string fields are kept as their exact text, and timestamps keep the offset they were sent with.
   *
   * @return a new mapper, configured as the client's own
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new UnknownEnumModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
