package org.bridgewatch.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgewatch.server.contributors.SignupService;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.SessionLogin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up (pick one of five offered aliases; signed in at once, shown a sign-in key once) and
 * sign-in with that key. Sign-up goes through {@link SignupService}, the API's own rules.
 */
@Controller
@WebPage
public class AuthPages {
  private final SignupService signup;
  private final SessionLogin login;

  public AuthPages(SignupService signup, SessionLogin login) {
    this.signup = signup;
    this.login = login;
  }

  @GetMapping("/signup")
  String signupForm(Model model) {
    model.addAttribute("offer", signup.offer());
    return "signup";
  }

  @PostMapping("/signup")
  String signUp(@RequestParam(defaultValue = "") String offerId, @RequestParam(required = false) String alias,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    if (alias == null || alias.isBlank()) {
      return signupAgain(model, "Pick one of the five aliases.");
    }
    SignupService.SignedUp made;
    try {
      made = signup.signUp(offerId, alias, "web sign-in key");
    } catch (RuleViolation e) {
      return signupAgain(model, e.getMessage());
    }
    // The new key signs the session in, so sign-up and later sign-ins resolve the same way.
    Contributor contributor = login.signInWithKey(made.token(), request, response).orElseThrow();
    model.addAttribute("me", contributor);
    model.addAttribute("signedUp", made);
    return "welcome";
  }

  @GetMapping("/signin")
  String signinForm() {
    return "signin";
  }

  @PostMapping("/signin")
  String signIn(@RequestParam(defaultValue = "") String key, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    if (login.signInWithKey(key, request, response).isEmpty()) {
      model.addAttribute("keyError", "This sign-in key is unknown or was revoked.");
      return "signin";
    }
    return "redirect:/";
  }

  private String signupAgain(Model model, String aliasError) {
    model.addAttribute("aliasError", aliasError);
    return signupForm(model);
  }
}
