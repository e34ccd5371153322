/**
 * The in-memory shape of Community Notes data: columnar tables of primitive arrays.
 *
 * <p>Every table is column-oriented. A rating is a row index {@code r}; its fields live in
 * {@code ratings.note[r]}, {@code ratings.rater[r]}, {@code ratings.level[r]} and so on. Notes and
 * participants are addressed by dense int indexes assigned at load time ({@link
 * org.bridgewatch.scoring.model.NoteTable#indexOf(long)}, {@link
 * org.bridgewatch.scoring.model.ParticipantIndex#indexOf(String)}); the public ids are kept
 * once, in the index. Nothing here allocates an object per rating.
 *
 * <p>Nullable numbers use sentinels: {@link org.bridgewatch.scoring.model.Nulls#NO_TIME} for
 * timestamps and {@code Float.NaN}/{@code Double.NaN} for scores; nullable enums use the code
 * {@code -1}.
 */
package org.bridgewatch.scoring.model;
