package org.bridgewatch.scoring.topics;

/** The topics of the reference's topic model, with its names and label values (ordinal). */
public enum Topic {
  UNASSIGNED("Unassigned"),
  UKRAINE_CONFLICT("UkraineConflict"),
  GAZA_CONFLICT("GazaConflict"),
  MESSI_RONALDO("MessiRonaldo"),
  SCAMS("Scams"),
  IN_DIMENSION_TWO("InDimensionTwo");

  private static final Topic[] BY_LABEL = values();

  /** The name the reference writes (noteTopic column, scorer names). */
  public final String refName;

  Topic(String refName) {
    this.refName = refName;
  }

  /** The class label used by the classifier. */
  public int label() {
    return ordinal();
  }

  public static Topic ofLabel(int label) {
    return BY_LABEL[label];
  }

  /** Parses {@link #refName}; null for unknown or empty. */
  public static Topic parse(String name) {
    for (Topic t : BY_LABEL) {
      if (t.refName.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
