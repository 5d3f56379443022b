package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntxCredentialsTest {
  private static final String SECRET = SigningVectors.SECRET;

  @Test
  void readsTheOfficialSdkJsonVariable() {
    IntxCredentials credentials =
        IntxCredentials.fromEnvironment(
            Map.of(
                "INTX_CREDENTIALS",
                "{\"accessKey\":\"key-from-json-123\",\"passphrase\":\"pp\",\"signingKey\":\""
                    + SECRET
                    + "\",\"portfolioId\":\"892e8c7c-e979-4cad-b61b-55a197932cf1\"}",
                "INTX_API_KEY", "ignored-when-json-is-set"));
    assertEquals("key-from-json-123", credentials.apiKey());
    assertEquals(Optional.of("892e8c7c-e979-4cad-b61b-55a197932cf1"), credentials.portfolioId());
    assertTrue(credentials.passphraseMatches("pp"));
  }

  @Test
  void readsSeparateVariables() {
    IntxCredentials credentials =
        IntxCredentials.fromEnvironment(
            Map.of("INTX_API_KEY", "k-1", "INTX_API_PASSPHRASE", "p-1", "INTX_API_SECRET", SECRET));
    assertEquals("k-1", credentials.apiKey());
    assertEquals(Optional.empty(), credentials.portfolioId());
    assertTrue(credentials.passphraseMatches("p-1"));
    assertFalse(credentials.passphraseMatches("p-2"));
    assertFalse(credentials.passphraseMatches(null));
  }

  @Test
  void signsLikeTheBuilderWithTheSameSecret() {
    IntxCredentials fromEnv =
        IntxCredentials.fromEnvironment(
            Map.of("INTX_API_KEY", "k", "INTX_API_PASSPHRASE", "p", "INTX_API_SECRET", SECRET));
    assertEquals(
        "9Yrx5bQchpK/hue0DgLwQE+1R7mk0UkmPc3EtsLpCHc=",
        new RequestSigner(fromEnv).sign("1641890400", "DELETE", "/api/v1/orders/12345", null));
  }

  @Test
  void aMissingVariableIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IntxCredentials.fromEnvironment(Map.of("INTX_API_KEY", "k", "INTX_API_SECRET", SECRET)));
    assertEquals("INTX_API_PASSPHRASE is missing or blank", e.getMessage());
  }

  @Test
  void aMalformedSecretIsNamedButNotShown() {
    String badSecret = "not-base64-!!-supersecretvalue";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IntxCredentials.fromEnvironment(
                    Map.of("INTX_API_KEY", "k", "INTX_API_PASSPHRASE", "p", "INTX_API_SECRET", badSecret)));
    assertEquals("INTX_API_SECRET is not valid Base64", e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains("supersecret"));
  }

  @Test
  void malformedJsonIsNamedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IntxCredentials.fromEnvironment(Map.of("INTX_CREDENTIALS", "{\"signingKey\":\"" + SECRET + "\"")));
    assertEquals("INTX_CREDENTIALS is not valid JSON", e.getMessage());
    assertEquals(null, e.getCause());
  }

  @Test
  void aMissingJsonFieldIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IntxCredentials.fromEnvironment(
                    Map.of("INTX_CREDENTIALS", "{\"accessKey\":\"k\",\"signingKey\":\"" + SECRET + "\"}")));
    assertEquals("INTX_CREDENTIALS.passphrase is missing or blank", e.getMessage());
  }

  @Test
  void builderNamesItsFields() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IntxCredentials.builder().apiKey("k").passphrase("p").secret("%%%").build());
    assertEquals("secret is not valid Base64", e.getMessage());
    assertEquals(
        "apiKey is missing or blank",
        assertThrows(IllegalArgumentException.class, () -> IntxCredentials.builder().build()).getMessage());
  }

  @Test
  void toStringRedactsSecretAndPassphrase() {
    IntxCredentials credentials =
        IntxCredentials.builder()
            .apiKey("abcdef0123456789")
            .passphrase("my-passphrase")
            .secret(SECRET)
            .build();
    String text = credentials.toString();
    assertEquals("IntxCredentials{apiKey=****6789, passphrase=****, secret=****}", text);
    assertFalse(text.contains("my-passphrase"));
    assertFalse(text.contains(SECRET));
  }

  @Test
  void textAfterTheJsonObjectIsRefusedWithoutEchoingIt() {
    String json =
        "{\"accessKey\":\"k\",\"passphrase\":\"pp-secret-value\",\"signingKey\":\"" + SECRET + "\"}";
    for (String trailing : new String[] {" garbage", "}", " {\"accessKey\":\"other\"}", ",", " 42", "x" + SECRET}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> IntxCredentials.fromEnvironment(Map.of("INTX_CREDENTIALS", json + trailing)),
              trailing);
      assertTrue(e.getMessage().startsWith("INTX_CREDENTIALS "), e.getMessage());
      assertFalse(e.getMessage().contains("pp-secret-value"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
      assertEquals(null, e.getCause());
    }
  }

  @Test
  void whitespaceAroundTheJsonObjectIsFine() {
    String json = " \n{\"accessKey\":\"k\",\"passphrase\":\"p\",\"signingKey\":\"" + SECRET + "\"}\n\t ";

    assertEquals("k", IntxCredentials.fromEnvironment(Map.of("INTX_CREDENTIALS", json)).apiKey());
  }

  /**
   * The passphrase travels only in the CB-ACCESS-PASSPHRASE header, and HTTP drops a header
   * value's outer spaces (OkHttp trims them as it sends): such a passphrase is refused, not sent
   * altered.
   */
  @Test
  void aPassphraseWithOuterSpacesIsRefusedNamingWhereItCameFrom() {
    String json = "{\"accessKey\":\"k\",\"passphrase\":\" my-pass \",\"signingKey\":\"" + SECRET + "\"}";
    IllegalArgumentException fromJson =
        assertThrows(IllegalArgumentException.class, () -> IntxCredentials.fromEnvironment(Map.of("INTX_CREDENTIALS", json)));
    IllegalArgumentException fromVariable =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IntxCredentials.fromEnvironment(
                    Map.of("INTX_API_KEY", "k", "INTX_API_PASSPHRASE", "my-pass ", "INTX_API_SECRET", SECRET)));
    IllegalArgumentException fromBuilder =
        assertThrows(
            IllegalArgumentException.class,
            () -> IntxCredentials.builder().apiKey("k").passphrase(" my-pass").secret(SECRET).build());

    String rule = " must not begin or end with a space: the CB-ACCESS-PASSPHRASE header cannot carry it";
    assertEquals("INTX_CREDENTIALS.passphrase" + rule, fromJson.getMessage());
    assertEquals("INTX_API_PASSPHRASE" + rule, fromVariable.getMessage());
    assertEquals("passphrase" + rule, fromBuilder.getMessage());
  }

  @Test
  void aPassphraseIsKeptExactlyInsideItsOuterCharacters() {
    IntxCredentials credentials =
        IntxCredentials.fromEnvironment(
            Map.of("INTX_API_KEY", "k", "INTX_API_PASSPHRASE", "my  pass\\phrase", "INTX_API_SECRET", SECRET));

    assertEquals("my  pass\\phrase", credentials.passphrase());
  }

  @Test
  void theSeparateVariablesThatTheJsonOverridesAreNamed() {
    String json = "{\"accessKey\":\"k\",\"passphrase\":\"p\",\"signingKey\":\"" + SECRET + "\"}";
    Map<String, String> both =
        Map.of("INTX_CREDENTIALS", json, "INTX_API_SECRET", SECRET, "INTX_PORTFOLIO", "1", "INTX_API_KEY", "other", "INTX_API_PASSPHRASE", " ");

    assertEquals(List.of("INTX_API_KEY", "INTX_API_SECRET", "INTX_PORTFOLIO"), IntxCredentials.ignoredEnvironmentVariables(both));
    assertEquals("k", IntxCredentials.fromEnvironment(both).apiKey(), "the JSON wins");
    assertEquals(List.of(), IntxCredentials.ignoredEnvironmentVariables(Map.of("INTX_CREDENTIALS", json)));
    assertEquals(List.of(), IntxCredentials.ignoredEnvironmentVariables(Map.of("INTX_CREDENTIALS", " ", "INTX_API_KEY", "k")));
    assertEquals(List.of(), IntxCredentials.ignoredEnvironmentVariables(Map.of("INTX_API_KEY", "k")));
  }

  @Test
  void aFieldGivenTwiceInTheJsonIsRefusedNamingOnlyTheField() {
    String json =
        "{\"accessKey\":\"k\",\"passphrase\":\"first-pass-value\",\"signingKey\":\"" + SECRET
            + "\",\"passphrase\":\"second-pass-value\"}";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IntxCredentials.fromEnvironment(Map.of("INTX_CREDENTIALS", json)));

    assertEquals("INTX_CREDENTIALS gives passphrase more than once", e.getMessage());
    assertEquals(null, e.getCause());
  }
  /** A header value must be printable ASCII: space and '~' are, DEL and anything past it are not. */
  @Test
  void anApiKeyMustBePrintableAscii() {
    IntxCredentials edges =
        IntxCredentials.fromEnvironment(
            Map.of("INTX_API_KEY", "a b~", "INTX_API_PASSPHRASE", "p-1", "INTX_API_SECRET", SECRET));
    assertEquals("a b~", edges.apiKey());
    for (String key : new String[] {"key\u007f", "k\u00e9y"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> IntxCredentials.fromEnvironment(
                  Map.of("INTX_API_KEY", key, "INTX_API_PASSPHRASE", "p-1", "INTX_API_SECRET", SECRET)));
      assertEquals("INTX_API_KEY must be printable ASCII", e.getMessage());
    }
  }

  @Test
  void theMaskedApiKeyShowsTheLastFourCharactersOnlyOfAKeyLongerThanEight() {
    assertEquals("****", credentialsWithKey("12345678").maskedApiKey());
    assertEquals("****6789", credentialsWithKey("123456789").maskedApiKey());
  }

  private static IntxCredentials credentialsWithKey(String apiKey) {
    return IntxCredentials.fromEnvironment(
        Map.of("INTX_API_KEY", apiKey, "INTX_API_PASSPHRASE", "p-1", "INTX_API_SECRET", SECRET));
  }
}
