package org.bridgewatch.server.scoring;

import java.util.List;

/**
 * A note's latest scores as shown to the caller: the status, the rule that decided it, the core
 * model's intercept and factor, and the explanation tags (rating tag names, most frequent first).
 * While display is paused, anonymous callers get NEEDS_MORE_RATINGS and no scores.
 */
public record NoteScore(
    String noteId,
    String status,
    String decidedBy,
    Double coreIntercept,
    Double coreFactor,
    List<String> explanationTags,
    Long scoringRunId) {}
