package dev.tradekit.intx.simulator;

import dev.tradekit.intx.client.IntxUnknownValues;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Deep copies of generated models, so no caller shares a mutable model with the simulator's
 * state. A model whose fields all hold immutable values (strings, numbers, booleans, UUIDs, times,
 * enums) is copied field by field; any other (a nested model, a list, or one holding the text of
 * an unknown enum value) through Jackson. Field by field is what keeps start-up short: Jackson's
 * first copy of a type builds a deserializer for it, a few hundred milliseconds for the demo's
 * types on a cold JVM.
 */
final class Copies {
  private static final Set<Class<?>> IMMUTABLE =
      Set.of(String.class, Boolean.class, Integer.class, Long.class, Double.class, BigDecimal.class, UUID.class, OffsetDateTime.class);

  /** The instance fields of a model that holds immutable values only; empty for any other. */
  private static final ClassValue<Optional<List<Field>>> VALUE_FIELDS = new ClassValue<>() {
    @Override
    protected Optional<List<Field>> computeValue(Class<?> type) {
      List<Field> fields = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (!field.getType().isEnum() && !IMMUTABLE.contains(field.getType())) {
          return Optional.empty();
        }
        field.setAccessible(true);
        fields.add(field);
      }
      return Optional.of(List.copyOf(fields));
    }
  };

  private Copies() {}

  static <T> T of(T value, Class<T> type) {
    Optional<List<Field>> fields = VALUE_FIELDS.get(type);
    // The text of an unknown enum value is held against the object itself; Jackson carries it over.
    if (fields.isEmpty() || value.getClass() != type || !IntxUnknownValues.of(value).isEmpty()) {
      return Json.copy(value, type);
    }
    try {
      T copy = type.getDeclaredConstructor().newInstance();
      for (Field field : fields.get()) {
        field.set(copy, field.get(value));
      }
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy a " + type.getSimpleName(), e);
    }
  }
}
