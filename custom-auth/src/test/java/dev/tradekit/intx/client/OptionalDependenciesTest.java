package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** A user without Lettuce or Hazelcast (optional dependencies) gets a client that works, local limit included. */
class OptionalDependenciesTest extends MockExchange {
  private static final Pattern OPTIONAL = Pattern.compile(".*(lettuce|hazelcast|netty|reactor|redis-authx).*");

  @Test
  void theDefaultClientNeedsNeitherRedisNorHazelcast() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!OPTIONAL.matcher(Path.of(entry).getFileName().toString()).matches()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    server.enqueue(new MockResponse().setBody("[]"));
    try (URLClassLoader withoutThem = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> withoutThem.loadClass("io.lettuce.core.RedisClient"));
      assertThrows(ClassNotFoundException.class, () -> withoutThem.loadClass("com.hazelcast.core.HazelcastInstance"));

      Object status = withoutThem.loadClass(DefaultClientCall.class.getName()).getMethod("call", String.class)
          .invoke(null, server.url("/").toString());

      assertEquals(200, status);
    }
  }

  /** Loaded by the class loader without the optional jars: one call with the default client. */
  public static final class DefaultClientCall {
    public static int call(String baseUrl) throws Exception {
      return IntxClient.builder().baseUrl(baseUrl).cancelReserve(4).build().assets().getAssets().execute().code();
    }
  }
}
