package dev.tradekit.intx.simulator;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: {@code @ExtendWith(IntxSimulatorExtension.class)} gives each test method that asks for
 * an {@link IntxSimulator} parameter a fresh, started simulator with the demo credentials and
 * orders, stopped after the test.
 */
public final class IntxSimulatorExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IntxSimulatorExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == IntxSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(context.getUniqueId(), id -> IntxSimulator.builder().build().start(), IntxSimulator.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    IntxSimulator simulator = context.getStore(NAMESPACE).remove(context.getUniqueId(), IntxSimulator.class);
    if (simulator != null) {
      simulator.close();
    }
  }
}
