package org.bridgewatch.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bridgewatch.server.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Writes 401 and 403 from the security filters as problem+json, like the rest of the API. */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    unauthorized(response, "This needs a bearer token: Authorization: Bearer <token>.");
  }

  @Override
  public void handle(
      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, Problems.of(HttpStatus.FORBIDDEN, null, "auth.forbidden", "You may not do this."));
  }

  void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    write(response, Problems.of(HttpStatus.UNAUTHORIZED, null, "auth.required", detail));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
