package dev.tradekit.intx.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.generated.model.OrderResultV1;
import java.io.IOException;
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

/** Reading a canceled order: our tolerant Jackson reader, and the plain generator's Gson. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private final ObjectReader reader = IntxJson.newObjectMapper().readerFor(OrderResultV1.class);

  @Benchmark
  public OrderResultV1 jacksonOrderResult() throws IOException {
    return reader.readValue(LoopbackExchange.ORDER_BYTES);
  }

  @Benchmark
  public dev.tradekit.intx.bench.peer.model.OrderResultV1 plainGeneratorGson() {
    return dev.tradekit.intx.bench.peer.JSON.deserialize(
        LoopbackExchange.ORDER_JSON, dev.tradekit.intx.bench.peer.model.OrderResultV1.class);
  }
}
