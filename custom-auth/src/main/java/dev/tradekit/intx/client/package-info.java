/**
 * The INTX client: {@link dev.tradekit.intx.client.IntxClient} and its builder hand out every
 * generated API (package {@code dev.tradekit.intx.generated.api}), signed, checked against the
 * spec and with typed errors.
 *
 * <p>Public: the client and its builder, {@link dev.tradekit.intx.client.IntxCredentials},
 * {@link dev.tradekit.intx.client.IntxEnvironment}, {@link dev.tradekit.intx.client.RetryPolicy},
 * the {@link dev.tradekit.intx.client.IntxException} family and
 * {@link dev.tradekit.intx.client.IntxJson} with {@link dev.tradekit.intx.client.IntxUnknownValues}.
 * Everything else here (the call wrapper, the interceptors for signing, retries, rate limit and
 * wire log, the response reader and the parameter checks) is package-private machinery.
 */
package dev.tradekit.intx.client;
