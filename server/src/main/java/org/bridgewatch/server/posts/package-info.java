/** Posts that notes are written on: ingest, list, get. A post's id is the public tweetId. */
package org.bridgewatch.server.posts;
