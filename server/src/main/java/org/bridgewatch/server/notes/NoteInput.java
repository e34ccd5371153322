package org.bridgewatch.server.notes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bridgewatch.scoring.model.Classification;

/** A note to write. Summary length and sources are checked by {@link SummaryRules}. */
public record NoteInput(
    @NotNull Long postId,
    @NotNull Classification classification,
    Set<MisleadingReason> misleadingReasons,
    Set<NotMisleadingReason> notMisleadingReasons,
    Boolean trustworthySources,
    @NotNull @Size(max = 4000) String summary,
    Boolean isMediaNote) {

  Set<MisleadingReason> misleading() {
    return misleadingReasons == null ? Set.of() : misleadingReasons;
  }

  Set<NotMisleadingReason> notMisleading() {
    return notMisleadingReasons == null ? Set.of() : notMisleadingReasons;
  }
}
