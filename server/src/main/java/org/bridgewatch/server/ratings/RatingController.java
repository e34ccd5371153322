package org.bridgewatch.server.ratings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notes/{noteId}/ratings/me}: the caller's rating of a note. */
@RestController
@RequestMapping("/api/v1/notes/{noteId}/ratings/me")
public class RatingController {
  private final RatingService ratings;
  private final RatingGroupCommit writes;

  public RatingController(RatingService ratings, RatingGroupCommit writes) {
    this.ratings = ratings;
    this.writes = writes;
  }

  @Operation(summary = "Rate a note, or change your rating (201 when new, 200 when replaced)",
      security = @SecurityRequirement(name = "bearer"))
  @PutMapping
  public ResponseEntity<Rating> rate(@PathVariable long noteId, @Valid @RequestBody RatingInput in) {
    RatingService.Rated rated = writes.rate(CurrentContributor.get().id(), noteId, in);
    return ResponseEntity.status(rated.created() ? HttpStatus.CREATED : HttpStatus.OK).body(rated.rating());
  }

  @Operation(summary = "Your rating of a note", security = @SecurityRequirement(name = "bearer"))
  @GetMapping
  public Rating mine(@PathVariable long noteId) {
    return ratings.find(CurrentContributor.get().id(), noteId)
        .orElseThrow(() -> RuleViolation.notFound("Rating of note", noteId));
  }
}
