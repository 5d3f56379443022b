package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.IntxEnvironment;
import dev.tradekit.intx.generated.model.OrderResultV1;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "cancel-order",
    description = {
      "Cancel one open order and print it as JSON.",
      "Credentials come from INTX_CREDENTIALS (JSON: accessKey, passphrase, signingKey, portfolioId)"
          + " or INTX_API_KEY, INTX_API_PASSPHRASE, INTX_API_SECRET and INTX_PORTFOLIO."
    },
    mixinStandardHelpOptions = true)
final class CancelOrderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--id", required = true, description = "The exchange order id or the client order id.")
  String id;

  @Option(names = "--portfolio", description = "Portfolio UUID or numeric id (default: the credentials' portfolioId).")
  String portfolio;

  @ArgGroup(exclusive = true)
  Target target = new Target();

  static final class Target {
    @Option(names = "--base-url", description = "An INTX-compatible base URL, e.g. a simulator (default: production).")
    String baseUrl;

    @Option(names = "--sandbox", description = "Use the INTX sandbox.")
    boolean sandbox;
  }

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Limit on the whole call, retries included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds = IntxClient.DEFAULT_CALL_TIMEOUT.toSeconds();

  @Option(names = "--verbose", description = "Show the request line and headers (secrets masked), and stack traces.")
  boolean verbose;

  private final Map<String, String> environment;

  CancelOrderCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw new ParameterException(spec.commandLine(), "--timeout must be more than 0 and at most 3600 seconds");
    }
    warnAboutIgnoredVariables();
    IntxCredentials credentials = IntxCredentials.fromEnvironment(environment);
    String portfolioToUse = portfolio != null ? portfolio : credentials.portfolioId().orElse(null);
    if (portfolioToUse == null) {
      throw new ParameterException(
          spec.commandLine(), "--portfolio is required when the credentials name no portfolioId (INTX_PORTFOLIO)");
    }
    IntxClient.Builder builder =
        IntxClient.builder(credentials).callTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)));
    if (target.baseUrl != null) {
      builder.baseUrl(target.baseUrl);
    } else if (target.sandbox) {
      builder.environment(IntxEnvironment.SANDBOX);
    }
    if (verbose) {
      builder.wireLog(line -> spec.commandLine().getErr().println(line));
    }
    OrderResultV1 canceled = builder.build().orders().cancelOrder(id, portfolioToUse).execute().body();
    spec.commandLine().getOut().println(OrderPrinter.toJson(canceled));
    return ExitCode.OK;
  }

  /** INTX_CREDENTIALS wins over the separate variables: say so, naming them, never their values. */
  private void warnAboutIgnoredVariables() {
    List<String> ignored = IntxCredentials.ignoredEnvironmentVariables(environment);
    if (!ignored.isEmpty()) {
      spec.commandLine().getErr().println(
          "warning: " + IntxCredentials.ENV_JSON + " is set, so " + String.join(", ", ignored)
              + (ignored.size() == 1 ? " is" : " are") + " ignored");
    }
  }
}
