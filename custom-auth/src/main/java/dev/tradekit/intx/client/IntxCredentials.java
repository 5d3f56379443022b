package dev.tradekit.intx.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * An INTX API key: key, passphrase and signing secret, plus an optional default portfolio.
 *
 * <p>Immutable and thread-safe. The secret is decoded once and never leaves this package; the
 * passphrase can be compared but not read back; {@link #toString()} redacts both.
 */
public final class IntxCredentials {
  /** JSON with {@code accessKey}, {@code passphrase}, {@code signingKey}, {@code portfolioId}: the official SDK's form. */
  public static final String ENV_JSON = "INTX_CREDENTIALS";
  /** The API key, when the variables are separate. */
  public static final String ENV_API_KEY = "INTX_API_KEY";
  /** The passphrase, when the variables are separate. */
  public static final String ENV_PASSPHRASE = "INTX_API_PASSPHRASE";
  /** The signing secret in Base64, when the variables are separate. */
  public static final String ENV_SECRET = "INTX_API_SECRET";
  /** The optional default portfolio, when the variables are separate. */
  public static final String ENV_PORTFOLIO = "INTX_PORTFOLIO";

  /** Created on first use: most processes never read {@value #ENV_JSON}, and a mapper is slow to start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Jackson's report of a repeated field; only a short plain name is repeated back. */
    static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([A-Za-z]{1,32})'");
  }

  private final String apiKey;
  private final String passphrase;
  private final SecretKeySpec signingKey;
  private final String portfolioId;

  private IntxCredentials(String apiKey, String passphrase, SecretKeySpec signingKey, String portfolioId) {
    this.apiKey = apiKey;
    this.passphrase = passphrase;
    this.signingKey = signingKey;
    this.portfolioId = portfolioId;
  }

  /** {@return a builder for credentials from values the caller already holds} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads credentials from the process environment; see {@link #fromEnvironment(Map)}.
   *
   * @return the credentials the environment holds
   * @throws IllegalArgumentException naming the missing or malformed variable, never its value
   */
  public static IntxCredentials fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Reads {@value #ENV_JSON} when it is set, otherwise {@value #ENV_API_KEY},
   * {@value #ENV_PASSPHRASE}, {@value #ENV_SECRET} and the optional {@value #ENV_PORTFOLIO}.
   * When both forms are set, {@value #ENV_JSON} wins as a whole and the separate variables are
   * ignored, {@value #ENV_PORTFOLIO} included; {@link #ignoredEnvironmentVariables(Map)} names them.
   *
   * @param environment variable names and values, such as {@link System#getenv()}
   * @return the credentials the environment holds
   * @throws IllegalArgumentException naming the missing or malformed variable, never its value
   */
  public static IntxCredentials fromEnvironment(Map<String, String> environment) {
    String json = environment.get(ENV_JSON);
    if (isSet(json)) {
      return fromCredentialsJson(json);
    }
    return create(
        required(environment.get(ENV_API_KEY), ENV_API_KEY),
        checkedPassphrase(environment.get(ENV_PASSPHRASE), ENV_PASSPHRASE),
        required(environment.get(ENV_SECRET), ENV_SECRET),
        ENV_SECRET,
        optional(environment.get(ENV_PORTFOLIO)));
  }

  /**
   * The separate variables that are set but ignored because {@value #ENV_JSON} is set too, for a
   * warning; empty when there is no conflict. Only names, never values.
   *
   * @param environment variable names and values, such as {@link System#getenv()}
   * @return the names of the ignored variables, in a fixed order
   */
  public static List<String> ignoredEnvironmentVariables(Map<String, String> environment) {
    if (!isSet(environment.get(ENV_JSON))) {
      return List.of();
    }
    List<String> ignored = new ArrayList<>();
    for (String name : List.of(ENV_API_KEY, ENV_PASSPHRASE, ENV_SECRET, ENV_PORTFOLIO)) {
      if (isSet(environment.get(name))) {
        ignored.add(name);
      }
    }
    return List.copyOf(ignored);
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static IntxCredentials fromCredentialsJson(String json) {
    JsonNode node;
    try (JsonParser parser = Json.MAPPER.createParser(json)) {
      // A field given twice: which value was meant is a guess, so refuse (Jackson keeps the last).
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      node = Json.MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        // Two objects, or an object and more: which one was meant is a guess, so refuse.
        throw new IllegalArgumentException(ENV_JSON + " has text after the JSON object");
      }
    } catch (JsonProcessingException e) {
      Matcher duplicate = Json.DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
      if (duplicate.matches()) {
        throw new IllegalArgumentException(ENV_JSON + " gives " + duplicate.group(1) + " more than once");
      }
      // The parser's message quotes the input, which holds the secret: drop it.
      throw new IllegalArgumentException(ENV_JSON + " is not valid JSON");
    } catch (IOException e) {
      // Reading from a String: only the parser's own errors above are expected.
      throw new IllegalArgumentException(ENV_JSON + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(ENV_JSON + " must be a JSON object");
    }
    return create(
        required(text(node, "accessKey"), ENV_JSON + ".accessKey"),
        checkedPassphrase(text(node, "passphrase"), ENV_JSON + ".passphrase"),
        required(text(node, "signingKey"), ENV_JSON + ".signingKey"),
        ENV_JSON + ".signingKey",
        optional(text(node, "portfolioId")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static IntxCredentials create(
      String apiKey, String passphrase, String secretBase64, String secretName, String portfolioId) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(secretBase64.trim());
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes an offending character of the secret: drop it.
      throw new IllegalArgumentException(secretName + " is not valid Base64");
    }
    if (secret.length == 0) {
      throw new IllegalArgumentException(secretName + " decodes to an empty key");
    }
    return new IntxCredentials(
        apiKey, passphrase, new SecretKeySpec(secret, RequestSigner.ALGORITHM), portfolioId);
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is missing or blank");
    }
    if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(name + " must be printable ASCII");
    }
    return value;
  }

  /**
   * The passphrase is kept exactly as given, never trimmed. It travels only in the
   * CB-ACCESS-PASSPHRASE header, whose outer spaces HTTP drops (OkHttp trims them as it sends), so
   * a passphrase that begins or ends with one could not reach the exchange unaltered: refused.
   */
  private static String checkedPassphrase(String value, String name) {
    String checked = required(value, name);
    if (checked.startsWith(" ") || checked.endsWith(" ")) {
      throw new IllegalArgumentException(
          name + " must not begin or end with a space: the CB-ACCESS-PASSPHRASE header cannot carry it");
    }
    return checked;
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** {@return the API key sent as {@code CB-ACCESS-KEY}}; an identifier, not the secret. */
  public String apiKey() {
    return apiKey;
  }

  /** {@return the default portfolio (UUID or numeric id) given with the credentials, if any} */
  public Optional<String> portfolioId() {
    return Optional.ofNullable(portfolioId);
  }

  /**
   * Compares in constant time, for servers (such as the simulator) that check a passphrase.
   *
   * @param candidate the passphrase to check, may be null
   * @return whether it is this passphrase
   */
  public boolean passphraseMatches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            passphrase.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  String passphrase() {
    return passphrase;
  }

  SecretKeySpec signingKey() {
    return signingKey;
  }

  /** {@return the API key with all but its last four characters masked} */
  public String maskedApiKey() {
    return apiKey.length() <= 8 ? "****" : "****" + apiKey.substring(apiKey.length() - 4);
  }

  @Override
  public String toString() {
    return "IntxCredentials{apiKey="
        + maskedApiKey()
        + ", passphrase=****, secret=****"
        + (portfolioId == null ? "" : ", portfolioId=" + portfolioId)
        + "}";
  }

  /** Builds credentials from values the caller already holds. */
  public static final class Builder {
    private String apiKey;
    private String passphrase;
    private String secret;
    private String portfolioId;

    private Builder() {}

    /**
     * The API key, sent as {@code CB-ACCESS-KEY}.
     *
     * @param apiKey printable ASCII, required
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The passphrase given with the key, used exactly as given.
     *
     * @param passphrase printable ASCII, required, not beginning or ending with a space
     * @return this builder
     */
    public Builder passphrase(String passphrase) {
      this.passphrase = passphrase;
      return this;
    }

    /**
     * The signing secret exactly as INTX issued it: Base64.
     *
     * @param base64Secret the secret in Base64, required
     * @return this builder
     */
    public Builder secret(String base64Secret) {
      this.secret = base64Secret;
      return this;
    }

    /**
     * The default portfolio, optional.
     *
     * @param portfolioId a portfolio UUID or numeric id, or null for none
     * @return this builder
     */
    public Builder portfolioId(String portfolioId) {
      this.portfolioId = portfolioId;
      return this;
    }

    /**
     * Checks the values and decodes the secret.
     *
     * @return the credentials
     * @throws IllegalArgumentException naming the missing or malformed value, never the value itself
     */
    public IntxCredentials build() {
      return create(
          required(apiKey, "apiKey"),
          checkedPassphrase(passphrase, "passphrase"),
          required(secret, "secret"),
          "secret",
          optional(portfolioId));
    }

    @Override
    public String toString() {
      return "IntxCredentials.Builder{secret=****}";
    }
  }
}
