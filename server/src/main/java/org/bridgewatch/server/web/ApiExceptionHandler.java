package org.bridgewatch.server.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of an API call into {@code application/problem+json}. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
    return ResponseEntity.status(e.status())
        .body(Problems.of(e.status(), e.field(), e.rule(), e.getMessage()));
  }

  @ExceptionHandler(RateLimited.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimited e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, null, "rateLimit.writes", e.getMessage()));
  }

  /** A unique constraint caught a race the service's own check could not see. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Problems.of(HttpStatus.CONFLICT, null, "unique", "This already exists."));
  }

  /** Anything unexpected: logged here, shown to the caller without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unhandled error", e);
    return ResponseEntity.internalServerError()
        .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, null, "internal", "Something went wrong on our side."));
  }

  /** Bean Validation failures: the first broken constraint names field and rule. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest req) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors();
    HttpStatus unprocessable = HttpStatus.UNPROCESSABLE_ENTITY;
    if (errors.isEmpty()) {
      return ResponseEntity.status(unprocessable)
          .body(Problems.of(unprocessable, null, "valid", "The request is invalid."));
    }
    FieldError first = errors.get(0);
    String rule = first.getField() + "." + lowerFirst(first.getCode());
    ProblemDetail problem =
        Problems.of(unprocessable, first.getField(), rule, first.getField() + ": " + first.getDefaultMessage());
    problem.setProperty(
        "errors",
        errors.stream()
            .map(f -> Map.of("field", f.getField(), "rule", f.getField() + "." + lowerFirst(f.getCode())))
            .toList());
    return ResponseEntity.status(unprocessable).body(problem);
  }

  /** Constraint on a query or path parameter (e.g. {@code limit} above its maximum). */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest req) {
    HttpStatus unprocessable = HttpStatus.UNPROCESSABLE_ENTITY;
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String field = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? "valid" : codes[codes.length - 1];
        return ResponseEntity.status(unprocessable).body(
            Problems.of(unprocessable, field, field + "." + lowerFirst(code), field + ": " + error.getDefaultMessage()));
      }
    }
    return ResponseEntity.status(unprocessable)
        .body(Problems.of(unprocessable, null, "valid", "The request is invalid."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest req) {
    return ResponseEntity.badRequest()
        .body(Problems.of(HttpStatus.BAD_REQUEST, null, "body.readable",
            "The request body is not valid JSON for this resource."));
  }

  private static String lowerFirst(String code) {
    if (code == null || code.isEmpty()) {
      return "valid";
    }
    return Character.toLowerCase(code.charAt(0)) + code.substring(1);
  }
}
