package org.bridgewatch.scoring.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.model.NoteTable;

/**
 * The reference's note topic model, trained and applied in one pass (as prescoring does; final
 * scoring re-applies the same classifier to the same post texts, so its topics are the same).
 *
 * <ol>
 *   <li>Documents are posts ({@link PostTexts}); seed terms label them ({@link SeedLabeler}).
 *   <li>Vocabulary tokens containing a seed term become stop words.
 *   <li>A tf-idf bag of words (min_df 1, or 25 from 2000 posts on; max_df max(1000, posts/4))
 *       and a logistic regression are fit on every post that is not conflicted, with its seed
 *       label (UNASSIGNED included) as target.
 *   <li>Every post gets the classifier's most likely label, except that a seed-labelled post
 *       keeps its seed label unless the classifier gives it below 1% (2% for InDimensionTwo), and
 *       a conflicted post takes its most likely matched topic under the same rule.
 * </ol>
 */
public final class TopicModel {
  /** A seed label stands unless the other classes' probability exceeds this. */
  public static final double UNASSIGNED_THRESHOLD = 0.99;

  public static final double IN_DIMENSION_TWO_THRESHOLD = 0.98;

  static final int LARGE_CORPUS_POSTS = 2000;
  static final int LARGE_CORPUS_MIN_DF = 25;
  static final int MIN_MAX_DF = 1000;

  private final SeedTerms seeds;

  public TopicModel() {
    this(SeedTerms.reference());
  }

  public TopicModel(SeedTerms seeds) {
    this.seeds = seeds;
  }

  /**
   * Per-post outcome.
   *
   * @param posts the documents
   * @param matchedTopics per post, bitset of seed-matched topic labels
   * @param probabilities per post, classifier probability of each label (indexed by label)
   * @param topic per post, the assigned label (0 = unassigned)
   */
  public record PostTopics(
      PostTexts posts, int[] matchedTopics, double[][] probabilities, int[] topic) {}

  /** Topics of all notes of {@code notes}. */
  public NoteTopics assign(NoteTable notes) {
    return assign(notes, 1);
  }

  /**
   * As {@link #assign(NoteTable)}, doing the per-post text work on {@code threads} threads; the
   * result does not depend on the thread count.
   */
  public NoteTopics assign(NoteTable notes, int threads) {
    PostTopics result = classify(PostTexts.of(notes, threads), threads);
    byte[] labelOfNote = new byte[notes.size];
    for (int n = 0; n < notes.size; n++) {
      labelOfNote[n] = (byte) result.topic()[result.posts().postOfNote()[n]];
    }
    return new NoteTopics(labelOfNote);
  }

  public PostTopics classify(PostTexts posts) {
    return classify(posts, 1);
  }

  /** As {@link #classify(PostTexts)}, with the per-post text work on {@code threads} threads. */
  public PostTopics classify(PostTexts posts, int threads) {
    SeedLabeler labeler = new SeedLabeler(seeds);
    int n = posts.size();
    int[] matched = new int[n];
    PostChunks.run(
        n,
        threads,
        () -> labeler,
        (l, chunk, from, to) -> {
          for (int p = from; p < to; p++) {
            matched[p] = l.matchedTopics(posts.text()[p]);
          }
        });
    Set<String> stopWords = stopWords(posts, threads);

    List<List<String>> tokensOfPost = new ArrayList<>(java.util.Collections.nCopies(n, null));
    PostChunks.run(
        n,
        threads,
        () -> new NoteTokenizer(seeds),
        (tokenizer, chunk, from, to) -> {
          for (int p = from; p < to; p++) {
            List<String> tokens = new ArrayList<>(tokenizer.analyze(posts.text()[p], true));
            tokens.removeIf(stopWords::contains);
            tokensOfPost.set(p, tokens);
          }
        });
    List<List<String>> allDocs = tokensOfPost;
    List<List<String>> trainDocs = new ArrayList<>();
    List<Integer> trainLabels = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      List<String> tokens = tokensOfPost.get(p);
      if (!SeedLabeler.conflicted(matched[p])) {
        trainDocs.add(tokens);
        trainLabels.add(SeedLabeler.label(matched[p]));
      }
    }
    int[] labels = trainLabels.stream().mapToInt(Integer::intValue).toArray();
    double[][] probs = probabilities(trainDocs, labels, allDocs, n, threads);
    int[] topic = new int[n];
    for (int p = 0; p < n; p++) {
      topic[p] = decide(probs[p], matched[p]);
    }
    return new PostTopics(posts, matched, probs, topic);
  }

  /**
   * Classifier probabilities per post. Where the reference's scikit-learn pipeline would refuse
   * to fit (one class only, or no vocabulary left, as on tiny test inputs) every post gets
   * probability 1 for the only training label (UNASSIGNED when there is none), so seed labels
   * still apply.
   */
  private static double[][] probabilities(
      List<List<String>> trainDocs, int[] labels, List<List<String>> allDocs, int n,
      int threads) {
    int labelCount = Topic.values().length;
    int minDf = n < LARGE_CORPUS_POSTS ? 1 : LARGE_CORPUS_MIN_DF;
    int maxDf = Math.max(MIN_MAX_DF, (int) (0.25 * n));
    long distinct = java.util.Arrays.stream(labels).distinct().count();
    if (distinct >= 2) {
      try {
        TfidfFeatures features = TfidfFeatures.fit(trainDocs, minDf, maxDf);
        LogisticRegression model = LogisticRegression.fit(features.transform(trainDocs), labels, threads);
        return model.probabilities(features.transform(allDocs), labelCount);
      } catch (IllegalStateException emptyVocabulary) {
        // fall through to the degenerate case
      }
    }
    int only = distinct == 1 ? labels[0] : Topic.UNASSIGNED.label();
    double[][] probs = new double[n][labelCount];
    for (double[] row : probs) {
      row[only] = 1.0;
    }
    return probs;
  }

  /**
   * Seed-term stop words: every token of the whole corpus (all posts, lower-cased but with the
   * tokenizer's own accent stripping only) that contains a blocked substring.
   */
  Set<String> stopWords(PostTexts posts, int threads) {
    Set<String> blocked = seeds.blockedTokens();
    int n = posts.size();
    List<Set<String>> chunkVocabulary =
        new ArrayList<>(java.util.Collections.nCopies(PostChunks.count(n), null));
    PostChunks.run(
        n,
        threads,
        () -> new NoteTokenizer(seeds),
        (tokenizer, chunk, from, to) -> {
          Set<String> words = new java.util.HashSet<>();
          for (int p = from; p < to; p++) {
            words.addAll(tokenizer.analyze(posts.text()[p], false));
          }
          chunkVocabulary.set(chunk, words);
        });
    Set<String> vocabulary = new java.util.HashSet<>();
    for (Set<String> words : chunkVocabulary) {
      vocabulary.addAll(words);
    }
    Set<String> stop = new java.util.HashSet<>();
    for (String token : vocabulary) {
      for (String b : blocked) {
        if (token.contains(b)) {
          stop.add(token);
          break;
        }
      }
    }
    return stop;
  }

  /** Merges the classifier's choice with seed labels (the unassigned-threshold rule). */
  static int decide(double[] probs, int matched) {
    int best = 0;
    for (int label = 1; label < probs.length; label++) {
      if (probs[label] > probs[best]) {
        best = label;
      }
    }
    int seed = SeedLabeler.label(matched);
    if (seed != 0 && 1.0 - probs[seed] <= threshold(seed)) {
      return seed;
    }
    if (SeedLabeler.conflicted(matched)) {
      int candidate = -1;
      double candidateProb = -1.0;
      for (int label = 0; label < probs.length; label++) {
        if ((matched & (1 << label)) != 0 && probs[label] > candidateProb) {
          candidate = label;
          candidateProb = probs[label];
        }
      }
      if (candidate >= 0 && 1.0 - candidateProb <= threshold(candidate)) {
        return candidate;
      }
    }
    return best;
  }

  static double threshold(int label) {
    return label == Topic.IN_DIMENSION_TWO.label()
        ? IN_DIMENSION_TWO_THRESHOLD
        : UNASSIGNED_THRESHOLD;
  }
}
