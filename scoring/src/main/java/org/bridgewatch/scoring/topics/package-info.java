/**
 * The reference's note topic model: seed-term labelling of post text (all notes on a post, URLs
 * reduced to their long words), then a tf-idf bag-of-words multinomial logistic regression that
 * expands the seed labels, with an "unassigned" confidence threshold. Tokenization and regex
 * character classes follow Python's {@code re} and scikit-learn's CountVectorizer exactly, because
 * a single differing token can move a post across the 0.99 threshold.
 *
 * <p>Entry point: {@link org.bridgewatch.scoring.topics.TopicModel}; result: {@link
 * org.bridgewatch.scoring.topics.NoteTopics}.
 */
package org.bridgewatch.scoring.topics;
