package org.bridgewatch.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.bridgewatch.server.BridgewatchProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues, resolves and revokes bearer tokens. A token is 32 random bytes; only its SHA-256 is
 * stored, so a database leak yields no usable token (the bytes are random, so no slow hash is
 * needed against guessing).
 *
 * <p>A verified token is remembered for {@code bridgewatch.auth.token-cache-ttl} (5 s by default;
 * 0 turns it off), so a busy client does not pay a database lookup on every request: the lookup
 * was about a tenth of a rating write's server CPU and one of its database round trips. A token
 * revoked, or an operator right granted or revoked, through this node takes effect at once (the
 * entry is dropped after the commit); through another node or straight in the database, within
 * the TTL. Unknown tokens are never remembered.
 */
@Service
public class ApiTokens {
  private static final String PREFIX = "bw_";

  private static final long LAST_USED_RESOLUTION_MILLIS = 3_600_000L;

  private record Resolved(long tokenId, long lastUsed, Contributor owner) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** Verified tokens by hash; null when the cache is off. */
  private final Cache<String, Resolved> verified;

  public ApiTokens(JdbcClient jdbc, Clock clock, BridgewatchProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    Duration ttl = properties.auth() == null ? Duration.ZERO : properties.auth().tokenCacheTtl();
    this.verified = ttl == null || ttl.isZero() || ttl.isNegative()
        ? null
        // Expire after write, not access: a busy token must still be re-checked every TTL.
        : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
  }

  /** A token as listed to its owner: never the secret itself. */
  public record TokenInfo(long id, String name, long createdAtMillis, Long lastUsedAtMillis) {}

  /** The secret, shown once, with its id. */
  public record IssuedToken(long id, String token) {}

  public IssuedToken issue(long contributorId, String name) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO api_tokens (contributor_id, token_hash, name, created_at_millis)
            VALUES (:contributor, :hash, :name, :now)
            """)
        .param("contributor", contributorId)
        .param("hash", hash(token))
        .param("name", name)
        .param("now", clock.millis())
        .update(keys, "id");
    return new IssuedToken(keys.getKeyAs(Long.class), token);
  }

  /** The live token's owner, if any; records the use. */
  public Optional<Contributor> resolve(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = hash(token);
    Resolved cached = verified == null ? null : verified.getIfPresent(hash);
    if (cached != null) {
      return Optional.of(cached.owner());
    }
    long now = clock.millis();
    Optional<Resolved> found =
        jdbc.sql("""
                SELECT t.id, t.last_used_at_millis, c.id, c.participant_id, c.alias, c.operator
                FROM api_tokens t JOIN contributors c ON c.id = t.contributor_id
                WHERE t.token_hash = :hash AND t.revoked_at_millis IS NULL
                """)
            .param("hash", hash)
            .query((rs, i) -> new Resolved(rs.getLong(1), rs.getLong(2),
                new Contributor(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getBoolean(6))))
            .optional();
    // Record use at most once an hour, so reads do not turn into writes.
    found.filter(r -> now - r.lastUsed() > LAST_USED_RESOLUTION_MILLIS)
        .ifPresent(r -> jdbc.sql("UPDATE api_tokens SET last_used_at_millis = :now WHERE id = :id")
            .param("now", now).param("id", r.tokenId()).update());
    if (verified != null) {
      found.ifPresent(r -> verified.put(hash, r));
    }
    return found.map(Resolved::owner);
  }

  public List<TokenInfo> list(long contributorId) {
    return jdbc.sql("""
            SELECT id, name, created_at_millis, last_used_at_millis FROM api_tokens
            WHERE contributor_id = :contributor AND revoked_at_millis IS NULL ORDER BY id
            """)
        .param("contributor", contributorId)
        .query((rs, i) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getLong(3),
            (Long) rs.getObject(4, Long.class)))
        .list();
  }

  /** The owner of a token id, or empty when no such live token exists. */
  public Optional<Long> ownerOf(long tokenId) {
    return jdbc.sql("SELECT contributor_id FROM api_tokens WHERE id = :id AND revoked_at_millis IS NULL")
        .param("id", tokenId)
        .query(Long.class)
        .optional();
  }

  public void revoke(long tokenId) {
    jdbc.sql("UPDATE api_tokens SET revoked_at_millis = :now WHERE id = :id")
        .param("now", clock.millis())
        .param("id", tokenId)
        .update();
    afterCommit(() -> verified.asMap().values().removeIf(r -> r.tokenId() == tokenId));
  }

  /**
   * Forgets every verified token of a contributor whose roles changed (operator granted or
   * revoked), so their next request reads the new roles.
   */
  public void forgetContributor(String alias) {
    afterCommit(() -> verified.asMap().values().removeIf(r -> r.owner().alias().equals(alias)));
  }

  // Inside a transaction, drop entries only once it commits: dropped earlier, a request running
  // meanwhile could read the old row and remember it again for a whole TTL.
  private void afterCommit(Runnable forget) {
    if (verified == null) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          forget.run();
        }
      });
    } else {
      forget.run();
    }
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
