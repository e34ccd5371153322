/**
 * Note status history: the per-note record of statuses across scoring runs (noteStatusHistory).
 *
 * <p>{@link org.bridgewatch.scoring.pipeline.history.NoteInfoMerger} adds rows for newly written
 * notes and keeps rows of notes that are gone (merge_note_info); {@link
 * org.bridgewatch.scoring.pipeline.history.StatusHistoryUpdater} folds one run's final statuses
 * into it: current status and per-model statuses, first and most recent non-NMR status, the
 * two-week status lock, the minimum-stable-CRH-time stabilization timestamps and the time of the
 * most recent status change.
 */
package org.bridgewatch.scoring.pipeline.history;
