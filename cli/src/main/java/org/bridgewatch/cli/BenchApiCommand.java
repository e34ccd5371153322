package org.bridgewatch.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bridgewatch.cli.bench.ApiClient;
import org.bridgewatch.cli.bench.ProcCpu;
import org.bridgewatch.cli.bench.RatingLoad;
import org.bridgewatch.cli.bench.RawRatingWriters;
import org.bridgewatch.server.BridgewatchServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bridgewatch bench-api}: rating-write throughput and latency of the REST API. Starts the
 * server in this JVM (fresh H2 under a temp dir, or PostgreSQL database {@code bridgewatch_bench}
 * with {@code --postgres}) or uses a running one on loopback ({@code --url} with {@code --db-url}),
 * makes contributors and notes through the API, fires rating writes from client threads, then
 * counts the rating rows in the database: every accepted write must be there.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
    description = "Load-test rating writes over HTTP and check that none was lost.")
public final class BenchApiCommand implements Callable<Integer> {
  static final String BENCH_PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String BENCH_PG_DATABASE = "bridgewatch_bench";
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  @Spec CommandSpec spec;

  @Option(names = "--postgres", description = "In-process server on PostgreSQL (database " + BENCH_PG_DATABASE
      + " at 127.0.0.1:5432, recreated) instead of a fresh embedded H2.")
  boolean postgres;

  @Option(names = "--url", description = "A running server on loopback (start it with"
      + " --bridgewatch.rate-limit.writes=1000000000); needs --db-url.")
  String url;

  @Option(names = "--db-url", description = "JDBC URL of that server's database (user postgres/sa, no password"
      + " unless BRIDGEWATCH_DB_USER/PASSWORD).")
  String dbUrl;

  @Option(names = "--contributors", defaultValue = "50", description = "Raters (default ${DEFAULT-VALUE}).")
  int contributors;

  @Option(names = "--notes", defaultValue = "100", description = "Notes to rate (default ${DEFAULT-VALUE}).")
  int notes;

  @Option(names = "--threads", defaultValue = "16", description = "Client threads (default ${DEFAULT-VALUE}, at"
      + " most 64).")
  int threads;

  @Option(names = "--count", defaultValue = "2000", description = "Rating writes at most (default"
      + " ${DEFAULT-VALUE}; also bounded by contributors x notes).")
  long count;

  @Option(names = "--warmup", defaultValue = "1000", description = "Rating writes before the measured ones, not"
      + " timed (default ${DEFAULT-VALUE}): the server's JIT compiles its hot paths first.")
  long warmup;

  @Option(names = "--cpu-pids", split = ",", description = "Linux only: process ids whose CPU time (with all"
      + " their descendants, live or reaped) over the measured writes is printed per write, e.g. the server JVM's"
      + " and the PostgreSQL postmaster's.")
  List<Long> cpuPids = new ArrayList<>();

  /** Which HTTP client fires the rating writes. */
  enum Client { raw, jdk }

  @Option(names = "--client", defaultValue = "raw", description = "raw: one blocking keep-alive socket per"
      + " thread with pre-encoded requests (cheap on the CPU the server needs); jdk: java.net.http.HttpClient."
      + " Default ${DEFAULT-VALUE}.")
  Client client;

  @Option(names = "--seconds", defaultValue = "60", description = "Stop after this many seconds at most (default"
      + " ${DEFAULT-VALUE}, at most 600).")
  int seconds;

  @Override
  public Integer call() throws Exception {
    validate();
    ConfigurableApplicationContext server = null;
    Path h2Dir = null;
    try {
      String base;
      String jdbcUrl;
      String user = System.getenv().getOrDefault("BRIDGEWATCH_DB_USER", "postgres");
      String password = System.getenv().getOrDefault("BRIDGEWATCH_DB_PASSWORD", "");
      if (url != null) {
        base = url;
        jdbcUrl = dbUrl;
      } else {
        if (postgres) {
          recreatePostgresDatabase(user, password);
          jdbcUrl = BENCH_PG_SERVER + BENCH_PG_DATABASE;
        } else {
          h2Dir = Files.createTempDirectory("bridgewatch-bench-api");
          jdbcUrl = "jdbc:h2:file:" + h2Dir.resolve("db").toAbsolutePath()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
          user = "sa"; // the fresh H2 database's owner
        }
        server = startServer(jdbcUrl, user, password);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
      }
      return bench(base, jdbcUrl, user, password);
    } finally {
      if (server != null) {
        server.close();
      }
      if (h2Dir != null) {
        deleteTree(h2Dir);
      }
    }
  }

  private int bench(String base, String jdbcUrl, String user, String password) throws Exception {
    var out = spec.commandLine().getOut();
    // HTTP/1.1 with keep-alive, as API clients talk to a Tomcat without h2c: no upgrade offer on
    // each new connection.
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      ApiClient api = new ApiClient(http, base);
      String[] tokens = new String[contributors];
      List<String> participants = new ArrayList<>();
      for (int i = 0; i < contributors; i++) {
        String[] made = api.signUp();
        tokens[i] = made[0];
        participants.add(made[1]);
      }
      allowWriting(db, participants);
      String run = Long.toString(System.nanoTime(), 36);
      String[] noteIds = new String[notes];
      int[] noteAuthor = new int[notes];
      for (int j = 0; j < notes; j++) {
        noteAuthor[j] = j % contributors; // at most 5 notes each: the daily limit of a new writer
        String post = api.post(tokens[noteAuthor[j]], "bench" + run + "x" + j);
        noteIds[j] = api.note(tokens[noteAuthor[j]], post);
      }
      long before = ratingsOn(db, noteIds);
      var writers = client == Client.jdk ? api.ratingWriters(tokens, noteIds)
          : new RawRatingWriters(base, tokens, noteIds);
      RatingLoad load = new RatingLoad(writers, tokens, noteIds, noteAuthor);
      RatingLoad.Result warm = warmup == 0 ? null : load.run(threads, warmup, seconds * 1_000_000_000L);
      long[] pidTicks0 = cpuPids.stream().mapToLong(ProcCpu::ticks).toArray();
      long cpu0 = processCpuNanos();
      RatingLoad.Result r = load.run(threads, count, seconds * 1_000_000_000L);
      long cpu = processCpuNanos() - cpu0;
      long[] pidTicks1 = cpuPids.stream().mapToLong(ProcCpu::ticks).toArray();
      long stored = ratingsOn(db, noteIds) - before;
      out.printf("bench-api: %s, %d contributors, %d notes, %d client threads, %s client%n",
          url != null ? base : postgres ? "PostgreSQL" : "H2", contributors, notes, threads, client);
      out.printf("writes=%d rejected=%d failed=%d seconds=%.2f writesPerSecond=%.1f p50Millis=%.2f p99Millis=%.2f%n",
          r.created(), r.rejected(), r.failed(), r.elapsedNanos() / 1e9, r.writesPerSecond(), r.percentileMillis(0.50),
          r.percentileMillis(0.99));
      // This JVM's CPU over the measured writes: the client's alone under --url, client and server in process.
      out.printf("%s=%.3f%n", url != null ? "clientCpuMsPerWrite" : "processCpuMsPerWrite",
          cpu / 1e6 / Math.max(1, r.created() + r.rejected() + r.failed()));
      for (int i = 0; i < cpuPids.size(); i++) {
        out.printf("pid%dCpuMsPerWrite=%.3f%n", cpuPids.get(i),
            ProcCpu.millis(pidTicks1[i] - pidTicks0[i]) / Math.max(1, r.created() + r.rejected() + r.failed()));
      }
      long warmCreated = warm == null ? 0 : warm.created();
      long warmBad = warm == null ? 0 : warm.failed() + warm.rejected();
      long lost = warmCreated + r.created() - stored;
      out.printf("warmupWrites=%d storedRatings=%d lost=%d%n", warmCreated, stored, lost);
      out.flush();
      return lost == 0 && r.failed() == 0 && r.rejected() == 0 && warmBad == 0 ? 0 : 1;
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private void validate() {
    if (url != null) {
      String host = URI.create(url).getHost();
      if (host == null || !LOOPBACK.contains(host)) {
        throw new ParameterException(spec.commandLine(), "--url must be a loopback address (127.0.0.1, localhost)");
      }
      if (dbUrl == null) {
        throw new ParameterException(spec.commandLine(), "--url needs --db-url to check the stored ratings");
      }
    }
    if (threads < 1 || threads > 64 || contributors < 2 || notes < 1 || notes > 5L * contributors || count < 1
        || warmup < 0 || warmup > 1_000_000
        || count > 10_000_000 || seconds < 1 || seconds > 600) {
      throw new ParameterException(spec.commandLine(), "need 1..64 threads, >= 2 contributors, 1..5 x contributors"
          + " notes, 1..10,000,000 writes, 0..1,000,000 warm-up writes and 1..600 seconds");
    }
  }

  /** The in-process server: no scheduled scoring, and write budgets the benchmark never exhausts. */
  private static ConfigurableApplicationContext startServer(String jdbcUrl, String user, String password) {
    return SpringApplication.run(BridgewatchServer.class,
        "--server.port=0",
        "--server.address=127.0.0.1",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--bridgewatch.scoring.enabled=false",
        "--bridgewatch.rate-limit.writes=1000000000",
        "--bridgewatch.rate-limit.signups=1000000000",
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN");
  }

  /** New contributors may not write notes; the benchmark earns them in, as a scoring run would. */
  private static void allowWriting(Connection db, List<String> participants) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(
        "UPDATE contributors SET enrollment_state = 'earnedIn' WHERE participant_id = ?")) {
      for (String p : participants) {
        s.setString(1, p);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static long ratingsOn(Connection db, String[] noteIds) throws SQLException {
    long total = 0;
    try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM ratings WHERE note_id = ?")) {
      for (String id : noteIds) {
        s.setLong(1, Long.parseLong(id));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          total += rs.getLong(1);
        }
      }
    }
    return total;
  }

  private static void recreatePostgresDatabase(String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(BENCH_PG_SERVER + "postgres?connectTimeout=5", user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + BENCH_PG_DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + BENCH_PG_DATABASE);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
