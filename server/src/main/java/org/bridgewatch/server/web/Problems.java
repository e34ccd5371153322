package org.bridgewatch.server.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the server's RFC 7807 bodies: a type URI per rule plus {@code field} and {@code rule}. */
public final class Problems {
  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String field, String rule, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (rule != null) {
      problem.setType(URI.create("https://bridgewatch.org/problems/" + rule));
      problem.setProperty("rule", rule);
    }
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }
}
