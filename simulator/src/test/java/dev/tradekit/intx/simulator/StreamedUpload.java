package dev.tradekit.intx.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request whose body is streamed from a reused 64 KiB buffer over a raw loopback socket, so a
 * 400 MB upload allocates nothing on the client side. Records how much got sent before the server
 * answered or hung up, and how long the answer took.
 */
final class StreamedUpload {
  static final int CHUNK = 64 * 1024;
  /** The status when the server hung up and the reset reached the client before the answer did. */
  static final String RESET = "(connection reset)";
  /** The status when the server closed the connection before any answer reached the client. */
  static final String CLOSED = "(connection closed)";

  final String statusLine;
  final long bytesSent;
  final long millisToAnswer;

  private StreamedUpload(String statusLine, long bytesSent, long millisToAnswer) {
    this.statusLine = statusLine;
    this.bytesSent = bytesSent;
    this.millisToAnswer = millisToAnswer;
  }

  /**
   * Sends {@code head} (request line and headers, ending with the blank line) and then up to
   * {@code bodyBytes} bytes (chunked encoding when {@code chunked}), reading the answer's status line.
   */
  static StreamedUpload send(int port, String head, long bodyBytes, boolean chunked) throws Exception {
    AtomicLong sent = new AtomicLong();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();
      Thread writer = new Thread(() -> stream(out, bodyBytes, chunked, sent), "upload-writer");
      writer.setDaemon(true);
      writer.start();
      String status;
      try {
        status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (status == null) {
          status = CLOSED;
        }
      } catch (SocketTimeoutException e) {
        status = "(no answer in 15 s)";
      } catch (java.net.SocketException e) {
        status = RESET;
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      socket.close();
      writer.join(10_000);
      return new StreamedUpload(status, sent.get(), millis);
    }
  }

  private static void stream(OutputStream out, long bodyBytes, boolean chunked, AtomicLong sent) {
    byte[] chunk = new byte[CHUNK];
    java.util.Arrays.fill(chunk, (byte) 'x');
    byte[] chunkHeader = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    try {
      while (sent.get() < bodyBytes) {
        if (chunked) {
          out.write(chunkHeader);
        }
        out.write(chunk);
        if (chunked) {
          out.write(crlf);
        }
        sent.addAndGet(CHUNK);
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException hungUp) {
      // The server closed the connection: exactly what a refused upload should see.
    }
  }
}
