package org.bridgewatch.server.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.server.operator.DisplayPolicy;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notes}. While display is paused ({@link DisplayPolicy}), anonymous readers see
 * every note's {@code status} and {@code currentStatus} as NEEDS_MORE_RATINGS, a status filter
 * matches accordingly, and the status history's columns are withheld.
 */
@RestController
@RequestMapping("/api/v1/notes")
public class NoteController {
  private final NoteService service;
  private final NoteRepository notes;
  private final StatusHistoryRepository history;
  private final StatusChangeRepository changes;
  private final DisplayPolicy display;

  public NoteController(NoteService service, NoteRepository notes, StatusHistoryRepository history,
      StatusChangeRepository changes, DisplayPolicy display) {
    this.service = service;
    this.notes = notes;
    this.history = history;
    this.changes = changes;
    this.display = display;
  }

  @Operation(summary = "Write a note on a post", security = @SecurityRequirement(name = "bearer"))
  @PostMapping
  public ResponseEntity<Note> write(@Valid @RequestBody NoteInput in) {
    Note note = service.write(CurrentContributor.get().id(), in);
    return ResponseEntity.created(URI.create("/api/v1/notes/" + note.noteId())).body(note);
  }

  @Operation(summary = "Delete your note", security = @SecurityRequirement(name = "bearer"))
  @DeleteMapping("/{noteId}")
  public ResponseEntity<Void> delete(@PathVariable long noteId) {
    service.delete(CurrentContributor.get().id(), noteId);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Get a note")
  @GetMapping("/{noteId}")
  public Note get(@PathVariable long noteId) {
    Note note = notes.find(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    return note.withStatus(display.shownStatus(note.status(), CurrentContributor.orNull()));
  }

  @Operation(summary = "List notes, newest first, by post or by current status")
  @GetMapping
  public List<Note> list(
      @RequestParam(required = false) Long postId,
      @RequestParam(required = false) NoteStatus status,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    long beforeId = before == null ? Long.MAX_VALUE : before;
    Contributor viewer = CurrentContributor.orNull();
    List<Note> found;
    if (postId != null) {
      found = notes.byPost(postId, beforeId, limit);
    } else if (status != null && display.hidesStatusFrom(viewer)) {
      // Paused: every note shows as needing more ratings, so only that filter matches.
      found = status.name().equals(DisplayPolicy.HIDDEN_STATUS) ? notes.recent(beforeId, limit) : List.of();
    } else if (status != null) {
      found = notes.byStatus(status.name(), beforeId, limit);
    } else {
      found = notes.recent(beforeId, limit);
    }
    return found.stream().map(n -> n.withStatus(display.shownStatus(n.status(), viewer))).toList();
  }

  @Operation(summary = "A note's status history with a plain-language reason, and every recorded status"
      + " change (oldest first: scoring run, time, old and new status, deciding model, reason)")
  @GetMapping("/{noteId}/status")
  public StatusHistory status(@PathVariable long noteId) {
    notes.find(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    if (display.hidesStatusFrom(CurrentContributor.orNull())) {
      return new StatusHistory(Long.toString(noteId), DisplayPolicy.HIDDEN_STATUS,
          "Note statuses are paused by the operators; only contributors see them for now.", Map.of(), List.of());
    }
    return history.find(noteId)
        .map(row -> row.withChanges(changes.ofNote(noteId)))
        .orElseGet(() -> new StatusHistory(Long.toString(noteId), "NEEDS_MORE_RATINGS",
            StatusReasons.explain(null, null, null) + " The note has not been scored yet.", Map.of(), List.of()));
  }
}
