package org.bridgewatch.server.demo;

import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.Classification;
import org.bridgewatch.scoring.model.EnrollmentState;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.scoring.model.ModelingPopulation;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.Nulls;
import org.bridgewatch.scoring.model.ParticipantIndex;
import org.bridgewatch.scoring.model.RatingSource;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;
import org.bridgewatch.server.contributors.AliasGenerator;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a dataset in the public format (e.g. the synthetic generator's) into the database:
 * every participant becomes a contributor (same participantId, a fresh alias, its enrollment row),
 * every tweetId a post, and notes, ratings and status history rows are copied column for column.
 * Participants and posts already present are reused; notes must be new. The server allows one
 * note per contributor per post, so a dataset's second note by the same author on the same post is
 * left out, with its ratings and history.
 */
@Service
public class CommunityImporter {
  /** Posts get one of this many synthetic authors, so per-author writing limits have history. */
  static final int POST_AUTHORS = 40;

  private final NamedParameterJdbcTemplate jdbc;
  private final AliasGenerator aliases;

  public CommunityImporter(NamedParameterJdbcTemplate jdbc, AliasGenerator aliases) {
    this.jdbc = jdbc;
    this.aliases = aliases;
  }

  /** What was imported. */
  public record Imported(int contributors, int posts, int notes, int ratings, int statusRows) {}

  @Transactional
  public Imported importDirectory(Path dir) {
    return importInput(PublicDataReader.read(InputPaths.fromDirectory(dir)));
  }

  @Transactional
  public Imported importInput(ScoringInput in) {
    long earliest = earliestTime(in);
    Map<String, Long> ids = contributors(in, earliest);
    int posts = posts(in.notes(), in.participants(), ids);
    boolean[] kept = onePerAuthorAndPost(in.notes());
    int notes = notes(in.notes(), kept, in.participants(), ids);
    int ratings = ratings(in.ratings(), in.notes(), kept, in.participants(), ids);
    int history = history(in.statusHistory(), kept, in.participants());
    return new Imported(in.participants().size(), posts, notes, ratings, history);
  }

  private static boolean[] onePerAuthorAndPost(NoteTable notes) {
    boolean[] kept = new boolean[notes.size];
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < notes.size; n++) {
      kept[n] = seen.add(notes.author[n] + "/" + notes.tweetId[n]);
    }
    return kept;
  }

  private static long earliestTime(ScoringInput in) {
    long t = Long.MAX_VALUE;
    for (long c : in.notes().createdAtMillis) {
      t = Math.min(t, c);
    }
    for (long c : in.ratings().createdAtMillis) {
      t = Math.min(t, c);
    }
    return t == Long.MAX_VALUE ? 0 : t;
  }

  private Map<String, Long> contributors(ScoringInput in, long earliest) {
    ParticipantIndex participants = in.participants();
    Map<String, Long> ids = new HashMap<>();
    jdbc.query("SELECT id, participant_id FROM contributors", rs -> {
      ids.put(rs.getString(2), rs.getLong(1));
    });
    Set<String> taken = new HashSet<>(jdbc.queryForList("SELECT alias FROM contributors", Map.of(), String.class));
    long[] firstSeen = new long[participants.size()];
    Arrays.fill(firstSeen, Long.MAX_VALUE);
    NoteTable notes = in.notes();
    for (int n = 0; n < notes.size; n++) {
      firstSeen[notes.author[n]] = Math.min(firstSeen[notes.author[n]], notes.createdAtMillis[n]);
    }
    RatingTable ratings = in.ratings();
    for (int r = 0; r < ratings.size; r++) {
      firstSeen[ratings.rater[r]] = Math.min(firstSeen[ratings.rater[r]], ratings.createdAtMillis[r]);
    }
    int[] enrollmentRow = new int[participants.size()];
    Arrays.fill(enrollmentRow, -1);
    EnrollmentTable e = in.enrollment();
    for (int i = 0; i < e.size; i++) {
      enrollmentRow[e.participant[i]] = i;
    }
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int p = 0; p < participants.size(); p++) {
      String pid = participants.id(p);
      if (ids.containsKey(pid)) {
        continue;
      }
      String alias;
      do {
        alias = aliases.next();
      } while (!taken.add(alias));
      long created = Math.min(firstSeen[p] == Long.MAX_VALUE ? earliest : firstSeen[p], earliest);
      int row = enrollmentRow[p];
      MapSqlParameterSource s = new MapSqlParameterSource()
          .addValue("pid", pid)
          .addValue("alias", alias)
          .addValue("created", created);
      if (row < 0) {
        s.addValue("state", EnrollmentState.NEW_USER.tsv).addValue("needed", 5).addValue("changed", created)
            .addValue("earnOut", 1L).addValue("population", ModelingPopulation.CORE.name())
            .addValue("group", 0).addValue("times", 0);
      } else {
        ModelingPopulation population = e.modelingPopulation[row] < 0
            ? ModelingPopulation.CORE : ModelingPopulation.values()[e.modelingPopulation[row]];
        s.addValue("state", EnrollmentState.ofCode(e.state[row]).tsv)
            .addValue("needed", e.successfulRatingNeededToEarnIn[row])
            .addValue("changed", e.timestampOfLastStateChange[row])
            .addValue("earnOut", e.timestampOfLastEarnOut[row] == Nulls.NO_TIME ? 1L : e.timestampOfLastEarnOut[row])
            .addValue("population", population.name())
            .addValue("group", e.modelingGroup[row] == Nulls.NO_INT ? 0 : e.modelingGroup[row])
            .addValue("times", e.numberOfTimesEarnedOut[row]);
      }
      rows.add(s);
    }
    jdbc.batchUpdate("""
        INSERT INTO contributors (participant_id, alias, created_at_millis, enrollment_state,
          successful_rating_needed_to_earn_in, timestamp_of_last_state_change, timestamp_of_last_earn_out,
          modeling_population, modeling_group, number_of_times_earned_out)
        VALUES (:pid, :alias, :created, :state, :needed, :changed, :earnOut, :population, :group, :times)
        """, rows.toArray(SqlParameterSource[]::new));
    jdbc.query("SELECT id, participant_id FROM contributors", rs -> {
      ids.put(rs.getString(2), rs.getLong(1));
    });
    return ids;
  }

  private int posts(NoteTable notes, ParticipantIndex participants, Map<String, Long> ids) {
    Set<Long> existing = new HashSet<>(jdbc.queryForList("SELECT id FROM posts", Map.of(), Long.class));
    Map<Long, Integer> firstNote = new HashMap<>();
    for (int n = 0; n < notes.size; n++) {
      firstNote.merge(notes.tweetId[n], n, (a, b) -> notes.createdAtMillis[a] <= notes.createdAtMillis[b] ? a : b);
    }
    List<SqlParameterSource> rows = new ArrayList<>();
    for (Map.Entry<Long, Integer> post : firstNote.entrySet()) {
      long tweetId = post.getKey();
      if (existing.contains(tweetId)) {
        continue;
      }
      int n = post.getValue();
      long created = notes.createdAtMillis[n] - 3_600_000L;
      rows.add(new MapSqlParameterSource()
          .addValue("id", tweetId)
          .addValue("author", "source" + Math.floorMod(tweetId, POST_AUTHORS))
          .addValue("text", "A post that people wrote notes about (" + tweetId + ").")
          .addValue("created", created)
          .addValue("by", ids.get(participants.id(notes.author[n]))));
    }
    jdbc.batchUpdate("""
        INSERT INTO posts (id, author_handle, text, created_at_millis, ingested_by, ingested_at_millis)
        VALUES (:id, :author, :text, :created, :by, :created)
        """, rows.toArray(SqlParameterSource[]::new));
    return rows.size();
  }

  private int notes(NoteTable notes, boolean[] kept, ParticipantIndex participants, Map<String, Long> ids) {
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int n = 0; n < notes.size; n++) {
      if (!kept[n]) {
        continue;
      }
      MapSqlParameterSource s = new MapSqlParameterSource()
          .addValue("id", notes.noteId[n])
          .addValue("author", ids.get(participants.id(notes.author[n])))
          .addValue("created", notes.createdAtMillis[n])
          .addValue("tweet", notes.tweetId[n])
          .addValue("classification", Classification.ofCode(notes.classification[n]).name())
          .addValue("believable", notes.believable[n], Types.VARCHAR)
          .addValue("harmful", notes.harmful[n], Types.VARCHAR)
          .addValue("difficulty", notes.validationDifficulty[n], Types.VARCHAR)
          .addValue("sources", notes.trustworthySources[n] > 0 ? 1 : 0)
          .addValue("summary", notes.summary[n] == null ? "" : notes.summary[n])
          .addValue("media", notes.isMediaNote[n] ? 1 : 0)
          .addValue("collab", notes.isCollaborativeNote[n] ? 1 : 0);
      for (int i = 0; i < NoteTable.MISLEADING_COLUMNS.length; i++) {
        s.addValue("m" + i, (notes.misleadingReasons[n] >> i & 1));
      }
      for (int i = 0; i < NoteTable.NOT_MISLEADING_COLUMNS.length; i++) {
        s.addValue("nm" + i, (notes.notMisleadingReasons[n] >> i & 1));
      }
      rows.add(s);
    }
    jdbc.batchUpdate("""
        INSERT INTO notes (note_id, author_id, created_at_millis, tweet_id, classification, believable, harmful,
          validation_difficulty, misleading_other, misleading_factual_error, misleading_manipulated_media,
          misleading_outdated_information, misleading_missing_important_context,
          misleading_unverified_claim_as_fact, misleading_satire, not_misleading_other,
          not_misleading_factually_correct, not_misleading_outdated_but_not_when_written,
          not_misleading_clearly_satire, not_misleading_personal_opinion, trustworthy_sources, summary,
          is_media_note, is_collaborative_note)
        VALUES (:id, :author, :created, :tweet, :classification, :believable, :harmful, :difficulty,
          :m0, :m1, :m2, :m3, :m4, :m5, :m6, :nm0, :nm1, :nm2, :nm3, :nm4, :sources, :summary, :media, :collab)
        """, rows.toArray(SqlParameterSource[]::new));
    return rows.size();
  }

  private int ratings(RatingTable ratings, NoteTable notes, boolean[] kept, ParticipantIndex participants,
      Map<String, Long> ids) {
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int r = 0; r < ratings.size; r++) {
      if (ratings.note[r] < 0 || !kept[ratings.note[r]]) {
        continue; // a rating of a note that is not in the dataset has nothing to attach to
      }
      rows.add(new MapSqlParameterSource()
          .addValue("note", ratings.noteId(r))
          .addValue("rater", ids.get(participants.id(ratings.rater[r])))
          .addValue("created", ratings.createdAtMillis[r])
          .addValue("version", ratings.version(r))
          .addValue("agree", ratings.agree(r) ? 1 : 0)
          .addValue("disagree", ratings.disagree(r) ? 1 : 0)
          .addValue("helpful", ratings.helpfulFlag(r) ? 1 : 0)
          .addValue("notHelpful", ratings.notHelpfulFlag(r) ? 1 : 0)
          .addValue("level", HelpfulnessLevel.ofCode(ratings.level[r]).name())
          .addValue("tags", ratings.tags[r])
          .addValue("tweet", ratings.ratedOnTweetId(r) > 0 ? ratings.ratedOnTweetId(r)
              : notes.tweetId[ratings.note[r]])
          .addValue("source", RatingSource.values()[ratings.source[r]].name()));
    }
    jdbc.batchUpdate("""
        INSERT INTO ratings (note_id, rater_id, created_at_millis, first_created_at_millis, version, agree,
          disagree, helpful, not_helpful, helpfulness_level, tags, rated_on_tweet_id, rating_source_bucketed)
        VALUES (:note, :rater, :created, :created, :version, :agree, :disagree, :helpful, :notHelpful, :level,
          :tags, :tweet, :source)
        """, rows.toArray(SqlParameterSource[]::new));
    return rows.size();
  }

  private int history(StatusHistoryTable h, boolean[] kept, ParticipantIndex participants) {
    List<SqlParameterSource> rows = new ArrayList<>();
    for (int i = 0; i < h.size; i++) {
      if (h.note[i] < 0 || !kept[h.note[i]]) {
        continue;
      }
      rows.add(new MapSqlParameterSource()
          .addValue("id", h.noteId[i])
          .addValue("author", h.author[i] < 0 ? "" : participants.id(h.author[i]))
          .addValue("created", h.createdAtMillis[i])
          .addValue("firstTime", time(h.timestampMillisOfFirstNonNMRStatus[i]), Types.BIGINT)
          .addValue("first", status(h.firstNonNMRStatus[i]), Types.VARCHAR)
          .addValue("currentTime", time(h.timestampMillisOfCurrentStatus[i]), Types.BIGINT)
          .addValue("current", status(h.currentStatus[i]), Types.VARCHAR)
          .addValue("latestTime", time(h.timestampMillisOfLatestNonNMRStatus[i]), Types.BIGINT)
          .addValue("latest", status(h.mostRecentNonNMRStatus[i]), Types.VARCHAR)
          .addValue("lockTime", time(h.timestampMillisOfStatusLock[i]), Types.BIGINT)
          .addValue("locked", status(h.lockedStatus[i]), Types.VARCHAR)
          .addValue("decidedBy", h.currentDecidedBy[i], Types.VARCHAR)
          .addValue("core", status(h.currentCoreStatus[i]), Types.VARCHAR)
          .addValue("changeTime", time(h.timestampMillisOfMostRecentStatusChange[i]), Types.BIGINT)
          .addValue("minute", time(h.timestampMinuteOfFinalScoringOutput[i]), Types.BIGINT));
    }
    // The columns a prior run leaves; the first scoring run fills in the rest.
    jdbc.batchUpdate("""
        INSERT INTO note_status_history (note_id, note_author_participant_id, created_at_millis,
          timestamp_millis_of_first_non_nmr_status, first_non_nmr_status, timestamp_millis_of_current_status,
          current_status, timestamp_millis_of_latest_non_nmr_status, most_recent_non_nmr_status,
          timestamp_millis_of_status_lock, locked_status, current_decided_by, current_core_status,
          timestamp_millis_of_most_recent_status_change, timestamp_minute_of_final_scoring_output)
        VALUES (:id, :author, :created, :firstTime, :first, :currentTime, :current, :latestTime, :latest,
          :lockTime, :locked, :decidedBy, :core, :changeTime, :minute)
        """, rows.toArray(SqlParameterSource[]::new));
    return rows.size();
  }

  private static Long time(long t) {
    return t == Nulls.NO_TIME ? null : t;
  }

  private static String status(byte code) {
    NoteStatus s = NoteStatus.ofCode(code);
    return s == null ? null : s.name();
  }
}
