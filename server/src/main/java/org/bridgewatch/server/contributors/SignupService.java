package org.bridgewatch.server.contributors;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgewatch.server.BridgewatchProperties;
import org.bridgewatch.server.security.ApiTokens;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up in two steps: the server offers five fresh aliases, the newcomer picks one. The alias is
 * permanent; the participantId (64 hex characters, like the public data's) is opaque and stable.
 */
@Service
public class SignupService {
  static final int OFFERED_ALIASES = 5;

  private final JdbcClient jdbc;
  private final ContributorRepository contributors;
  private final AliasGenerator aliases;
  private final ApiTokens tokens;
  private final Clock clock;
  private final BridgewatchProperties.Signup settings;
  private final SecureRandom random = new SecureRandom();

  public SignupService(JdbcClient jdbc, ContributorRepository contributors, AliasGenerator aliases,
      ApiTokens tokens, Clock clock, BridgewatchProperties properties) {
    this.jdbc = jdbc;
    this.contributors = contributors;
    this.aliases = aliases;
    this.tokens = tokens;
    this.clock = clock;
    this.settings = properties.signup();
  }

  public record AliasOffer(String offerId, List<String> aliases, long expiresAtMillis) {}

  public record SignedUp(String participantId, String alias, long tokenId, String token) {}

  @Transactional
  public AliasOffer offer() {
    long now = clock.millis();
    jdbc.sql("DELETE FROM alias_offers WHERE expires_at_millis < :now").param("now", now).update();
    Set<String> options = new LinkedHashSet<>();
    while (options.size() < OFFERED_ALIASES) {
      String candidate = aliases.next();
      if (!contributors.aliasTaken(candidate)) {
        options.add(candidate);
      }
    }
    String offerId = UUID.randomUUID().toString();
    long expires = now + settings.offerTtl().toMillis();
    jdbc.sql("INSERT INTO alias_offers (offer_id, aliases, expires_at_millis) VALUES (:id, :aliases, :expires)")
        .param("id", offerId)
        .param("aliases", String.join(",", options))
        .param("expires", expires)
        .update();
    return new AliasOffer(offerId, List.copyOf(options), expires);
  }

  /** Creates the contributor and its first token in one transaction. */
  @Transactional
  public SignedUp signUp(String offerId, String alias, String tokenName) {
    List<String> offered =
        jdbc.sql("SELECT aliases FROM alias_offers WHERE offer_id = :id AND expires_at_millis >= :now")
            .param("id", offerId)
            .param("now", clock.millis())
            .query(String.class)
            .optional()
            .map(s -> Arrays.asList(s.split(",")))
            .orElseThrow(() -> RuleViolation.invalid("offerId", "offerId.valid",
                "The alias offer is unknown or expired; ask for new aliases."));
    if (!offered.contains(alias)) {
      throw RuleViolation.invalid("alias", "alias.offered", "Pick one of the five offered aliases.");
    }
    if (contributors.aliasTaken(alias)) {
      throw RuleViolation.conflict("alias", "alias.unique", "This alias was just taken; pick another.");
    }
    String participantId = newParticipantId();
    long id;
    try {
      id = contributors.insertNew(participantId, alias, clock.millis());
    } catch (DuplicateKeyException e) {
      throw RuleViolation.conflict("alias", "alias.unique", "This alias was just taken; pick another.");
    }
    jdbc.sql("DELETE FROM alias_offers WHERE offer_id = :id").param("id", offerId).update();
    ApiTokens.IssuedToken token = tokens.issue(id, tokenName == null ? "default" : tokenName);
    return new SignedUp(participantId, alias, token.id(), token.token());
  }

  private String newParticipantId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
