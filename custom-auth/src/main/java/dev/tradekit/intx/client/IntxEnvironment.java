package dev.tradekit.intx.client;

import okhttp3.HttpUrl;

/** The INTX deployments with a public base URL. A custom URL is set on the client builder. */
public enum IntxEnvironment {
  PRODUCTION("https://api.international.coinbase.com/"),
  SANDBOX("https://api-n5e1.coinbase.com/");

  private final HttpUrl baseUrl;

  IntxEnvironment(String baseUrl) {
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
