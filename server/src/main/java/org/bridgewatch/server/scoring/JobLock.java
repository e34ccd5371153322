package org.bridgewatch.server.scoring;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database lease that lets one node at a time run a job (the scoring run). Taking it is one
 * conditional UPDATE, atomic on both H2 and PostgreSQL; a crashed holder's lease simply expires.
 */
@Component
public class JobLock {
  private final JdbcClient jdbc;
  private final Clock clock;

  public JobLock(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Takes the lease for {@code lease} if it is free or expired (or already ours). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean tryAcquire(String job, String owner, Duration lease) {
    long now = clock.millis();
    return jdbc.sql("""
            UPDATE job_locks SET locked_until_millis = :until, locked_by = :owner
            WHERE name = :job AND (locked_until_millis < :now OR locked_by = :owner)
            """)
        .param("until", now + lease.toMillis())
        .param("owner", owner)
        .param("job", job)
        .param("now", now)
        .update() == 1;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void release(String job, String owner) {
    jdbc.sql("UPDATE job_locks SET locked_until_millis = 0, locked_by = NULL WHERE name = :job AND locked_by = :owner")
        .param("job", job)
        .param("owner", owner)
        .update();
  }
}
