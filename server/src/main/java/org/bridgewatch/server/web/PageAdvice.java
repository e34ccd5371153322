package org.bridgewatch.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shared by every page: the signed-in contributor as {@code me}, and errors as an HTML page.
 * Ordered first so the API's problem+json handler never answers for a page.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageAdvice {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageAdvice.class);

  @ModelAttribute("me")
  Contributor me() {
    return CurrentContributor.orNull();
  }

  @ExceptionHandler(RuleViolation.class)
  String ruleViolation(RuleViolation e, Model model, HttpServletResponse response) {
    response.setStatus(e.status().value());
    model.addAttribute("status", e.status().value());
    model.addAttribute("message", e.getMessage());
    model.addAttribute("me", CurrentContributor.orNull());
    return "error";
  }

  /** Security decides these: signed-out visitors go to sign-in, others get 403. */
  @ExceptionHandler({AuthenticationException.class, AccessDeniedException.class})
  void security(RuntimeException e) {
    throw e;
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, Model model, HttpServletResponse response) {
    log.error("Unhandled error on a page", e);
    response.setStatus(500);
    model.addAttribute("status", 500);
    model.addAttribute("message", "Something went wrong on our side.");
    model.addAttribute("me", CurrentContributor.orNull());
    return "error";
  }
}
