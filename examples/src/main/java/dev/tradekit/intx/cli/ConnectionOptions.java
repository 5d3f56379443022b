package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxCredentials;
import dev.tradekit.intx.client.IntxEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where to send and how: the same flags on every command that talks to an exchange. */
final class ConnectionOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @ArgGroup(exclusive = true)
  Target target = new Target();

  static final class Target {
    @Option(names = "--base-url", description = "An INTX-compatible base URL, e.g. a simulator (default: production).")
    String baseUrl;

    @Option(names = "--sandbox", description = "Use the INTX sandbox.")
    boolean sandbox;
  }

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Limit on each call, retries included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds = IntxClient.DEFAULT_CALL_TIMEOUT.toSeconds();

  /** The environment variable read when --rate-limit-url is not given. */
  static final String ENV_RATE_LIMIT_URL = "INTX_RATE_LIMIT_URL";

  @Option(names = "--rate-limit-url", paramLabel = "URL",
      description = "Share the API key's rate limit with other processes through Redis: redis://[password@]host[:port][/db],"
          + " rediss:// for TLS (default: " + ENV_RATE_LIMIT_URL + "; unset: this process's own limit).")
  String rateLimitUrl;

  @Option(names = "--verbose", description = "Show the request line and headers (secrets masked), and stack traces.")
  boolean verbose;

  private IntxCredentials credentials;

  /** A client signing with the credentials in {@code environment}. */
  IntxClient signedClient(Map<String, String> environment) {
    return configure(IntxClient.builder(credentials(environment)), rateLimitUrl != null ? rateLimitUrl : environment.get(ENV_RATE_LIMIT_URL))
        .build();
  }

  /** A client without credentials, for the public market data. */
  IntxClient publicClient() {
    return configure(IntxClient.builder(), rateLimitUrl).build();
  }

  /** The credentials in {@code environment}, read once; a warning if some variables are ignored. */
  IntxCredentials credentials(Map<String, String> environment) {
    if (credentials == null) {
      List<String> ignored = IntxCredentials.ignoredEnvironmentVariables(environment);
      if (!ignored.isEmpty()) {
        command.commandLine().getErr().println(
            "warning: " + IntxCredentials.ENV_JSON + " is set, so " + String.join(", ", ignored)
                + (ignored.size() == 1 ? " is" : " are") + " ignored");
      }
      credentials = IntxCredentials.fromEnvironment(environment);
    }
    return credentials;
  }

  /** {@code portfolio} if given, else the credentials' portfolio; an error naming --portfolio if neither. */
  String portfolioOrDefault(String portfolio, Map<String, String> environment) {
    if (portfolio != null) {
      return portfolio;
    }
    return credentials(environment).portfolioId().orElseThrow(() -> new ParameterException(
        command.commandLine(), "--portfolio is required when the credentials name no portfolioId (INTX_PORTFOLIO)"));
  }

  private IntxClient.Builder configure(IntxClient.Builder builder, String rateLimitUrl) {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw new ParameterException(command.commandLine(), "--timeout must be more than 0 and at most 3600 seconds");
    }
    builder.callTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)));
    if (target.baseUrl != null) {
      builder.baseUrl(target.baseUrl);
    } else if (target.sandbox) {
      builder.environment(IntxEnvironment.SANDBOX);
    }
    if (rateLimitUrl != null && !rateLimitUrl.isEmpty()) {
      try {
        builder.sharedRateLimit(rateLimitUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command.commandLine(), "--rate-limit-url: " + e.getMessage());
      }
    }
    if (verbose) {
      builder.wireLog(line -> command.commandLine().getErr().println(line));
    }
    return builder;
  }
}
