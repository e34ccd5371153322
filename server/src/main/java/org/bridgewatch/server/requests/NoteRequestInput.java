package org.bridgewatch.server.requests;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Optional context for a note request: a link to a post and a suggestion. */
public record NoteRequestInput(
    @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String sourceLink,
    @Size(max = 2000) String suggestion) {}
