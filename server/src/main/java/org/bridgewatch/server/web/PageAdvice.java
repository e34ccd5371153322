package org.bridgewatch.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

  /**
   * A spent write budget: the page says how long to wait, with status 429 and Retry-After. For an
   * htmx request, only the message is sent and swapped in at the top of the page's main content.
   */
  @ExceptionHandler(RateLimited.class)
  String rateLimited(RateLimited e, Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
    model.addAttribute("message", waitMessage(e.retryAfterSeconds()));
    model.addAttribute("me", CurrentContributor.orNull());
    if (request.getHeader("HX-Request") != null) {
      response.setHeader("HX-Retarget", "#main");
      response.setHeader("HX-Reswap", "afterbegin");
      return "layout :: rate-limited";
    }
    return "error";
  }

  static String waitMessage(long seconds) {
    String wait = seconds < 120 ? seconds + (seconds == 1 ? " second" : " seconds")
        : ((seconds + 59) / 60) + " minutes";
    return "You have sent many changes in a short time. Please wait " + wait
        + " and try again; nothing was saved this time.";
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
