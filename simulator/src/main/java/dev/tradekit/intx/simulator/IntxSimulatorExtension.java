package dev.tradekit.intx.simulator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: {@code @ExtendWith(IntxSimulatorExtension.class)} gives a test method (or the test
 * class constructor) that asks for an {@link IntxSimulator} a started simulator with the demo
 * credentials and orders. A method parameter gets a fresh one per test; it is stopped when the
 * test (or, for a constructor, the test instance) is done.
 */
public final class IntxSimulatorExtension implements ParameterResolver {
  /** Made by JUnit for {@code @ExtendWith(IntxSimulatorExtension.class)}. */
  public IntxSimulatorExtension() {}

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IntxSimulatorExtension.class);

  /** Lets JUnit close the simulator when the context that started it ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    final IntxSimulator simulator = IntxSimulator.builder().build().start();

    @Override
    public void close() {
      simulator.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == IntxSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, type -> new Running(), Running.class).simulator;
  }
}
