package org.bridgewatch.scoring.model;

/** A rating's answer to "Is this note helpful?", as stored in {@code RatingTable.level}. */
public enum HelpfulnessLevel {
  NOT_HELPFUL(0.0f),
  SOMEWHAT_HELPFUL(0.5f),
  HELPFUL(1.0f);

  private static final HelpfulnessLevel[] BY_CODE = values();

  /** The target the matrix factorization fits ("helpfulNum"). */
  public final float helpfulNum;

  HelpfulnessLevel(float helpfulNum) {
    this.helpfulNum = helpfulNum;
  }

  public byte code() {
    return (byte) ordinal();
  }

  public static HelpfulnessLevel ofCode(byte code) {
    return BY_CODE[code];
  }

  /** Parses the TSV value; returns null for anything else. */
  public static HelpfulnessLevel parse(String tsv) {
    return switch (tsv) {
      case "NOT_HELPFUL" -> NOT_HELPFUL;
      case "SOMEWHAT_HELPFUL" -> SOMEWHAT_HELPFUL;
      case "HELPFUL" -> HELPFUL;
      default -> null;
    };
  }
}
