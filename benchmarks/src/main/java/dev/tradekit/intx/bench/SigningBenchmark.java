package dev.tradekit.intx.bench;

import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.InternalsForBenchmarks;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** CB-ACCESS-SIGN for a cancel: HMAC-SHA256 over timestamp + DELETE + path, Base64. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningBenchmark {
  private final InternalsForBenchmarks.Signer signer =
      InternalsForBenchmarks.signer(
          IntxCredentials.builder().apiKey("bench-key").passphrase("bench").secret("dGVzdF9zZWNyZXRfYmFzZTY0").build());

  @Benchmark
  public String signCancel() {
    return signer.sign("1700000000", "DELETE", "/api/v1/orders/43877033468085760", null);
  }
}
