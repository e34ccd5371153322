/**
 * The web: RFC 7807 problem responses for the API and the rule violations they report, and the
 * server-rendered pages (Thymeleaf + htmx) where contributors sign up, rate, write and understand
 * notes. Page controllers are marked {@link org.bridgewatch.server.web.WebPage}; every write they
 * make goes through the same services, and so the same rules, as the API.
 */
package org.bridgewatch.server.web;
