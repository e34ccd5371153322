/** Cross-cutting web pieces: RFC 7807 problem responses and the rule violations they report. */
package org.bridgewatch.server.web;
