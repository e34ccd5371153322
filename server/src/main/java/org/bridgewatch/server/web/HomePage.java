package org.bridgewatch.server.web;

import java.util.List;
import org.bridgewatch.server.contributors.ContributorRecord;
import org.bridgewatch.server.contributors.ContributorRepository;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Home: tabs "Needs your help", "New", "Rated helpful", "Note requests". */
@Controller
@WebPage
public class HomePage {
  static final int CANDIDATES = 500;
  static final int LIST_SIZE = 30;

  private final WebReads reads;
  private final ContributorRepository contributors;
  private final PostRepository posts;
  private final StatusDisplay display;

  public HomePage(WebReads reads, ContributorRepository contributors, PostRepository posts, StatusDisplay display) {
    this.reads = reads;
    this.contributors = contributors;
    this.posts = posts;
    this.display = display;
  }

  /** Note requests are shown to contributors who can write notes: they are the ones to answer them. */
  static boolean maySeeRequests(ContributorRecord c) {
    return c != null && c.canWrite();
  }

  @GetMapping("/")
  String home(@RequestParam(required = false) String tab, Model model) {
    Contributor me = CurrentContributor.orNull();
    ContributorRecord record = me == null ? null : contributors.find(me.id()).orElse(null);
    String active = tab != null ? tab : me != null ? "help" : "new";
    StatusDisplay.View view = display.forVisitor();
    model.addAttribute("tab", active);
    model.addAttribute("showRequests", maySeeRequests(record));
    switch (active) {
      case "help" -> {
        if (me != null) {
          Double factor = reads.raterFactor(me.id()).orElse(null);
          model.addAttribute("notes", view.cards(HelpQueue.pick(reads.rateableBy(me.id(), CANDIDATES), factor)));
        } else {
          model.addAttribute("notes", List.of());
        }
      }
      case "helpful" -> {
        // Paused, the list itself would tell which notes are helpful: it is withheld, not relabelled.
        model.addAttribute("statusHidden", view.hidesStatus());
        model.addAttribute("notes", view.hidesStatus() ? List.of() : reads.ratedHelpful(LIST_SIZE));
      }
      case "requests" -> model.addAttribute("requested",
          maySeeRequests(record) ? reads.requestedPosts(LIST_SIZE) : List.of());
      default -> {
        model.addAttribute("tab", "new");
        model.addAttribute("notes", view.cards(reads.newest(LIST_SIZE)));
        model.addAttribute("posts", posts.list(Long.MAX_VALUE, 10));
      }
    }
    return "home";
  }
}
