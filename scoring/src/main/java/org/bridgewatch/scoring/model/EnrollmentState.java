package org.bridgewatch.scoring.model;

/**
 * A contributor's enrollment state, with the numeric code the reference uses when it writes
 * {@code helpfulness_scores.tsv} ("thrift" codes).
 */
public enum EnrollmentState {
  EARNED_IN("earnedIn", 0),
  AT_RISK("atRisk", 1),
  EARNED_OUT_NO_ACKNOWLEDGE("earnedOutNoAcknowledge", 2),
  EARNED_OUT_ACKNOWLEDGED("earnedOutAcknowledged", 3),
  NEW_USER("newUser", 4),
  REMOVED("removed", 5),
  API_TEST_USER("apiTestUser", 6),
  API_EARNED_IN("apiEarnedIn", 7),
  API_EARNED_OUT("apiEarnedOut", 8);

  /** The value in userEnrollment TSVs. */
  public final String tsv;
  /** The value in helpfulness_scores.tsv. */
  public final int outputCode;

  EnrollmentState(String tsv, int outputCode) {
    this.tsv = tsv;
    this.outputCode = outputCode;
  }

  public byte code() {
    return (byte) ordinal();
  }

  public static EnrollmentState ofCode(byte code) {
    return code < 0 ? null : values()[code];
  }

  /** Parses the TSV value; returns null when unknown. */
  public static EnrollmentState parse(String tsv) {
    for (EnrollmentState s : values()) {
      if (s.tsv.equals(tsv)) {
        return s;
      }
    }
    return null;
  }
}
