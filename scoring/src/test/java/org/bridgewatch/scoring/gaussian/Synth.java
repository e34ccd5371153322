package org.bridgewatch.scoring.gaussian;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.scoring.rules.RatingSlice;
import org.bridgewatch.scoring.rules.ScoredNotesInput;
import org.bridgewatch.scoring.rules.TagThresholds;
import org.bridgewatch.scoring.rules.UserIncorrectRatio;

/**
 * Synthetic Gaussian-scorer inputs: participants 0..raters-1 rate, note n is authored by
 * participant raters + n. Rater factors are spread over [-0.8, 0.8]; a note's "lean" decides
 * whose ratings are helpful.
 */
final class Synth {
  final int raters;
  final int noteCount;
  final NoteTable notes;
  final RatingTable ratings;
  final StatusHistoryTable history;
  final float[] raterFactor;
  final float[] raterIntercept;
  final boolean[] above;

  Synth(int raters, int noteCount, int perNote, long seed) {
    this.raters = raters;
    this.noteCount = noteCount;
    SplittableRandom random = new SplittableRandom(seed);
    int participants = raters + noteCount;
    raterFactor = new float[participants];
    raterIntercept = new float[participants];
    above = new boolean[participants];
    Arrays.fill(raterFactor, Float.NaN);
    Arrays.fill(raterIntercept, Float.NaN);
    for (int u = 0; u < raters; u++) {
      raterFactor[u] = (float) (random.nextDouble() * 1.6 - 0.8);
      raterIntercept[u] = (float) (random.nextDouble() * 0.2 - 0.1);
      above[u] = true;
    }
    long[] ids = new long[noteCount];
    int[] author = new int[noteCount];
    for (int n = 0; n < noteCount; n++) {
      ids[n] = 1000 + n;
      author[n] = raters + n;
    }
    byte[] cls = new byte[noteCount];
    Arrays.fill(cls, Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING.code());
    notes = new NoteTable(ids, author, new long[noteCount], new long[noteCount], cls, null, null,
        null, new byte[noteCount], new byte[noteCount], new byte[noteCount],
        new String[noteCount], new boolean[noteCount], new boolean[noteCount]);
    int size = noteCount * perNote;
    int[] note = new int[size];
    long[] noteId = new long[size];
    int[] rater = new int[size];
    byte[] level = new byte[size];
    byte[] source = new byte[size];
    int[] tags = new int[size];
    int k = 0;
    for (int n = 0; n < noteCount; n++) {
      double lean = random.nextDouble() * 2 - 1;
      int[] chosen = random.ints(0, raters).distinct().limit(perNote).toArray();
      for (int u : chosen) {
        note[k] = n;
        noteId[k] = ids[n];
        rater[k] = u;
        // Notes are helpful to both sides, unhelpful to both, or split along the factor axis.
        double p = n % 3 == 0
            ? 0.85 + 0.3 * (random.nextDouble() - 0.5)
            : n % 3 == 1 ? 0.15 + 0.3 * (random.nextDouble() - 0.5) : 0.5 + 0.45 * lean * Math.signum(raterFactor[u]) + 0.2 * (random.nextDouble() - 0.5);
        level[k] =
            (p > 0.6
                    ? HelpfulnessLevel.HELPFUL
                    : p < 0.4 ? HelpfulnessLevel.NOT_HELPFUL : HelpfulnessLevel.SOMEWHAT_HELPFUL)
                .code();
        if (level[k] == HelpfulnessLevel.NOT_HELPFUL.code()) {
          tags[k] = RatingTag.NOT_HELPFUL_OTHER.bit();
        }
        source[k] = (k % 7 == 0 ? RatingSource.POPULATION_SAMPLED : RatingSource.DEFAULT).code();
        k++;
      }
    }
    ratings = new RatingTable(note, noteId, rater, new long[size], level, tags, source,
        new byte[size], new long[size], new Int2ObjectOpenHashMap<>(), new Int2LongOpenHashMap());
    long[] times = new long[noteCount];
    Arrays.fill(times, Nulls.NO_TIME);
    byte[] codes = new byte[noteCount];
    Arrays.fill(codes, Nulls.NO_CODE);
    int[] ints = new int[noteCount];
    Arrays.fill(ints, Nulls.NO_INT);
    int[] noteIndex = IntStream.range(0, noteCount).toArray();
    history = new StatusHistoryTable(ids, noteIndex, author, new long[noteCount], times, codes,
        times, codes, times, codes, times, codes, times, codes, codes, codes,
        new String[noteCount], ints, times, times, codes, ints, times, times, times);
  }

  float[] helpfulNum() {
    float[] out = new float[ratings.size];
    for (int r = 0; r < out.length; r++) {
      out[r] = ratings.helpfulNum(r);
    }
    return out;
  }

  int[] allRows() {
    return IntStream.range(0, ratings.size).toArray();
  }

  CorePrescoring prescoring() {
    return new CorePrescoring(raterIntercept, raterFactor, above, null, null, null, 0.1f,
        ratings.size, noteCount);
  }

  GaussianInput input(int[] rows, boolean[] highVolume) {
    return new GaussianInput(ratings, rows, helpfulNum(), notes, history,
        ScoredNotesInput.historyNotes(history), null, prescoring(), highVolume, null,
        TagThresholds.uniform(1e9),
        UserIncorrectRatio.compute(RatingSlice.all(ratings), raterFactor.length), null, 0L);
  }
}
