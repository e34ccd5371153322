package org.bridgewatch.server.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.ratings.Rating;
import org.bridgewatch.server.ratings.RatingInput;
import org.bridgewatch.server.ratings.RatingGroupCommit;
import org.bridgewatch.server.ratings.RatingService;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rate a note ("Is this note helpful?" and the matching tags), or change an earlier rating;
 * {@link RatingService} applies the same rules as the API (not your own note, tags fit the level).
 */
@Controller
@WebPage
public class RatePage {
  private final WebReads reads;
  private final PostRepository posts;
  private final RatingService ratings;
  private final RatingGroupCommit writes;

  public RatePage(WebReads reads, PostRepository posts, RatingService ratings, RatingGroupCommit writes) {
    this.reads = reads;
    this.posts = posts;
    this.ratings = ratings;
    this.writes = writes;
  }

  @GetMapping("/notes/{noteId}/rate")
  String form(@PathVariable long noteId, @RequestParam(required = false) String next, Model model) {
    Rating earlier = ratings.find(CurrentContributor.get().id(), noteId).orElse(null);
    String level = earlier == null ? null : earlier.helpfulnessLevel().name();
    List<String> tags = earlier == null ? List.of() : earlier.tags();
    return page(noteId, level, tags, next, Map.of(), earlier != null, model);
  }

  @PostMapping("/notes/{noteId}/rate")
  String rate(@PathVariable long noteId, @RequestParam(required = false) String helpfulnessLevel,
      @RequestParam(required = false) List<String> tags, @RequestParam(required = false) String next,
      Model model, RedirectAttributes redirect) {
    List<String> chosen = tags == null ? List.of() : tags;
    HelpfulnessLevel level = HelpfulnessLevel.parse(helpfulnessLevel == null ? "" : helpfulnessLevel);
    if (level == null) {
      return page(noteId, null, chosen, next, Map.of("level", "Choose Yes, Somewhat or No."), false, model);
    }
    try {
      RatingService.Rated rated =
          writes.rate(CurrentContributor.get().id(), noteId, new RatingInput(level, new HashSet<>(chosen), null, null));
      redirect.addFlashAttribute("flash", rated.created() ? "Thanks, your rating is saved." : "Your rating is updated.");
    } catch (RuleViolation e) {
      String field = "tags".equals(e.field()) ? "tags" : "level";
      return page(noteId, level.name(), chosen, next, Map.of(field, e.getMessage()), false, model);
    }
    return "redirect:" + (safeNext(next) ? next : "/notes/" + noteId);
  }

  /** Only our own paths: an open redirect would let a link send people elsewhere after rating. */
  static boolean safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
  }

  private String page(long noteId, String level, List<String> tags, String next, Map<String, String> errors,
      boolean changing, Model model) {
    NoteCard note = reads.card(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    model.addAttribute("note", note);
    model.addAttribute("post", posts.find(Long.parseLong(note.postId())).orElseThrow());
    model.addAttribute("level", level);
    model.addAttribute("chosenTags", tags);
    model.addAttribute("next", safeNext(next) ? next : null);
    model.addAttribute("errors", errors);
    model.addAttribute("changing", changing);
    model.addAttribute("helpfulTags", FormLabels.helpfulTags());
    model.addAttribute("notHelpfulTags", FormLabels.notHelpfulTags());
    return "rate";
  }
}
