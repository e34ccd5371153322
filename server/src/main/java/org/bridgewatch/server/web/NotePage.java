package org.bridgewatch.server.web;

import java.util.List;
import org.bridgewatch.server.notes.StatusChange;
import org.bridgewatch.server.notes.StatusChangeRepository;
import org.bridgewatch.server.notes.StatusHistory;
import org.bridgewatch.server.notes.StatusHistoryRepository;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.ratings.RatingService;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A note's details: status, the deciding model's score, the status history as a timeline with
 * reasons, and the viewpoint plot of its ratings. While {@link StatusDisplay} hides statuses from
 * the visitor, the page shows what the API shows them: the note as needing more ratings, without
 * its score, deciding model, status history or place on the viewpoint axis.
 */
@Controller
@WebPage
public class NotePage {
  private final WebReads reads;
  private final PostRepository posts;
  private final StatusHistoryRepository history;
  private final StatusChangeRepository changes;
  private final RatingService ratings;
  private final StatusDisplay display;

  public NotePage(WebReads reads, PostRepository posts, StatusHistoryRepository history,
      StatusChangeRepository changes, RatingService ratings, StatusDisplay display) {
    this.reads = reads;
    this.posts = posts;
    this.history = history;
    this.changes = changes;
    this.ratings = ratings;
    this.display = display;
  }

  @GetMapping("/notes/{noteId}")
  String note(@PathVariable long noteId, Model model) {
    NoteCard card = reads.card(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    StatusDisplay.View view = display.forVisitor();
    boolean hidden = view.hidesStatus();
    NoteCard note = view.card(card);
    StatusHistory row = hidden ? null : history.find(noteId).orElse(null);
    WebReads.NoteScore score = hidden ? null : reads.scoreOf(noteId).orElse(null);
    List<StatusChange> noteChanges = hidden ? List.of() : changes.ofNote(noteId);
    List<WebReads.RatingPoint> points = reads.ratingsOf(noteId);
    Contributor me = CurrentContributor.orNull();
    String author = reads.authorAlias(noteId).orElse(null);
    model.addAttribute("note", note);
    model.addAttribute("statusHidden", hidden);
    model.addAttribute("post", posts.find(Long.parseLong(note.postId())).orElseThrow());
    model.addAttribute("author", author);
    model.addAttribute("mine", me != null && me.alias().equals(author));
    model.addAttribute("score", score);
    model.addAttribute("decidedBy", score != null && score.decidedBy() != null ? score.decidedBy()
        : row == null ? null : (String) row.columns().get("currentDecidedBy"));
    model.addAttribute("timeline", StatusTimeline.of(note.createdAtMillis(), row, noteChanges));
    model.addAttribute("plot", ViewpointPlot.of(points, score == null ? null : score.factor()));
    model.addAttribute("tags", "CURRENTLY_RATED_HELPFUL".equals(note.status())
        ? ExplanationTags.topTwo(points).stream().map(FormLabels::tagLabel).toList() : List.of());
    model.addAttribute("myRating", me == null ? null : ratings.find(me.id(), noteId).orElse(null));
    return "note";
  }
}
