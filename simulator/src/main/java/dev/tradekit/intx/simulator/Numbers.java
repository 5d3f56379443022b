package dev.tradekit.intx.simulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;

/**
 * Sets a model's number fields by their JSON names. The generator may map a spec {@code number}
 * to {@code Double} or {@code BigDecimal}; setting through the fluent setter of whichever type it
 * chose keeps the simulator independent of that choice (and, unlike a Jackson round trip, costs
 * nothing on a cold JVM).
 */
final class Numbers {
  private Numbers() {}

  /** {@code model} with each pair of (JSON field name, number) set; returns the same instance. */
  static <T> T set(T model, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String property = camelCase((String) namesAndValues[i]);
      BigDecimal value = new BigDecimal(namesAndValues[i + 1].toString());
      invoke(model, property, value);
    }
    return model;
  }

  private static void invoke(Object model, String property, BigDecimal value) {
    for (Method method : model.getClass().getMethods()) {
      if (method.getName().equals(property) && method.getParameterCount() == 1) {
        Class<?> type = method.getParameterTypes()[0];
        Object argument = type == BigDecimal.class ? value
            : type == Double.class ? (Object) value.doubleValue()
            : type == Integer.class ? (Object) value.intValueExact()
            : null;
        if (argument == null) {
          continue;
        }
        try {
          method.invoke(model, argument);
          return;
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot call " + method, e);
        }
      }
    }
    throw new IllegalArgumentException(model.getClass().getSimpleName() + " has no number setter " + property);
  }

  private static String camelCase(String jsonName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : jsonName.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
