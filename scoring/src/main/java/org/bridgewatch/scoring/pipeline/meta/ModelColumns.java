package org.bridgewatch.scoring.pipeline.meta;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.model.Nulls;

/**
 * The scorers' results laid out on the meta scorer's rows (noteStatusHistory order), one column
 * per model. Results of group-like and topic scorers are coalesced: each note takes the values of
 * the one scorer of that kind that scored it, as the reference's coalesce_columns does.
 */
public final class ModelColumns {
  public final int size;
  /** Kinds that ran; a kind present with no scored notes still counts as having run. */
  public final Set<ScorerKind> ran;

  public final byte[] coreStatus;
  public final double[] coreIntercept;
  public final double[] coreInterceptPopulationSampled;
  public final int[] coreNegFactorPopulationSampledRatingCount;
  public final int[] corePosFactorPopulationSampledRatingCount;
  public final byte[] expansionStatus;
  public final double[] expansionIntercept;
  public final byte[] expansionPlusStatus;
  public final byte[] coreWithTopicsStatus;
  public final byte[] groupStatus;
  public final int[] modelingGroup;
  public final byte[] multiGroupStatus;
  public final int[] modelingMultiGroup;
  public final byte[] topicStatus;
  public final double[] topicIntercept;
  public final double[] topicFactor;
  public final String[] noteTopic;
  public final byte[] topicNoteConfident;
  public final byte[] gaussianStatus;
  public final byte[] gaussianCoreWithTopicsStatus;
  /** CRH thresholds of the core and expansion models, used by the group-model safeguards. */
  public final double coreCrhThreshold;
  public final double expansionCrhThreshold;

  private ModelColumns(List<ScorerResult> results, int[] noteOfRow) {
    this.size = noteOfRow.length;
    EnumSet<ScorerKind> kinds = EnumSet.noneOf(ScorerKind.class);
    EnumMap<ScorerKind, ScorerResult> single = new EnumMap<>(ScorerKind.class);
    for (ScorerResult result : results) {
      kinds.add(result.kind);
      boolean multiple = result.kind.isGroupLike() || result.kind == ScorerKind.TOPIC;
      if (!multiple && single.put(result.kind, result) != null) {
        throw new IllegalArgumentException("more than one " + result.kind + " result");
      }
    }
    this.ran = Set.copyOf(kinds);

    ScorerResult core = single.get(ScorerKind.CORE);
    ScorerResult expansion = single.get(ScorerKind.EXPANSION);
    coreStatus = statusOf(core, noteOfRow);
    coreIntercept = doublesOf(core == null ? null : core.intercept, noteOfRow);
    coreInterceptPopulationSampled =
        core == null || core.interceptPopulationSampled == null
            ? null
            : doublesOf(core.interceptPopulationSampled, noteOfRow);
    boolean counts = core != null && core.negFactorPopulationSampledRatingCount != null;
    // The reference fills missing per-sign counts with 0 after merging the scorers' outputs.
    coreNegFactorPopulationSampledRatingCount =
        counts ? countsOf(core.negFactorPopulationSampledRatingCount, noteOfRow) : null;
    corePosFactorPopulationSampledRatingCount =
        counts ? countsOf(core.posFactorPopulationSampledRatingCount, noteOfRow) : null;
    expansionStatus = statusOf(expansion, noteOfRow);
    expansionIntercept = doublesOf(expansion == null ? null : expansion.intercept, noteOfRow);
    expansionPlusStatus = statusOf(single.get(ScorerKind.EXPANSION_PLUS), noteOfRow);
    coreWithTopicsStatus = statusOf(single.get(ScorerKind.CORE_WITH_TOPICS), noteOfRow);
    gaussianStatus = statusOf(single.get(ScorerKind.GAUSSIAN), noteOfRow);
    gaussianCoreWithTopicsStatus =
        statusOf(single.get(ScorerKind.GAUSSIAN_CORE_WITH_TOPICS), noteOfRow);
    coreCrhThreshold = core == null ? Double.NaN : core.crhThreshold;
    expansionCrhThreshold = expansion == null ? Double.NaN : expansion.crhThreshold;

    groupStatus = noStatus(size);
    modelingGroup = noInt(size);
    multiGroupStatus = noStatus(size);
    modelingMultiGroup = noInt(size);
    topicStatus = noStatus(size);
    topicIntercept = nan(size);
    topicFactor = nan(size);
    noteTopic = new String[size];
    topicNoteConfident = noStatus(size);
    for (ScorerResult result : results) {
      switch (result.kind) {
        case GROUP, GAUSSIAN_GROUP -> coalesceGroup(result, noteOfRow, groupStatus, modelingGroup);
        case MULTI_GROUP -> coalesceGroup(result, noteOfRow, multiGroupStatus, modelingMultiGroup);
        case TOPIC -> coalesceTopic(result, noteOfRow);
        default -> {}
      }
    }
  }

  /** Lays {@code results} (indexed by note row) out on rows; {@code noteOfRow[i]} < 0 = unscored. */
  public static ModelColumns coalesce(List<ScorerResult> results, int[] noteOfRow) {
    return new ModelColumns(results, noteOfRow);
  }

  public boolean ran(ScorerKind kind) {
    return ran.contains(kind);
  }

  private static void coalesceGroup(
      ScorerResult result, int[] noteOfRow, byte[] status, int[] group) {
    for (int i = 0; i < noteOfRow.length; i++) {
      int note = noteOfRow[i];
      if (note < 0 || !result.scored(note)) {
        continue;
      }
      if (status[i] != Nulls.NO_CODE) {
        throw new IllegalArgumentException("note row " + i + " scored by two " + result.kind);
      }
      status[i] = result.status[note];
      group[i] = result.groupId;
    }
  }

  private void coalesceTopic(ScorerResult result, int[] noteOfRow) {
    for (int i = 0; i < noteOfRow.length; i++) {
      int note = noteOfRow[i];
      if (note < 0 || !result.scored(note)) {
        continue;
      }
      if (noteTopic[i] != null) {
        throw new IllegalArgumentException("note row " + i + " scored by two topic models");
      }
      topicStatus[i] = result.status[note];
      topicIntercept[i] = result.intercept[note];
      topicFactor[i] = result.factor[note];
      noteTopic[i] = result.topic;
      topicNoteConfident[i] =
          result.topicNoteConfident == null ? Nulls.NO_CODE : result.topicNoteConfident[note];
    }
  }

  private static byte[] statusOf(ScorerResult result, int[] noteOfRow) {
    byte[] out = noStatus(noteOfRow.length);
    if (result != null) {
      for (int i = 0; i < out.length; i++) {
        if (noteOfRow[i] >= 0) {
          out[i] = result.status[noteOfRow[i]];
        }
      }
    }
    return out;
  }

  private static double[] doublesOf(double[] column, int[] noteOfRow) {
    double[] out = nan(noteOfRow.length);
    if (column != null) {
      for (int i = 0; i < out.length; i++) {
        if (noteOfRow[i] >= 0) {
          out[i] = column[noteOfRow[i]];
        }
      }
    }
    return out;
  }

  private static int[] countsOf(int[] column, int[] noteOfRow) {
    int[] out = new int[noteOfRow.length];
    for (int i = 0; i < out.length; i++) {
      int note = noteOfRow[i];
      out[i] = note < 0 || column[note] == Nulls.NO_INT ? 0 : column[note];
    }
    return out;
  }

  private static byte[] noStatus(int size) {
    byte[] out = new byte[size];
    Arrays.fill(out, Nulls.NO_CODE);
    return out;
  }

  private static int[] noInt(int size) {
    int[] out = new int[size];
    Arrays.fill(out, Nulls.NO_INT);
    return out;
  }

  private static double[] nan(int size) {
    double[] out = new double[size];
    Arrays.fill(out, Double.NaN);
    return out;
  }
}
