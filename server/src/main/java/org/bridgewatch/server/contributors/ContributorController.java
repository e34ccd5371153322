package org.bridgewatch.server.contributors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bridgewatch.server.notes.NoteService;
import org.bridgewatch.server.security.ApiTokens;
import org.bridgewatch.server.security.CurrentContributor;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up ({@code /api/v1/signup}) and the caller's own record and tokens ({@code /api/v1/contributors/me}). */
@RestController
@RequestMapping("/api/v1")
public class ContributorController {
  private final SignupService signup;
  private final ContributorRepository contributors;
  private final NoteService notes;
  private final ApiTokens tokens;

  public ContributorController(SignupService signup, ContributorRepository contributors, NoteService notes,
      ApiTokens tokens) {
    this.signup = signup;
    this.contributors = contributors;
    this.notes = notes;
    this.tokens = tokens;
  }

  public record SignupInput(@NotBlank String offerId, @NotBlank String alias, @Size(max = 100) String tokenName) {}

  public record TokenInput(@NotBlank @Size(max = 100) String name) {}

  @Operation(summary = "Step 1 of sign-up: five random aliases to choose from")
  @PostMapping("/signup/aliases")
  public SignupService.AliasOffer aliases() {
    return signup.offer();
  }

  @Operation(summary = "Step 2 of sign-up: pick an offered alias; returns your first API token (shown once)")
  @PostMapping("/signup")
  public ResponseEntity<SignupService.SignedUp> signUp(@Valid @RequestBody SignupInput in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(signup.signUp(in.offerId(), in.alias(), in.tokenName()));
  }

  @Operation(summary = "Your enrollment, impacts and remaining writing limit", security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/contributors/me")
  @Transactional(readOnly = true)
  public Me me() {
    ContributorRecord c = contributors.find(CurrentContributor.get().id()).orElseThrow();
    NoteService.Remaining remaining = notes.remaining(c);
    int neededMore = c.canWrite() ? 0 : Math.max(0, c.successfulRatingNeededToEarnIn() - c.ratingImpact());
    return new Me(c.participantId(), c.alias(), c.enrollmentState().tsv, c.canWrite(), c.writingImpact(),
        c.ratingImpact(), c.successfulRatingNeededToEarnIn(), neededMore, c.modelingPopulation(),
        c.modelingGroup(), remaining.dailyLimit(), c.canWrite() ? remaining.remaining() : 0, c.operator());
  }

  @Operation(summary = "Your live API tokens (never the secrets)", security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/contributors/me/tokens")
  public List<ApiTokens.TokenInfo> myTokens() {
    return tokens.list(CurrentContributor.get().id());
  }

  @Operation(summary = "Issue another API token (shown once)", security = @SecurityRequirement(name = "bearer"))
  @PostMapping("/contributors/me/tokens")
  public ResponseEntity<ApiTokens.IssuedToken> issue(@Valid @RequestBody TokenInput in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(CurrentContributor.get().id(), in.name()));
  }

  @Operation(summary = "Revoke one of your API tokens", security = @SecurityRequirement(name = "bearer"))
  @DeleteMapping("/contributors/me/tokens/{tokenId}")
  public ResponseEntity<Void> revoke(@PathVariable long tokenId) {
    long owner = tokens.ownerOf(tokenId).orElseThrow(() -> RuleViolation.notFound("Token", tokenId));
    if (owner != CurrentContributor.get().id()) {
      throw RuleViolation.forbidden("token.owner", "This token belongs to another contributor.");
    }
    tokens.revoke(tokenId);
    return ResponseEntity.noContent().build();
  }
}
