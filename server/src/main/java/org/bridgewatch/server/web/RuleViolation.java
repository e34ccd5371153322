package org.bridgewatch.server.web;

import org.springframework.http.HttpStatus;

/**
 * A request broke a rule. Reported as {@code application/problem+json} with the offending
 * {@code field} (may be null when the rule is about the contributor, not a field) and the
 * {@code rule}'s stable name, e.g. {@code summary.maxLength}.
 */
public class RuleViolation extends RuntimeException {
  private final HttpStatus status;
  private final String field;
  private final String rule;

  public RuleViolation(HttpStatus status, String field, String rule, String detail) {
    super(detail);
    this.status = status;
    this.field = field;
    this.rule = rule;
  }

  public static RuleViolation invalid(String field, String rule, String detail) {
    return new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, field, rule, detail);
  }

  public static RuleViolation forbidden(String rule, String detail) {
    return new RuleViolation(HttpStatus.FORBIDDEN, null, rule, detail);
  }

  public static RuleViolation conflict(String field, String rule, String detail) {
    return new RuleViolation(HttpStatus.CONFLICT, field, rule, detail);
  }

  public static RuleViolation notFound(String what, Object id) {
    return new RuleViolation(HttpStatus.NOT_FOUND, null, "exists", what + " " + id + " not found");
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
