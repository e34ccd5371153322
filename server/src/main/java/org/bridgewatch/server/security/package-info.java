/**
 * Who is calling: bearer API tokens for programs (stored as SHA-256 hashes), the authenticated
 * {@link org.bridgewatch.server.security.Contributor} principal, and per-contributor write rate
 * limits. The web pages use a second filter chain ({@link org.bridgewatch.server.security.WebSecurityConfig}):
 * session login with CSRF-protected forms.
 */
package org.bridgewatch.server.security;
