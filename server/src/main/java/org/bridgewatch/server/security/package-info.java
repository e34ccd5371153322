/**
 * Who is calling: bearer API tokens for programs (stored as SHA-256 hashes), the authenticated
 * {@link org.bridgewatch.server.security.Contributor} principal, and per-contributor write rate
 * limits. Session login for the web is meant to plug in as a second filter chain.
 */
package org.bridgewatch.server.security;
