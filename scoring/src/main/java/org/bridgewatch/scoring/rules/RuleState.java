package org.bridgewatch.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.Nulls;

/**
 * The mutable labels while a rule list runs: one status per note row, the set of rules that acted
 * on each note (a bitset over {@link RuleId} ordinals) and the tag outlier filter's tags.
 */
public final class RuleState {
  private final byte[] status;
  private final long[] activeRules;
  private final String[] activeFilterTags;
  private final List<RuleId> applied = new ArrayList<>();

  RuleState(int rows) {
    status = new byte[rows];
    Arrays.fill(status, Nulls.NO_CODE);
    activeRules = new long[rows];
    activeFilterTags = new String[rows];
  }

  public int rows() {
    return status.length;
  }

  /** The status assigned so far, or null before the first rule. */
  public NoteStatus status(int row) {
    return NoteStatus.ofCode(status[row]);
  }

  public boolean is(int row, NoteStatus s) {
    return status[row] == s.code();
  }

  /** Sets the note's status and records {@code rule} as active on it. */
  public void assign(int row, NoteStatus newStatus, RuleId rule) {
    status[row] = newStatus.code();
    activeRules[row] |= 1L << rule.ordinal();
  }

  /** Comma-joined tags that triggered the tag outlier filter on this note. */
  public void setActiveFilterTags(int row, String tags) {
    activeFilterTags[row] = tags;
  }

  void begin(RuleId rule) {
    if (applied.contains(rule)) {
      throw new IllegalArgumentException("rule applied twice: " + rule.displayName());
    }
    applied.add(rule);
  }

  RuleOutcome finish() {
    String[] rules = new String[status.length];
    StringBuilder sb = new StringBuilder();
    for (int row = 0; row < status.length; row++) {
      sb.setLength(0);
      for (RuleId id : applied) {
        if ((activeRules[row] & (1L << id.ordinal())) != 0) {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(id.displayName());
        }
      }
      rules[row] = sb.toString();
    }
    return new RuleOutcome(status.clone(), rules, activeFilterTags.clone());
  }
}
