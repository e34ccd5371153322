package org.bridgewatch.scoring.rules;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.RatingTag;

/** Builds a small {@link RatingTable} by hand. */
final class TestRatings {
  private final IntArrayList note = new IntArrayList();
  private final IntArrayList rater = new IntArrayList();
  private final IntArrayList level = new IntArrayList();
  private final IntArrayList tags = new IntArrayList();
  private final IntArrayList source = new IntArrayList();
  private final LongArrayList created = new LongArrayList();

  TestRatings add(int noteIndex, int raterIndex, HelpfulnessLevel lvl, RatingTag... tagList) {
    return add(noteIndex, raterIndex, lvl, RatingSource.DEFAULT, 0L, tagList);
  }

  TestRatings add(
      int noteIndex,
      int raterIndex,
      HelpfulnessLevel lvl,
      RatingSource src,
      long createdAt,
      RatingTag... tagList) {
    int bits = 0;
    for (RatingTag t : tagList) {
      bits |= t.bit();
    }
    note.add(noteIndex);
    rater.add(raterIndex);
    level.add(lvl.code());
    tags.add(bits);
    source.add(src.code());
    created.add(createdAt);
    return this;
  }

  RatingTable table() {
    int n = note.size();
    byte[] lv = new byte[n];
    byte[] src = new byte[n];
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      lv[i] = (byte) level.getInt(i);
      src[i] = (byte) source.getInt(i);
      ids[i] = 1000 + note.getInt(i);
    }
    return new RatingTable(
        note.toIntArray(),
        ids,
        rater.toIntArray(),
        created.toLongArray(),
        lv,
        tags.toIntArray(),
        src,
        new byte[n],
        new long[n],
        new Int2ObjectOpenHashMap<>(),
        new Int2LongOpenHashMap());
  }

  RatingSlice slice() {
    return RatingSlice.all(table());
  }
}
