package org.bridgewatch.scoring.topics;

import it.unimi.dsi.fastutil.longs.Long2IntLinkedOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgewatch.scoring.model.NoteTable;

/**
 * The topic model's documents: one per post (tweetId), the summaries of all its notes joined by a
 * space, URLs reduced to their words of four letters or more (so "sc" in "sc_lang" cannot look
 * like a seed term), then '_' and '/' turned into spaces.
 *
 * @param tweetId the post of each document, in order of first note
 * @param text the prepared text of each document
 * @param postOfNote per note index, the document index
 */
public record PostTexts(long[] tweetId, String[] text, int[] postOfNote) {
  private static final Pattern URL = PyRegex.compile("https?://[^\\s)\\]]+", false);
  private static final Pattern LETTERS = Pattern.compile("[a-zA-Z]+");
  /** URLs that are themselves seed terms stay verbatim. */
  private static final Pattern[] SEED_URLS = {
    Pattern.compile("help\\.x\\.com"), Pattern.compile("x\\.com/tos")
  };

  private static final int MIN_URL_TOKEN_LENGTH = 4;

  public static PostTexts of(NoteTable notes) {
    return of(notes, 1);
  }

  /** As {@link #of(NoteTable)}, preparing the texts on {@code threads} threads. */
  public static PostTexts of(NoteTable notes, int threads) {
    Long2IntLinkedOpenHashMap postIndex = new Long2IntLinkedOpenHashMap();
    postIndex.defaultReturnValue(-1);
    List<StringBuilder> joined = new ArrayList<>();
    int[] postOfNote = new int[notes.size];
    for (int n = 0; n < notes.size; n++) {
      int post = postIndex.putIfAbsent(notes.tweetId[n], joined.size());
      String summary = notes.summary[n] == null ? "" : notes.summary[n];
      if (post < 0) {
        post = joined.size();
        joined.add(new StringBuilder(summary));
      } else {
        joined.get(post).append(' ').append(summary);
      }
      postOfNote[n] = post;
    }
    long[] tweetIds = postIndex.keySet().toLongArray();
    String[] texts = new String[joined.size()];
    PostChunks.run(
        texts.length,
        threads,
        () -> null,
        (none, chunk, from, to) -> {
          for (int p = from; p < to; p++) {
            texts[p] = prepare(joined.get(p).toString());
          }
        });
    return new PostTexts(tweetIds, texts, postOfNote);
  }

  public int size() {
    return text.length;
  }

  /** URL filtering, then underscores and slashes to spaces. */
  static String prepare(String joined) {
    return filterUrls(joined).replace('_', ' ').replace('/', ' ');
  }

  static String filterUrls(String text) {
    Matcher m = URL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(urlWords(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String urlWords(String url) {
    for (Pattern seed : SEED_URLS) {
      if (seed.matcher(url).find()) {
        return url;
      }
    }
    StringBuilder words = new StringBuilder();
    Matcher m = LETTERS.matcher(url);
    while (m.find()) {
      if (m.end() - m.start() >= MIN_URL_TOKEN_LENGTH) {
        if (!words.isEmpty()) {
          words.append(' ');
        }
        words.append(m.group());
      }
    }
    return words.toString();
  }
}
