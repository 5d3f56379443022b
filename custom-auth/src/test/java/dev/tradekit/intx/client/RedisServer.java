package dev.tradekit.intx.client;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A redis-server of a test's own on a free loopback port, saving nothing. Skips the test, saying
 * so, when no redis-server is on PATH ({@code .ci/run} installs one).
 */
final class RedisServer implements AutoCloseable {
  private final String binary;
  private final int port;
  private Process process;

  RedisServer() throws IOException {
    this.binary = onPath("redis-server");
    Assumptions.assumeTrue(binary != null,
        "SKIPPED: no redis-server on PATH; install it (apt-get install -y redis-server) to run the Redis tests");
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
    start();
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  void start() throws IOException {
    process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    for (int i = 0; i < 200; i++) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new IOException("redis-server did not start on port " + port);
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static String onPath(String name) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
