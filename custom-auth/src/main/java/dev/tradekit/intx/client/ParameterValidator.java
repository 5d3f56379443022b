package dev.tradekit.intx.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Wraps a generated API so that a call the exchange could only refuse fails with an exception that
 * names the problem, before any request exists: a required parameter missing (as the spec says),
 * a blank, over-long or malformed value, or an operation that needs an API key on a client built
 * without credentials. An optional parameter left {@code null} is simply not sent.
 */
final class ParameterValidator implements InvocationHandler {
  /** Longer values than this are refused: no INTX id comes close, and proxies cap URL length. */
  static final int MAX_LENGTH = 256;

  private final Object delegate;
  /** Retrofit's handler behind {@code delegate}: called directly, not through a reflective invoke. */
  private final InvocationHandler retrofit;
  private final boolean hasCredentials;
  private final Map<Method, Checks> checks = new ConcurrentHashMap<>();

  /** What to check on each call of one generated method. */
  private static final class Checks {
    final String operation;
    final boolean signed;
    /** Per argument: its name in the spec, or null when it is not a path, query or body parameter. */
    final String[] names;
    final boolean[] required;
    final boolean[] pathSegment;

    Checks(String operation, boolean signed, int arguments) {
      this.operation = operation;
      this.signed = signed;
      this.names = new String[arguments];
      this.required = new boolean[arguments];
      this.pathSegment = new boolean[arguments];
    }
  }

  private ParameterValidator(Object delegate, boolean hasCredentials) {
    this.delegate = delegate;
    this.retrofit = Proxy.getInvocationHandler(delegate);
    this.hasCredentials = hasCredentials;
  }

  /** @param delegate Retrofit's implementation of {@code api} (a proxy) */
  static <T> T wrap(Class<T> api, T delegate, boolean hasCredentials) {
    return api.cast(
        Proxy.newProxyInstance(
            api.getClassLoader(), new Class<?>[] {api}, new ParameterValidator(delegate, hasCredentials)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      // Retrofit's proxy would compare its own handler with this proxy: never equal, not even to itself.
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return method.invoke(delegate, args);
      }
    }
    Checks c = checks.get(method);
    if (c == null) {
      c = checks.computeIfAbsent(method, ParameterValidator::checksOf);
    }
    if (c.signed && !hasCredentials) {
      throw new IllegalStateException(
          c.operation + " needs an API key, and this client was built without credentials (IntxClient.builder(credentials))");
    }
    for (int i = 0; i < c.names.length; i++) {
      if (c.names[i] != null) {
        check(c.names[i], args[i], c.required[i], c.pathSegment[i]);
      }
    }
    return retrofit.invoke(delegate, method, args);
  }

  private static Checks checksOf(Method method) {
    String[] httpMethodAndPath = httpMethodAndPath(method);
    String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Operations.Operation spec = Operations.find(httpMethodAndPath[0], httpMethodAndPath[1]);
    if (spec == null) {
      throw new IllegalStateException(
          operation + " (" + httpMethodAndPath[0] + " " + httpMethodAndPath[1] + ") is not in the operation table: "
              + "intx-generated-client is not the one this client was built with");
    }
    Annotation[][] annotations = method.getParameterAnnotations();
    Checks checks = new Checks(operation, spec.signed, annotations.length);
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          checks.names[i] = ((Path) annotation).value();
          checks.required[i] = true;
          checks.pathSegment[i] = true;
        } else if (annotation instanceof Query) {
          checks.names[i] = ((Query) annotation).value();
          checks.required[i] = spec.required.contains(checks.names[i]);
        } else if (annotation instanceof Body) {
          checks.names[i] = "request body";
          checks.required[i] = true;
        }
      }
    }
    return checks;
  }

  private static String[] httpMethodAndPath(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation instanceof GET) {
        return new String[] {"GET", ((GET) annotation).value()};
      } else if (annotation instanceof POST) {
        return new String[] {"POST", ((POST) annotation).value()};
      } else if (annotation instanceof PUT) {
        return new String[] {"PUT", ((PUT) annotation).value()};
      } else if (annotation instanceof DELETE) {
        return new String[] {"DELETE", ((DELETE) annotation).value()};
      } else if (annotation instanceof PATCH) {
        return new String[] {"PATCH", ((PATCH) annotation).value()};
      }
    }
    throw new IllegalStateException(method + " has no HTTP method annotation");
  }

  static void check(String name, Object value, boolean required, boolean pathSegment) {
    if (value == null) {
      if (required) {
        throw new IllegalArgumentException(name + " is required");
      }
      return;
    }
    if (!(value instanceof CharSequence)) {
      return;
    }
    String text = value.toString();
    if (isBlank(text)) {
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

  /** Blank also when made only of no-break or zero-width spaces and other invisible format characters. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }
}
