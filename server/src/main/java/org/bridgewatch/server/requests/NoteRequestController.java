package org.bridgewatch.server.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.time.Clock;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.security.Contributor;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/posts/{postId}/requests}. */
@RestController
@RequestMapping("/api/v1/posts/{postId}/requests")
public class NoteRequestController {
  private final JdbcClient jdbc;
  private final PostRepository posts;
  private final Clock clock;
  private final RequestorTiers tiers;
  private final FeedEligibility feed;

  public NoteRequestController(
      JdbcClient jdbc, PostRepository posts, Clock clock, RequestorTiers tiers, FeedEligibility feed) {
    this.jdbc = jdbc;
    this.posts = posts;
    this.clock = clock;
    this.tiers = tiers;
    this.feed = feed;
  }

  @Operation(summary = "Request a note on a post", security = @SecurityRequirement(name = "bearer"))
  @PostMapping
  @Transactional
  public ResponseEntity<NoteRequestSummary> request(
      @PathVariable long postId, @Valid @RequestBody(required = false) NoteRequestInput in) {
    long requester = CurrentContributor.get().id();
    if (!posts.exists(postId)) {
      throw RuleViolation.notFound("Post", postId);
    }
    if (requested(postId, requester)) {
      throw RuleViolation.conflict("postId", "request.onePerPost", "You already requested a note on this post.");
    }
    long now = clock.millis();
    // The tier is judged before this request counts among the requester's own.
    RequestorTier tier = tiers.of(requester);
    jdbc.sql("""
            INSERT INTO note_requests (tweet_id, requester_id, created_at_millis, source_link, suggestion, requester_tier)
            VALUES (:post, :requester, :now, :link, :suggestion, :tier)
            """)
        .param("post", postId)
        .param("requester", requester)
        .param("now", now)
        .param("tier", tier.name())
        .param("link", in == null ? null : in.sourceLink())
        .param("suggestion", in == null ? null : in.suggestion())
        .update();
    feed.update(postId, now);
    return ResponseEntity.status(HttpStatus.CREATED).body(summary(postId, requester));
  }

  @Operation(summary = "How many requested a note on a post")
  @GetMapping
  public NoteRequestSummary get(@PathVariable long postId) {
    if (!posts.exists(postId)) {
      throw RuleViolation.notFound("Post", postId);
    }
    Contributor caller = CurrentContributor.orNull();
    return summary(postId, caller == null ? null : caller.id());
  }

  private NoteRequestSummary summary(long postId, Long caller) {
    long count = jdbc.sql("SELECT COUNT(*) FROM note_requests WHERE tweet_id = :post")
        .param("post", postId).query(Long.class).single();
    Long eligibleAt = feed.eligibleAt(postId);
    boolean shown = eligibleAt != null && clock.millis() - eligibleAt < NoteRequestFeedController.SHOWN_FOR_MILLIS;
    return new NoteRequestSummary(
        Long.toString(postId), count, caller == null ? null : requested(postId, caller), eligibleAt, shown);
  }

  private boolean requested(long postId, long requester) {
    return jdbc.sql("SELECT COUNT(*) FROM note_requests WHERE tweet_id = :post AND requester_id = :requester")
        .param("post", postId).param("requester", requester).query(Long.class).single() > 0;
  }
}
