package dev.tradekit.intx.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Starts each retry of a call one address further down the host's list for every earlier attempt
 * that failed before sending, so a dead first address does not fail every attempt. OkHttp falls
 * back to the next address within a call only with {@code retryOnConnectionFailure}, which also
 * resends requests that may have reached the server, so the client turns it off and the retry
 * policy's attempts take over the fallback.
 *
 * <p>The retry interceptor says how many addresses to skip for the attempt it runs on its thread;
 * OkHttp looks the host up on that thread, inside the attempt. ({@code okhttp3.Request} is
 * spelled out: inside a {@link Dns} the simple name means OkHttp 5's {@code Dns.Request}.)
 */
final class FailoverDns implements Dns {
  private static final ThreadLocal<Integer> SKIP = new ThreadLocal<>();

  private final Dns delegate;

  private FailoverDns(Dns delegate) {
    this.delegate = delegate;
  }

  static Dns wrap(Dns dns) {
    return dns instanceof FailoverDns ? dns : new FailoverDns(dns);
  }

  /** Sends {@code request} with lookups on this thread starting {@code skip} addresses further on. */
  static Response proceedSkipping(int skip, Interceptor.Chain chain, okhttp3.Request request) throws IOException {
    Integer outer = SKIP.get();
    SKIP.set(skip);
    try {
      return chain.proceed(request);
    } finally {
      if (outer == null) {
        SKIP.remove();
      } else {
        SKIP.set(outer);
      }
    }
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = delegate.lookup(hostname);
    Integer skip = SKIP.get();
    if (skip == null || addresses.size() < 2 || skip % addresses.size() == 0) {
      return addresses;
    }
    int first = skip % addresses.size();
    List<InetAddress> rotated = new ArrayList<>(addresses.subList(first, addresses.size()));
    rotated.addAll(addresses.subList(0, first));
    return rotated;
  }
}
