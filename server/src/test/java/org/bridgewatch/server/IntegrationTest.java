package org.bridgewatch.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the real server on a random port, over real HTTP, on the
 * database {@link TestDatabase} picks. All subclasses share one Spring context per JVM, so keep
 * this class's configuration the only one. Tests make their own contributors and posts, so they
 * never depend on each other's data.
 */
@Tag("integration")
@AutoConfigureObservability
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bridgewatch.rate-limit.writes=25",
      "bridgewatch.rate-limit.period=1h",
      "bridgewatch.rate-limit.signups=100000",
      "bridgewatch.rate-limit.signins=40",
      "bridgewatch.rate-limit.signin-period=1h",
      "bridgewatch.export.delay=48h",
      "bridgewatch.scoring.enabled=false",
      "bridgewatch.scoring.threads=2"
    })
public abstract class IntegrationTest {
  protected static final long HOUR = 3_600_000L;

  @LocalServerPort int port;
  @Autowired protected JdbcClient jdbc;
  protected Api api;

  @BeforeAll
  static void requireDatabase() {
    TestDatabase.require();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeEach
  void connect() {
    api = new Api(port, jdbc);
  }
}
