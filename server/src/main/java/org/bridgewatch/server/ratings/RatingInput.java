package org.bridgewatch.server.ratings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bridgewatch.scoring.model.HelpfulnessLevel;

/** A rating: level plus tags named as in the public ratings columns (e.g. {@code helpfulClear}). */
public record RatingInput(
    @NotNull HelpfulnessLevel helpfulnessLevel,
    @Size(max = 22) Set<String> tags,
    @Size(max = 2000) String suggestion,
    @Positive Long suggestionId) {}
