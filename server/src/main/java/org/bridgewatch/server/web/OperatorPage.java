package org.bridgewatch.server.web;

import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator console: scoring runs, the display pause switch, export links, counts. */
@Controller
@WebPage
public class OperatorPage {
  static final int RUNS_SHOWN = 20;

  private final OperatorConsole console;
  private final WebReads reads;

  public OperatorPage(OperatorConsole console, WebReads reads) {
    this.console = console;
    this.reads = reads;
  }

  @GetMapping("/operator")
  String console(Model model) {
    model.addAttribute("scoringAvailable", console.scoringAvailable());
    model.addAttribute("runs", console.recentRuns(RUNS_SHOWN));
    model.addAttribute("displayPaused", console.displayPaused());
    model.addAttribute("counts", reads.counts());
    model.addAttribute("exports",
        java.util.List.of("notes", "ratings", "noteStatusHistory", "userEnrollment", "noteRequests"));
    return "operator";
  }

  @PostMapping("/operator/runs")
  String startRun(RedirectAttributes redirect) {
    redirect.addFlashAttribute("flash", console.startRun(CurrentContributor.get().id())
        .map(run -> "Scoring run " + run.id() + ": " + run.outcome().name().toLowerCase(java.util.Locale.ROOT) + ".")
        .orElse("Scoring runs are not available in this server."));
    return "redirect:/operator";
  }

  @PostMapping("/operator/display")
  String display(@RequestParam boolean paused, RedirectAttributes redirect) {
    console.setDisplayPaused(paused);
    redirect.addFlashAttribute("flash", paused ? "Note display is paused." : "Note display is on.");
    return "redirect:/operator";
  }
}
