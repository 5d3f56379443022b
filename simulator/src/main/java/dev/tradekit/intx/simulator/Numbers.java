package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets a model's JSON number fields by their JSON names. The generator may map a spec
 * {@code number} to {@code Double} or {@code BigDecimal}; going through Jackson keeps the simulator
 * independent of that choice.
 */
final class Numbers {
  private Numbers() {}

  /** {@code model} with each pair of (JSON field name, number) set; returns the same instance. */
  static <T> T set(T model, Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      values.put((String) namesAndValues[i], value instanceof Double ? BigDecimal.valueOf((Double) value) : value);
    }
    try {
      return Json.MAPPER.updateValue(model, values);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("cannot set " + values.keySet() + " on " + model.getClass().getSimpleName(), e);
    }
  }
}
