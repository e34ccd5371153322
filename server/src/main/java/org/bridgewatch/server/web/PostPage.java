package org.bridgewatch.server.web;

import java.util.List;
import org.bridgewatch.server.posts.Post;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.requests.NoteRequestController;
import org.bridgewatch.server.requests.NoteRequestSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A post with its shown note (the highest-scoring rated-helpful note) and the proposed notes below
 * it, their statuses as {@link StatusDisplay} lets the visitor see them (paused, signed-out visitors
 * get no shown note); "Request a note" goes through the API's own
 * request handler, so its one-request-per-post rule is the same.
 */
@Controller
@WebPage
public class PostPage {
  private final PostRepository posts;
  private final WebReads reads;
  private final NoteRequestController requests;
  private final StatusDisplay display;

  public PostPage(PostRepository posts, WebReads reads, NoteRequestController requests, StatusDisplay display) {
    this.posts = posts;
    this.reads = reads;
    this.requests = requests;
    this.display = display;
  }

  @GetMapping("/posts/{postId}")
  String post(@PathVariable long postId, Model model) {
    Post post = posts.find(postId).orElseThrow(() -> RuleViolation.notFound("Post", postId));
    StatusDisplay.View view = display.forVisitor();
    List<NoteCard> notes = view.cards(reads.onPost(postId));
    NoteCard shown = notes.stream()
        .filter(n -> "CURRENTLY_RATED_HELPFUL".equals(n.status()))
        .max((a, b) -> Double.compare(score(a), score(b)))
        .orElse(null);
    model.addAttribute("post", post);
    model.addAttribute("postId", post.id());
    model.addAttribute("displayPaused", view.paused());
    model.addAttribute("statusHidden", view.hidesStatus());
    model.addAttribute("shown", shown);
    model.addAttribute("shownTags", shown == null ? List.of()
        : ExplanationTags.topTwo(reads.ratingsOf(Long.parseLong(shown.noteId()))).stream()
            .map(FormLabels::tagLabel).toList());
    model.addAttribute("proposed", notes.stream().filter(n -> n != shown).toList());
    model.addAttribute("requests", requests.get(postId));
    return "post";
  }

  /** htmx swaps the returned fragment in place of the button; without htmx, the whole page reloads. */
  @PostMapping("/posts/{postId}/requests")
  String request(@PathVariable long postId, Model model,
      @RequestHeader(name = "HX-Request", required = false) String htmx) {
    NoteRequestSummary summary;
    try {
      summary = requests.request(postId, null).getBody();
    } catch (RuleViolation e) {
      summary = requests.get(postId);
    }
    if (htmx == null) {
      return "redirect:/posts/" + postId;
    }
    model.addAttribute("requests", summary);
    model.addAttribute("postId", Long.toString(postId));
    return "post :: request-box";
  }

  private static double score(NoteCard n) {
    return n.intercept() == null ? Double.NEGATIVE_INFINITY : n.intercept();
  }
}
