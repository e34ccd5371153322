/**
 * Contributors: sign-up with an alias chosen from five generated options, the contributor record
 * (enrollment, impacts, modeling population and group), API tokens and {@code contributors/me}.
 */
package org.bridgewatch.server.contributors;
