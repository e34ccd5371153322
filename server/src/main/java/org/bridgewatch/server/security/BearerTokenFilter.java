package org.bridgewatch.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without the header passes on
 * anonymous (public reads); a request with an unknown or revoked token is refused with 401.
 */
public class BearerTokenFilter extends OncePerRequestFilter {
  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final ProblemResponses problems;

  public BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Contributor> owner = tokens.resolve(header.substring(BEARER.length()).trim());
    if (owner.isEmpty()) {
      problems.unauthorized(response, "The bearer token is unknown or revoked.");
      return;
    }
    Contributor c = owner.get();
    List<SimpleGrantedAuthority> roles =
        c.operator()
            ? List.of(new SimpleGrantedAuthority("ROLE_CONTRIBUTOR"), new SimpleGrantedAuthority("ROLE_OPERATOR"))
            : List.of(new SimpleGrantedAuthority("ROLE_CONTRIBUTOR"));
    var auth = new UsernamePasswordAuthenticationToken(c, null, roles);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
