package org.bridgewatch.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "How it works": bridging in plain words and one picture. */
@Controller
@WebPage
public class HowItWorksPage {

  @GetMapping("/how-it-works")
  String page() {
    return "how-it-works";
  }
}
