package org.bridgewatch.scoring.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.junit.jupiter.api.Test;

class TagConsensusTest {
  private static final RatingTag TAG = RatingTag.NOT_HELPFUL_SPAM_HARASSMENT_OR_ABUSE;
  private static final long AFTER = TagConsensus.LAST_RATING_TAGS_CHANGE_MILLIS;

  private static RatingTable table(int[] note, int[] rater, long[] time, byte[] level, int[] tags) {
    int n = note.length;
    return new RatingTable(note, new long[n], rater, time, level, tags, new byte[n], new byte[n],
        new long[n], new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
  }

  @Test
  void labelsFollowTheReferenceRules() {
    byte helpful = HelpfulnessLevel.HELPFUL.code();
    byte notHelpful = HelpfulnessLevel.NOT_HELPFUL.code();
    byte somewhat = HelpfulnessLevel.SOMEWHAT_HELPFUL.code();
    int other = RatingTag.NOT_HELPFUL_OTHER.bit();
    RatingTable t = table(new int[6], new int[6], new long[6],
        new byte[] {notHelpful, notHelpful, helpful, notHelpful, somewhat, notHelpful},
        new int[] {TAG.bit(), other, 0, 0, 0, TAG.bit() | other});
    assertThat(TagConsensus.label(t, 0, TAG)).isEqualTo(1);
    assertThat(TagConsensus.label(t, 1, TAG)).isEqualTo(0); // same valence, "other" tag
    assertThat(TagConsensus.label(t, 2, TAG)).isEqualTo(0); // opposite valence
    assertThat(TagConsensus.label(t, 3, TAG)).isEqualTo(-1); // not helpful, no tag: dropped
    assertThat(TagConsensus.label(t, 4, TAG)).isEqualTo(-1); // somewhat helpful: dropped
    assertThat(TagConsensus.label(t, 5, TAG)).isEqualTo(1); // the tag wins over "other"
  }

  /** 60 notes x 40 raters, every rater rates every note; a few notes are tagged by everyone. */
  private static RatingTable planted(long time, boolean anyPositive) {
    int nNotes = 60, nRaters = 40, size = nNotes * nRaters;
    int[] note = new int[size], rater = new int[size], tags = new int[size];
    long[] times = new long[size];
    byte[] level = new byte[size];
    SplittableRandom r = new SplittableRandom(5);
    int k = 0;
    for (int n = 0; n < nNotes; n++) {
      for (int u = 0; u < nRaters; u++) {
        note[k] = n;
        rater[k] = u;
        times[k] = time;
        boolean abusive = n < 6;
        boolean tagged = anyPositive && r.nextDouble() < (abusive ? 0.8 : 0.03);
        level[k] = tagged || r.nextBoolean() ? HelpfulnessLevel.NOT_HELPFUL.code()
            : HelpfulnessLevel.HELPFUL.code();
        tags[k] = tagged ? TAG.bit() : (level[k] == 0 ? RatingTag.NOT_HELPFUL_OTHER.bit() : 0);
        k++;
      }
    }
    return table(note, rater, times, level, tags);
  }

  private static int[] all(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
  }

  @Test
  void abusiveNotesGetTheHighestIntercepts() {
    RatingTable t = planted(AFTER, true);
    TagConsensus.TagModel m = TagConsensus.train(t, all(t.size), TAG, 60, 40, null, null,
        MfOptions.defaults());
    assertThat(m.trained()).isTrue();
    float minAbusive = Float.POSITIVE_INFINITY, maxOther = Float.NEGATIVE_INFINITY;
    for (int n = 0; n < 60; n++) {
      if (n < 6) {
        minAbusive = Math.min(minAbusive, m.noteIntercept()[n]);
      } else {
        maxOther = Math.max(maxOther, m.noteIntercept()[n]);
      }
    }
    assertThat(minAbusive).isGreaterThan(maxOther);
  }

  @Test
  void abortsWithoutPositivesOrWithOnlyOldRatings() {
    RatingTable none = planted(AFTER, false);
    assertThat(TagConsensus.train(none, all(none.size), TAG, 60, 40, null, null,
        MfOptions.defaults()).trained()).isFalse();
    RatingTable old = planted(AFTER - 1, true);
    TagConsensus.TagModel m = TagConsensus.train(old, all(old.size), TAG, 60, 40, null, null,
        MfOptions.defaults());
    assertThat(m.trained()).isFalse();
    assertThat(m.noteIntercept()).containsOnly(Float.NaN);
  }

  @Test
  void logisticFitIsStationary() {
    RatingTable t = planted(AFTER, true);
    int size = t.size;
    float[] y = new float[size];
    for (int k = 0; k < size; k++) {
      y[k] = TagConsensus.label(t, k, TAG) == 1 ? 1f : 0f;
    }
    double posWeight = 3.0;
    MfProblem p = MfProblem.of(60, 40, t.note, t.rater, y);
    MfOptions o = MfOptions.defaults().withLoss(MfLoss.logistic(posWeight))
        .withConvergence(1e-10, 100_000).withObjectiveTolerance(Double.NaN);
    MfParams fit = MatrixFactorizer.fit(p, o, (MfParams) null).params();
    double[] gNote = new double[60];
    double gMu = 0;
    for (int k = 0; k < size; k++) {
      double z = fit.predict(t.note[k], t.rater[k]);
      double s = 1 / (1 + Math.exp(-z));
      double d = (-posWeight * y[k] * (1 - s) + (1 - y[k]) * s) / size;
      gNote[t.note[k]] += d;
      gMu += d;
    }
    for (int n = 0; n < 60; n++) {
      gNote[n] += 2 * 0.15 * fit.noteIntercept[n] / 60;
      assertThat(Math.abs(gNote[n] * size) / 40).isLessThan(1e-5);
    }
    gMu += 2 * 0.15 * fit.globalIntercept;
    assertThat(Math.abs(gMu)).isLessThan(1e-6);
  }

  @Test
  void extrapolatedFitReachesThePlainFitsOptimumInFewerSweeps() {
    RatingTable t = planted(AFTER, true);
    float[] y = new float[t.size];
    for (int k = 0; k < t.size; k++) {
      y[k] = TagConsensus.label(t, k, TAG) == 1 ? 1f : 0f;
    }
    MfProblem p = MfProblem.of(60, 40, t.note, t.rater, y);
    // The parameter rule alone: both fits must reach the optimum itself.
    MfOptions o = MfOptions.defaults().withLoss(MfLoss.logistic(3.0))
        .withConvergence(1e-7, 100_000).withObjectiveTolerance(Double.NaN);
    MfInit init = new MfInit(null, null, null, null, null);
    MfResult plain = MatrixFactorizer.fit(p, o, init, false);
    MfResult fast = MatrixFactorizer.fit(p, o, init, true);
    assertThat(plain.converged()).isTrue();
    assertThat(fast.converged()).isTrue();
    assertThat(fast.iterations()).isLessThan(plain.iterations());
    // Objective decreases monotonically in both, to the same optimum.
    assertThat(fast.objective()).isCloseTo(plain.objective(), within(1e-9));
    for (int n = 0; n < 60; n++) {
      assertThat(fast.params().noteIntercept[n])
          .isCloseTo(plain.params().noteIntercept[n], within(1e-4f));
    }
    // Threads do not change the extrapolated fit.
    MfResult threaded = MatrixFactorizer.fit(p, o.withThreads(3), init, true);
    assertThat(threaded.params().noteIntercept).isEqualTo(fast.params().noteIntercept);
    assertThat(threaded.iterations()).isEqualTo(fast.iterations());
  }
}
