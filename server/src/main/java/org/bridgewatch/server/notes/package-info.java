/**
 * Notes: writing (with the write-time rules: enrollment, one note per post, summary length and
 * sources, daily and per-post-author writing limits), deletion, reads, and status history.
 */
package org.bridgewatch.server.notes;
