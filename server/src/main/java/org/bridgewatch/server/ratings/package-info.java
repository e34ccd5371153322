/**
 * Ratings: rate a note with a helpfulness level and tags, change the rating (the latest counts;
 * one row per note and rater), with the rules that no one rates their own note and tags match the
 * level. Rating writes are committed in groups ({@link org.bridgewatch.server.ratings.RatingGroupCommit}),
 * each answered after its commit.
 */
package org.bridgewatch.server.ratings;
