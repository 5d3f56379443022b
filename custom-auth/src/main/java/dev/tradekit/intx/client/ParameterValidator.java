package dev.tradekit.intx.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Wraps a generated API so that bad path and query arguments fail with an
 * {@link IllegalArgumentException} naming the parameter, before any request exists.
 *
 * <p>Every path and query parameter is treated as required: Retrofit silently drops a null query
 * parameter, which for {@code portfolio} would send a request the exchange can only refuse. All
 * parameters of the operations in the current spec are required.
 */
final class ParameterValidator implements InvocationHandler {
  /** Longer ids than this are refused: no INTX id comes close, and proxies cap URL length. */
  static final int MAX_LENGTH = 256;

  private final Object delegate;
  private final Map<Method, Parameter[]> parameters = new ConcurrentHashMap<>();

  /** A {@code @Path} or {@code @Query} parameter of a generated method. */
  private static final class Parameter {
    final String name;
    final boolean pathSegment;

    Parameter(String name, boolean pathSegment) {
      this.name = name;
      this.pathSegment = pathSegment;
    }
  }

  private ParameterValidator(Object delegate) {
    this.delegate = delegate;
  }

  static <T> T wrap(Class<T> api, T delegate) {
    return api.cast(
        Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, new ParameterValidator(delegate)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(delegate, args);
    }
    Parameter[] checked = parameters.computeIfAbsent(method, ParameterValidator::parametersOf);
    for (int i = 0; i < checked.length; i++) {
      if (checked[i] != null) {
        check(checked[i].name, args[i], checked[i].pathSegment);
      }
    }
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Each {@code @Path} or {@code @Query} parameter, null for the others. */
  private static Parameter[] parametersOf(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    Parameter[] result = new Parameter[annotations.length];
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          result[i] = new Parameter(((Path) annotation).value(), true);
        } else if (annotation instanceof Query) {
          result[i] = new Parameter(((Query) annotation).value(), false);
        }
      }
    }
    return result;
  }

  static void check(String name, Object value, boolean pathSegment) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    String text = value.toString();
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty or blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(name + " must not contain control characters");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(name + " is not valid Unicode (unpaired surrogate)");
        }
        i++;
      }
    }
    if (pathSegment && (text.equals(".") || text.equals(".."))) {
      throw new IllegalArgumentException(name + " must not be '.' or '..'");
    }
  }
}
