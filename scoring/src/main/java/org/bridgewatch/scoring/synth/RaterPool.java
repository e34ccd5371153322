package org.bridgewatch.scoring.synth;

import java.util.SplittableRandom;
import org.bridgewatch.scoring.model.EnrollmentState;

/**
 * The synthetic users, one primitive array per attribute: human raters {@code 0..raters-1}, then
 * the AI note writers. Raters hold a 1-D viewpoint around their camp's centre (L -1, R +1,
 * neutral 0), a leniency, a heavy-tailed (log-normal) activity, a modeling group and an
 * enrollment state; a few belong to small coordinated cliques.
 */
final class RaterPool {
  static final byte CAMP_L = 0;
  static final byte CAMP_R = 1;
  static final byte CAMP_N = 2;
  static final byte CAMP_AI = 3;
  static final String[] CAMP_NAMES = {"L", "R", "N", "AI"};
  static final int AI_WRITERS = 2;
  static final int CLIQUE_SIZE = 9;
  static final int GROUPS = 34;

  /** The reference's core modeling groups; every other group is scored as expansion. */
  static final int[] CORE_GROUPS = {1, 2, 3, 6, 8, 9, 10, 11, 13, 14, 19, 21, 25};
  private static final int[] MID_GROUPS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18};
  private static final int[] SMALL_GROUPS =
      {0, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33};

  final int raters;
  final byte[] camp;
  final float[] viewpoint;
  final float[] leniency;
  final float[] activity;
  final byte[] group;
  final byte[] enrollment;
  final short[] cliqueId;
  /** +1 / -1: which polarizing notes clique {@code c} (index c-1) pushes. */
  final byte[] cliqueSign;
  /** Rater indexes of clique {@code c} (index c-1). */
  final int[][] cliqueMembers;
  final int[] writers;
  final int[] ratingCount;
  final int[] noteCount;
  private final AliasTable everyone;
  private final AliasTable[] byGroup;

  RaterPool(SynthConfig config) {
    raters = config.raters();
    int users = raters + AI_WRITERS;
    camp = new byte[users];
    viewpoint = new float[users];
    leniency = new float[users];
    activity = new float[users];
    group = new byte[users];
    enrollment = new byte[users];
    cliqueId = new short[users];
    ratingCount = new int[users];
    noteCount = new int[users];
    SplittableRandom rng = new SplittableRandom(SynthIds.streamSeed(config.seed(), 1, 0));
    for (int u = 0; u < raters; u++) {
      camp[u] = (byte) pick(rng, SynthConfig.CAMP_PROBS);
      double centre = camp[u] == CAMP_L ? -1.0 : camp[u] == CAMP_R ? 1.0 : 0.0;
      viewpoint[u] = (float) (centre + 0.25 * rng.nextGaussian());
      leniency[u] = (float) (0.2 * rng.nextGaussian());
      activity[u] = (float) Math.exp(0.1 + rng.nextGaussian());
      group[u] = (byte) drawGroup(rng);
      enrollment[u] = drawEnrollment(rng).code();
    }
    for (int u = raters; u < users; u++) {
      camp[u] = CAMP_AI;
      group[u] = 13;
      enrollment[u] = EnrollmentState.API_EARNED_IN.code();
    }
    writers = drawWriters(rng);
    cliqueSign = drawCliques(rng);
    cliqueMembers = new int[cliqueSign.length][];
    for (int c = 0; c < cliqueSign.length; c++) {
      cliqueMembers[c] = membersOfClique(c + 1);
    }
    everyone = aliasOver(allHumans());
    byGroup = new AliasTable[GROUPS];
    for (int g = 0; g < GROUPS; g++) {
      byGroup[g] = aliasOver(membersOf(g));
    }
  }

  static boolean isCoreGroup(int g) {
    for (int c : CORE_GROUPS) {
      if (c == g) {
        return true;
      }
    }
    return false;
  }

  /** A rater, drawn by activity; from {@code postGroup} with the configured locality. */
  int drawRater(SplittableRandom rng, int postGroup, boolean preferGroup) {
    AliasTable local = byGroup[postGroup];
    if (preferGroup && local.size() >= SynthConfig.MIN_GROUP_RATERS
        && rng.nextDouble() < SynthConfig.GROUP_LOCALITY) {
      return local.draw(rng);
    }
    return everyone.draw(rng);
  }

  int cliqueCount() {
    return cliqueSign.length;
  }

  static int pick(SplittableRandom rng, double[] probs) {
    double u = rng.nextDouble();
    double acc = 0;
    for (int k = 0; k < probs.length - 1; k++) {
      acc += probs[k];
      if (u < acc) {
        return k;
      }
    }
    return probs.length - 1;
  }

  /** Group sizes shaped like the fixtures: one big group (13), one medium (14), many small. */
  private static int drawGroup(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.29) {
      return 13;
    }
    if (u < 0.385) {
      return 14;
    }
    if (u < 0.91) {
      return MID_GROUPS[rng.nextInt(MID_GROUPS.length)];
    }
    return SMALL_GROUPS[rng.nextInt(SMALL_GROUPS.length)];
  }

  private static EnrollmentState drawEnrollment(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.513) {
      return EnrollmentState.EARNED_IN;
    }
    if (u < 0.933) {
      return EnrollmentState.NEW_USER;
    }
    if (u < 0.977) {
      return EnrollmentState.EARNED_OUT_ACKNOWLEDGED;
    }
    if (u < 0.99) {
      return EnrollmentState.AT_RISK;
    }
    return EnrollmentState.EARNED_OUT_NO_ACKNOWLEDGE;
  }

  private int[] drawWriters(SplittableRandom rng) {
    int count = Math.max(1, (int) Math.round(raters * SynthConfig.WRITER_FRACTION));
    int[] chosen = new int[count];
    for (int k = 0; k < count; k++) {
      chosen[k] = rng.nextInt(raters);
    }
    return chosen;
  }

  /** One clique of {@link #CLIQUE_SIZE} raters per 2000 raters (none below 200 raters). */
  private byte[] drawCliques(SplittableRandom rng) {
    int count = raters < 200 ? 0 : Math.max(1, (int) Math.round(raters / 2000.0));
    byte[] signs = new byte[count];
    for (int c = 0; c < count; c++) {
      signs[c] = (byte) (rng.nextBoolean() ? 1 : -1);
      for (int m = 0; m < CLIQUE_SIZE; m++) {
        int u = rng.nextInt(raters);
        if (cliqueId[u] == 0) {
          cliqueId[u] = (short) (c + 1);
          camp[u] = signs[c] > 0 ? CAMP_R : CAMP_L;
          viewpoint[u] = signs[c];
        }
      }
    }
    return signs;
  }

  private int[] membersOfClique(int id) {
    int n = 0;
    for (int u = 0; u < raters; u++) {
      n += cliqueId[u] == id ? 1 : 0;
    }
    int[] members = new int[n];
    n = 0;
    for (int u = 0; u < raters; u++) {
      if (cliqueId[u] == id) {
        members[n++] = u;
      }
    }
    return members;
  }

  private int[] allHumans() {
    int[] all = new int[raters];
    for (int u = 0; u < raters; u++) {
      all[u] = u;
    }
    return all;
  }

  private int[] membersOf(int g) {
    int n = 0;
    for (int u = 0; u < raters; u++) {
      if (group[u] == g) {
        n++;
      }
    }
    int[] members = new int[n];
    n = 0;
    for (int u = 0; u < raters; u++) {
      if (group[u] == g) {
        members[n++] = u;
      }
    }
    return members;
  }

  private AliasTable aliasOver(int[] members) {
    double[] weights = new double[members.length];
    for (int k = 0; k < members.length; k++) {
      weights[k] = activity[members[k]];
    }
    return new AliasTable(members, weights);
  }
}
