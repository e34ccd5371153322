package org.bridgewatch.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The authenticated contributor of the current request. */
public final class CurrentContributor {
  private CurrentContributor() {}

  public static Contributor get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof Contributor c) {
      return c;
    }
    throw new AuthenticationCredentialsNotFoundException("no contributor");
  }

  /** Null for anonymous callers. */
  public static Contributor orNull() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Contributor c ? c : null;
  }
}
