package org.bridgewatch.server.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A post to ingest. Without an id the server assigns one; without a time, now. */
public record PostInput(
    @Positive Long id,
    @NotBlank @Size(max = 100) String authorHandle,
    @NotBlank @Size(max = 10000) String text,
    @Size(max = 2000) String url,
    @Size(max = 10) List<@Size(max = 390) String> mediaUrls,
    @Positive Long createdAtMillis,
    @PositiveOrZero Long views) {}
