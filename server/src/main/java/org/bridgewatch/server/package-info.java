/**
 * The Bridgewatch server: a Spring Boot application that stores a community's posts, notes and
 * ratings, enforces the write rules, and serves the versioned REST API under {@code /api/v1}.
 */
package org.bridgewatch.server;
