/**
 * Lays a {@link org.bridgewatch.scoring.pipeline.ScoringResult} out as the reference's four output
 * files (scored_notes, helpfulness_scores, note_status_history, aux_note_info), with its exact
 * headers, column order and number formats. Columns of models that did not run are left empty.
 */
package org.bridgewatch.scoring.output;
