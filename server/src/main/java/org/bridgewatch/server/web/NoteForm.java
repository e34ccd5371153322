package org.bridgewatch.server.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.server.notes.MisleadingReason;
import org.bridgewatch.server.notes.NotMisleadingReason;
import org.bridgewatch.server.notes.NoteInput;

/** The note-writing form as posted; {@link #toInput} makes the API's {@link NoteInput} of it. */
public class NoteForm {
  private String classification;
  private List<String> misleadingReasons = new ArrayList<>();
  private List<String> notMisleadingReasons = new ArrayList<>();
  private String trustworthySources;
  private String summary = "";

  public NoteInput toInput(long postId) {
    Classification c = classification == null || classification.isBlank() ? null : Classification.valueOf(classification);
    Set<MisleadingReason> m = EnumSet.noneOf(MisleadingReason.class);
    misleadingReasons.forEach(r -> m.add(MisleadingReason.valueOf(r)));
    Set<NotMisleadingReason> nm = EnumSet.noneOf(NotMisleadingReason.class);
    notMisleadingReasons.forEach(r -> nm.add(NotMisleadingReason.valueOf(r)));
    Boolean sources = trustworthySources == null ? null : "yes".equals(trustworthySources);
    return new NoteInput(postId, c, m, nm, sources, summary, false);
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public List<String> getMisleadingReasons() {
    return misleadingReasons;
  }

  public void setMisleadingReasons(List<String> misleadingReasons) {
    this.misleadingReasons = misleadingReasons == null ? new ArrayList<>() : misleadingReasons;
  }

  public List<String> getNotMisleadingReasons() {
    return notMisleadingReasons;
  }

  public void setNotMisleadingReasons(List<String> notMisleadingReasons) {
    this.notMisleadingReasons = notMisleadingReasons == null ? new ArrayList<>() : notMisleadingReasons;
  }

  public String getTrustworthySources() {
    return trustworthySources;
  }

  public void setTrustworthySources(String trustworthySources) {
    this.trustworthySources = trustworthySources;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary == null ? "" : summary;
  }
}
