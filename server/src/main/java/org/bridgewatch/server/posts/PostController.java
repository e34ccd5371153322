package org.bridgewatch.server.posts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.bridgewatch.server.IdGenerator;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/posts}. */
@RestController
@RequestMapping("/api/v1/posts")
public class PostController {
  private final PostRepository posts;
  private final IdGenerator ids;
  private final Clock clock;

  public PostController(PostRepository posts, IdGenerator ids, Clock clock) {
    this.posts = posts;
    this.ids = ids;
    this.clock = clock;
  }

  @Operation(summary = "Ingest a post", security = @SecurityRequirement(name = "bearer"))
  @PostMapping
  public ResponseEntity<Post> ingest(@Valid @RequestBody PostInput in) {
    long now = clock.millis();
    long id = in.id() != null ? in.id() : ids.next();
    if (in.id() != null && posts.exists(id)) {
      throw RuleViolation.conflict("id", "id.unique", "Post " + id + " was already ingested.");
    }
    posts.insert(id, in, in.createdAtMillis() != null ? in.createdAtMillis() : now, CurrentContributor.get().id(), now);
    Post post = posts.find(id).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/posts/" + id)).body(post);
  }

  @Operation(summary = "List posts, newest first")
  @GetMapping
  public List<Post> list(
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return posts.list(before == null ? Long.MAX_VALUE : before, limit);
  }

  @Operation(summary = "Get a post")
  @GetMapping("/{id}")
  public Post get(@PathVariable long id) {
    return posts.find(id).orElseThrow(() -> RuleViolation.notFound("Post", id));
  }
}
