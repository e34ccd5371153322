package org.bridgewatch.server.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.bridgewatch.scoring.model.HelpfulnessLevel;
import org.bridgewatch.server.web.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a batch's transaction fails as a whole, each write in it is done again on its own, so each
 * request gets its own answer (the database paths are covered by RatingApiTest on H2 and
 * PostgreSQL; a whole-batch failure cannot be provoked there on demand).
 */
class RatingGroupCommitTest {
  private static final RatingInput HELPFUL = new RatingInput(HelpfulnessLevel.HELPFUL, null, null, null);

  @Test
  void aFailedBatchIsRetriedWriteByWrite() throws Exception {
    TransactionTemplate failing = new TransactionTemplate() {
      @Override
      public <T> T execute(TransactionCallback<T> action) {
        throw new DataAccessResourceFailureException("the batch's connection broke");
      }
    };
    RatingService single = mock(RatingService.class);
    RatingService.Rated stored = RatingService.created(10, "p1", HELPFUL, 0, 5);
    when(single.rate(1, 10, HELPFUL)).thenReturn(stored);
    when(single.rate(2, 10, HELPFUL)).thenThrow(RuleViolation.forbidden("rating.ownNote", "own note"));
    RatingGroupCommit commit = new RatingGroupCommit(single, mock(NamedParameterJdbcTemplate.class),
        mock(JdbcClient.class), failing, Clock.systemUTC(), new SimpleMeterRegistry(), 1, 64);
    try {
      CompletableFuture<RatingService.Rated> one = CompletableFuture.supplyAsync(() -> commit.rate(1, 10, HELPFUL));
      CompletableFuture<RatingService.Rated> two = CompletableFuture.supplyAsync(() -> commit.rate(2, 10, HELPFUL));
      assertThat(one.get()).isSameAs(stored);
      assertThatThrownBy(two::join).hasCauseInstanceOf(RuleViolation.class).hasMessageContaining("own note");
    } finally {
      commit.stop();
    }
  }
}
