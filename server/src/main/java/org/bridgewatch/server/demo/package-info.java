/**
 * The demo community: imports a synthetic dataset (posts, contributors with aliases, notes,
 * ratings, enrollment) into an empty database and scores it once, so a newcomer sees a living
 * system. Also the importer the integration tests build their communities with.
 */
package org.bridgewatch.server.demo;
