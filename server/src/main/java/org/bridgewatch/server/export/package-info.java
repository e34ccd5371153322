/**
 * The public export: {@code GET /api/v1/export/{table}.tsv} streams notes, ratings,
 * noteStatusHistory, userEnrollment and noteRequests in X's public TSV format, leaving out rows
 * younger than the export delay and deleted notes (with their ratings and history).
 */
package org.bridgewatch.server.export;
