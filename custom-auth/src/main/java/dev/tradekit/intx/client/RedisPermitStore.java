package dev.tradekit.intx.client;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * Permits in a Redis sorted set per key: member the permit's id, score the microsecond (Redis
 * server time) it frees. Each operation is one Lua script, atomic on the server. Loaded only when
 * a client is built with {@code sharedRateLimit(redisUrl)}: Lettuce is an optional dependency.
 */
final class RedisPermitStore implements PermitStore {
  /** A slower answer counts as the store being down. */
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
  /** Opening the connection: slower on a busy machine at start-up. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private static final String NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000000 + tonumber(t[2]) ";
  // KEYS[1]; ARGV: id, ceiling, lease, window (microseconds)
  private static final String ACQUIRE =
      NOW
          + "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) "
          + "local taken = redis.call('ZCARD', KEYS[1]) "
          + "local ceiling = tonumber(ARGV[2]) "
          + "if taken < ceiling then "
          + "  local lease = tonumber(ARGV[3]) "
          + "  redis.call('ZADD', KEYS[1], now + lease, ARGV[1]) "
          + "  local ttl = math.ceil(lease / 1000) "
          + "  if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end "
          + "  return 0 "
          + "end "
          + "local nth = redis.call('ZRANGE', KEYS[1], taken - ceiling, taken - ceiling, 'WITHSCORES') "
          + "return math.max(1, math.min(tonumber(nth[2]) - now, tonumber(ARGV[4])))";
  // KEYS[1]; ARGV: id, window. XX: a permit whose lease ran out stays gone.
  private static final String RELEASE = NOW + "redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1]) return 0";

  private final RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private volatile String acquireSha;
  private volatile String releaseSha;

  private RedisPermitStore(RedisURI uri) {
    this.client = RedisClient.create(uri);
    client.setOptions(
        ClientOptions.builder()
            // Reconnecting is SharedRateLimiter's probe, every few seconds while the store is down,
            // rather than Lettuce's own (which logs a WARN line per attempt).
            .autoReconnect(false)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
            .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
            .build());
  }

  /**
   * A store on the Redis server at {@code url}; connects on first use, and again on the first use
   * after the connection was lost.
   *
   * @throws IllegalArgumentException if {@code url} is not a Redis URL (its password masked)
   */
  static PermitStore create(String url) {
    RedisURI uri;
    try {
      uri = RedisURI.create(url);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a Redis URL (redis://host:port[/db], rediss:// for TLS): " + DisplayUrl.of(url));
    }
    uri.setTimeout(CONNECT_TIMEOUT); // the handshake's; commands have COMMAND_TIMEOUT
    return new RedisPermitStore(uri);
  }

  @Override
  public long tryAcquire(String key, long id, int ceiling, long leaseMicros, long windowMicros) {
    return run(true, key, Long.toString(id), Integer.toString(ceiling), Long.toString(leaseMicros), Long.toString(windowMicros));
  }

  @Override
  public void release(String key, long id, long windowMicros) {
    run(false, key, Long.toString(id), Long.toString(windowMicros));
  }

  @Override
  public void discard(String key, long id) {
    commands().zrem(key, Long.toString(id));
  }

  private long run(boolean acquire, String key, String... args) {
    RedisCommands<String, String> commands = commands();
    String[] keys = {key};
    try {
      return commands.evalsha(acquire ? acquireSha : releaseSha, ScriptOutputType.INTEGER, keys, args);
    } catch (RedisNoScriptException e) { // the server restarted or flushed its scripts
      loadScripts(commands);
      return commands.evalsha(acquire ? acquireSha : releaseSha, ScriptOutputType.INTEGER, keys, args);
    }
  }

  private synchronized RedisCommands<String, String> commands() {
    if (connection == null || !connection.isOpen()) {
      if (connection != null) {
        connection.closeAsync();
        connection = null;
      }
      StatefulRedisConnection<String, String> opened = client.connect();
      loadScripts(opened.sync());
      connection = opened;
    }
    return connection.sync();
  }

  private synchronized void loadScripts(RedisCommands<String, String> commands) {
    acquireSha = commands.scriptLoad(ACQUIRE);
    releaseSha = commands.scriptLoad(RELEASE);
  }
}
