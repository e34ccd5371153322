package org.bridgewatch.scoring.synth;

import java.util.SplittableRandom;

/**
 * Plausible note summaries: filler words, a source link, and for posts on a topic, one of the
 * topic's seed terms (so the reference's topic assignment has something to match).
 */
final class NoteText {
  /** Topic names as in truth.tsv; index 0 is "no topic". */
  static final String[] TOPICS = {"none", "ukraine", "gaza", "messironaldo", "scams", "india"};
  private static final double[] TOPIC_WEIGHTS = {0, 0.37, 0.22, 0.10, 0.24, 0.07};
  private static final String[][] SEED_TERMS = {
    {},
    {"ukraine", "russia", "kyiv", "zelensky", "putin", "moscow"},
    {"israel", "palestinian", "gaza", "jerusalem", "hamas"},
    {"messi", "ronaldo"},
    {"scam", "spam", "gambling", "dropship", "promotion", "engagement farm"},
    {"ugc", "obc", "gc"},
  };
  private static final String[] OPENERS = {
    "This claim is missing context.", "Other sources say", "The image is", "I think",
    "Wake up, the truth is", "According to official data", "The video shows", "This is"
  };
  private static final String[] WORDS = {
    "the", "a", "claim", "context", "source", "data", "numbers", "event", "taken", "from",
    "different", "country", "wrong", "figures", "altered", "corrected", "report", "article",
    "is", "lacks", "this", "happened", "in", "made", "another", "year", "original", "video",
    "photo", "fabricated", "misleading", "quote", "statement", "official", "record", "shows"
  };
  private static final String[] SITES = {
    "https://www.reuters.com/world/", "https://apnews.com/article/", "https://data.gov/dataset/",
    "https://www.bbc.com/news/", "https://en.wikipedia.org/wiki/"
  };

  private NoteText() {}

  /** The topic of a new post: none with probability 1 - {@link SynthConfig#TOPIC_FRACTION}. */
  static int drawTopic(SplittableRandom rng) {
    if (rng.nextDouble() >= SynthConfig.TOPIC_FRACTION) {
      return 0;
    }
    return RaterPool.pick(rng, TOPIC_WEIGHTS);
  }

  /** A one-line summary; topic posts name a seed term in 60% of their notes. */
  static String summary(SplittableRandom rng, int topic, boolean withLink) {
    StringBuilder text = new StringBuilder(160);
    text.append(OPENERS[rng.nextInt(OPENERS.length)]);
    int words = 8 + rng.nextInt(12);
    int termAt = topic > 0 && rng.nextDouble() < 0.6 ? rng.nextInt(words) : -1;
    for (int w = 0; w < words; w++) {
      text.append(' ');
      if (w == termAt) {
        String[] terms = SEED_TERMS[topic];
        text.append(terms[rng.nextInt(terms.length)]);
      } else {
        text.append(WORDS[rng.nextInt(WORDS.length)]);
      }
    }
    text.append('.');
    if (withLink) {
      text.append(' ').append(SITES[rng.nextInt(SITES.length)])
          .append(Integer.toHexString(rng.nextInt(1 << 28) | (1 << 28)).substring(1));
    }
    return text.toString();
  }
}
