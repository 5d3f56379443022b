package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The known-answer vectors of shared/intx/signing-vectors.json, copied into test resources. */
final class SigningVectors {
  static final JsonNode ROOT = load();
  static final String SECRET = ROOT.get("secret").asText();

  private SigningVectors() {}

  static List<JsonNode> vectors() {
    List<JsonNode> vectors = new ArrayList<>();
    ROOT.get("vectors").forEach(vectors::add);
    return vectors;
  }

  static IntxCredentials credentials() {
    return IntxCredentials.builder()
        .apiKey("vector-api-key-0001")
        .passphrase("vector-passphrase")
        .secret(SECRET)
        .portfolioId("5189861793641175")
        .build();
  }

  private static JsonNode load() {
    try (InputStream in = SigningVectors.class.getResourceAsStream("/signing-vectors.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
