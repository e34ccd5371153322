package org.bridgewatch.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a contributor into the web session. The pages have no passwords: a newcomer is signed in
 * right after picking an alias, and later signs in with the sign-in key (an API token) shown at
 * sign-up, so the key is checked by the same {@link ApiTokens} as the API's bearer tokens.
 */
@Component
public class SessionLogin {
  private final ApiTokens tokens;
  private final SecurityContextRepository repository;

  public SessionLogin(ApiTokens tokens, SecurityContextRepository webSecurityContextRepository) {
    this.tokens = tokens;
    this.repository = webSecurityContextRepository;
  }

  /** Signs in with a key; empty when the key is unknown or revoked. */
  public Optional<Contributor> signInWithKey(String key, HttpServletRequest request, HttpServletResponse response) {
    Optional<Contributor> owner = tokens.resolve(key == null ? null : key.strip());
    owner.ifPresent(c -> signIn(c, request, response));
    return owner;
  }

  public void signIn(Contributor contributor, HttpServletRequest request, HttpServletResponse response) {
    // A fresh session id at sign-in: a session id planted before sign-in is worthless after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    var auth = new UsernamePasswordAuthenticationToken(contributor, null, roles(contributor));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    repository.saveContext(context, request, response);
  }

  static List<SimpleGrantedAuthority> roles(Contributor c) {
    return c.operator()
        ? List.of(new SimpleGrantedAuthority("ROLE_CONTRIBUTOR"), new SimpleGrantedAuthority("ROLE_OPERATOR"))
        : List.of(new SimpleGrantedAuthority("ROLE_CONTRIBUTOR"));
  }
}
