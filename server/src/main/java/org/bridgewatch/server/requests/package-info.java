/**
 * Note requests: contributors ask for a note on a post (one request per contributor and post).
 * Each request records the requester's requestor helpfulness tier; when a post meets the visibility
 * rule its feed-eligible time is set (exported as noteRequestFeedEligibleTimestamp) and Top Writers
 * see it on {@code GET /api/v1/note-requests} for 24 hours.
 */
package org.bridgewatch.server.requests;
