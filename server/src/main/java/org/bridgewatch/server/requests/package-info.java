/**
 * Note requests: contributors ask for a note on a post (one request per contributor and post).
 * Feed eligibility (the public noteRequests timestamps) is computed by a later scoring step.
 */
package org.bridgewatch.server.requests;
