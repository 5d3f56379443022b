package dev.tradekit.intx.client;

import okhttp3.HttpUrl;

/** The INTX deployments with a public base URL. A custom URL is set on the client builder. */
public enum IntxEnvironment {
  /** The live exchange. */
  PRODUCTION("https://api.international.coinbase.com/"),
  /** The exchange's sandbox, for testing with sandbox keys. */
  SANDBOX("https://api-n5e1.coinbase.com/");

  private final HttpUrl baseUrl;

  IntxEnvironment(String baseUrl) {
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** {@return the deployment's base URL, ending in {@code /}} */
  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
