package org.bridgewatch.server.web;

import org.bridgewatch.server.contributors.ContributorController;
import org.bridgewatch.server.contributors.ContributorRecord;
import org.bridgewatch.server.contributors.ContributorRepository;
import org.bridgewatch.server.contributors.Me;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contributor's profile: alias, impacts, enrollment state, their notes. On one's own profile
 * also the progress to earning in and today's remaining notes, as {@code contributors/me} reports.
 */
@Controller
@WebPage
public class ProfilePage {
  static final int NOTES_SHOWN = 50;

  private final WebReads reads;
  private final ContributorRepository contributors;
  private final ContributorController api;
  private final StatusDisplay display;

  public ProfilePage(WebReads reads, ContributorRepository contributors, ContributorController api,
      StatusDisplay display) {
    this.reads = reads;
    this.contributors = contributors;
    this.api = api;
    this.display = display;
  }

  @GetMapping("/me")
  String me() {
    return "redirect:/contributors/" + CurrentContributor.get().alias();
  }

  @GetMapping("/contributors/{alias}")
  String profile(@PathVariable String alias, Model model) {
    long id = reads.contributorIdByAlias(alias).orElseThrow(() -> RuleViolation.notFound("Contributor", alias));
    ContributorRecord record = contributors.find(id).orElseThrow();
    Contributor me = CurrentContributor.orNull();
    boolean own = me != null && me.id() == id;
    Me account = own ? api.me() : null;
    model.addAttribute("profile", record);
    model.addAttribute("own", own);
    model.addAttribute("account", account);
    if (account != null) {
      int needed = account.successfulRatingNeededToEarnIn();
      model.addAttribute("progressDone", account.canWrite() ? needed : needed - account.ratingImpactNeededToEarnIn());
      model.addAttribute("progressNeeded", needed);
    }
    model.addAttribute("notes", display.forVisitor().cards(reads.byAuthor(id, NOTES_SHOWN)));
    return "profile";
  }
}
