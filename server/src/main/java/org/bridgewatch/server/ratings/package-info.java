/**
 * Ratings: rate a note with a helpfulness level and tags, change the rating (the latest counts;
 * one row per note and rater), with the rules that no one rates their own note and tags match the
 * level.
 */
package org.bridgewatch.server.ratings;
