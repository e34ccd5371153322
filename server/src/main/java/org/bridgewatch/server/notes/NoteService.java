package org.bridgewatch.server.notes;

import java.time.Clock;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.server.IdGenerator;
import org.bridgewatch.server.contributors.ContributorRecord;
import org.bridgewatch.server.contributors.ContributorRepository;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.web.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and deletes notes, enforcing the write-time rules. */
@Service
public class NoteService {
  private final NoteRepository notes;
  private final PostRepository posts;
  private final ContributorRepository contributors;
  private final IdGenerator ids;
  private final Clock clock;

  public NoteService(NoteRepository notes, PostRepository posts, ContributorRepository contributors,
      IdGenerator ids, Clock clock) {
    this.notes = notes;
    this.posts = posts;
    this.contributors = contributors;
    this.ids = ids;
    this.clock = clock;
  }

  /** Remaining notes today overall; what {@code contributors/me} shows. */
  public record Remaining(int dailyLimit, long writtenLast24h) {
    public long remaining() {
      return Math.max(0, dailyLimit - writtenLast24h);
    }
  }

  @Transactional(readOnly = true)
  public Remaining remaining(ContributorRecord writer) {
    long now = clock.millis();
    int limit = WritingLimits.daily(writer.writingImpact(), notes.countWritten(writer.id()));
    return new Remaining(limit, notes.countWrittenSince(writer.id(), now - WritingLimits.DAY.toMillis()));
  }

  @Transactional
  public Note write(long authorId, NoteInput in) {
    checkContent(in);
    // The row lock serializes this contributor's writes, so limits hold under concurrent requests.
    ContributorRecord writer = contributors.lockForWrite(authorId);
    if (!writer.canWrite()) {
      throw RuleViolation.forbidden("enrollment.canWrite",
          "Contributors in state " + writer.enrollmentState().tsv + " cannot write notes"
              + (writer.enrollmentState() == EnrollmentState.NEW_USER
                  ? "; rate notes to earn the ability to write." : "."));
    }
    String postAuthor = posts.authorOf(in.postId()).orElseThrow(
        () -> RuleViolation.invalid("postId", "postId.exists", "Post " + in.postId() + " does not exist."));
    if (notes.authorHasNoteOnPost(authorId, in.postId())) {
      throw RuleViolation.conflict("postId", "note.onePerPost", "You already wrote a note on this post.");
    }
    long now = clock.millis();
    checkDailyLimit(writer, now);
    checkPostAuthorLimit(writer, postAuthor, now);
    long noteId = ids.next();
    notes.insert(noteId, authorId, now, in);
    return notes.find(noteId).orElseThrow();
  }

  @Transactional
  public void delete(long callerId, long noteId) {
    NoteRepository.Owner owner = notes.ownerOfLive(noteId).orElseThrow(() -> RuleViolation.notFound("Note", noteId));
    if (owner.authorId() != callerId) {
      throw RuleViolation.forbidden("note.owner", "Only the note's author can delete it.");
    }
    notes.markDeleted(noteId, clock.millis());
  }

  /** Summary length (URLs not counted), sources on misleading notes, reasons matching the classification. */
  static void checkContent(NoteInput in) {
    int length = SummaryRules.countedLength(in.summary());
    if (length < 1) {
      throw RuleViolation.invalid("summary", "summary.minLength",
          "The summary needs at least 1 character besides URLs.");
    }
    if (length > SummaryRules.MAX_CHARACTERS) {
      throw RuleViolation.invalid("summary", "summary.maxLength",
          "The summary has " + length + " characters besides URLs; at most "
              + SummaryRules.MAX_CHARACTERS + " are allowed.");
    }
    boolean misleading = in.classification() == Classification.MISINFORMED_OR_POTENTIALLY_MISLEADING;
    if (misleading && !SummaryRules.hasUrl(in.summary())) {
      throw RuleViolation.invalid("summary", "summary.sourceUrl",
          "A note on a misleading post must link at least one source (http:// or https://).");
    }
    if (misleading && !in.notMisleading().isEmpty()) {
      throw RuleViolation.invalid("notMisleadingReasons", "reasons.matchClassification",
          "Not-misleading reasons do not fit a note calling the post misleading.");
    }
    if (!misleading && !in.misleading().isEmpty()) {
      throw RuleViolation.invalid("misleadingReasons", "reasons.matchClassification",
          "Misleading reasons do not fit a note calling the post not misleading.");
    }
  }

  private void checkDailyLimit(ContributorRecord writer, long now) {
    int limit = WritingLimits.daily(writer.writingImpact(), notes.countWritten(writer.id()));
    long written = notes.countWrittenSince(writer.id(), now - WritingLimits.DAY.toMillis());
    if (written >= limit) {
      throw new RuleViolation(HttpStatus.FORBIDDEN, null, "writingLimit.daily",
          "You have written " + written + " notes in the last 24 hours; your limit is " + limit + ".");
    }
  }

  private void checkPostAuthorLimit(ContributorRecord writer, String postAuthor, long now) {
    NoteRepository.AuthorHistory all = notes.onPostAuthor(writer.id(), postAuthor, now - WritingLimits.DAY.toMillis());
    WritingLimits.Limit limit = WritingLimits.perPostAuthor(all.total(), all.crh());
    long inWindow = limit.window().equals(WritingLimits.DAY)
        ? all.since()
        : notes.onPostAuthor(writer.id(), postAuthor, now - limit.window().toMillis()).since();
    if (inWindow >= limit.notes()) {
      throw new RuleViolation(HttpStatus.FORBIDDEN, "postId", "writingLimit.postAuthor",
          "You may write " + limit.notes() + " notes per " + limit.window().toHours()
              + " hours on posts by this author; you have written " + inWindow + ".");
    }
  }
}
