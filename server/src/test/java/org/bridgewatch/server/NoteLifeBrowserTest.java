package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgewatch.scoring.io.InputPaths;
import org.bridgewatch.scoring.io.PublicDataReader;
import org.bridgewatch.scoring.model.NoteStatus;
import org.bridgewatch.scoring.pipeline.PhaseListener;
import org.bridgewatch.scoring.pipeline.ScoringOptions;
import org.bridgewatch.scoring.pipeline.ScoringPipeline;
import org.bridgewatch.scoring.pipeline.ScoringResult;
import org.bridgewatch.scoring.pipeline.meta.MetaScoringResult;
import org.bridgewatch.scoring.synth.SynthConfig;
import org.bridgewatch.scoring.synth.SyntheticDataGenerator;
import org.bridgewatch.server.demo.CommunityImporter;
import org.bridgewatch.server.scoring.SnapshotWriter;
import org.bridgewatch.server.security.ApiTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The life of a note in the browser, with real scoring runs started from the operator console:
 * a newcomer signs up and rates notes until runs earn them in, writes a note, contributors from
 * both sides of an imported synthetic community rate it helpful, and the runs make it the post's
 * shown note with two explanation tags and a viewpoint plot spanning both sides. Every status and
 * enrollment comes from a run; the only direct database write is the operator flag and the
 * clock shift of the minimum-stable-CRH wait (as {@link LifeOfANoteApiTest} does).
 */
class NoteLifeBrowserTest extends IntegrationTest {
  private static final long SEED = 11;
  private static final Pattern RUN_ID = Pattern.compile("Scoring run (\\d+)");
  private static Browser browser;

  @Autowired CommunityImporter importer;
  @Autowired ApiTokens tokens;
  @Autowired SnapshotWriter snapshots;

  @TempDir Path tmp;

  @BeforeAll
  static void requireBrowser() {
    Assumptions.assumeTrue("h2".equals(TestDatabase.KIND), "browser tests run once, on the embedded database");
    Browser.require();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void aNewcomersNoteIsShownAfterRealScoringRuns() throws IOException {
    browser = Browser.open(port);
    phase("browser open");
    Api.Who operator = api.signUp();
    makeOperator(operator.id(), operator.alias());
    long now = System.currentTimeMillis();
    Path generated = tmp.resolve("community");
    new SyntheticDataGenerator(SynthConfig.of(150, 100, 4_000, SEED).withEndMillis(now - 2 * HOUR)
        .withDays(1.4).withNoteStatusHistory(false)).generate(generated, (d, t) -> {});
    importer.importDirectory(generated);
    List<Long> soonHelpful = notesScoringHelpful(generated, now);
    phase("imported and previewed");
    assertThat(soonHelpful).hasSizeGreaterThanOrEqualTo(8);

    // A newcomer signs up and rates notes the community is about to find helpful.
    browser.go("/signup");
    String alias = browser.find("#alias-1").getAttribute("value");
    browser.click("label[for=alias-1]");
    browser.click("#signup-submit");
    assertThat(browser.text("#welcome-alias")).isEqualTo(alias);
    String newcomerKey = browser.find("#signin-key").getAttribute("value");
    for (long noteId : soonHelpful.subList(0, 8)) {
      browser.go("/notes/" + noteId + "/rate");
      browser.click("label[for=level-yes]");
      browser.click("label[for=t-helpfulGoodSources]");
      browser.click("#rate-submit");
      browser.waitForText(".flash", "Thanks, your rating is saved.");
    }
    browser.go("/me");
    assertThat(browser.text("#enrollment")).contains("New contributor");
    phase("newcomer rated");

    // Runs from the console: the first starts the notes' minimum-stable-CRH wait, the second
    // (two hours later, as far as the wait is concerned) shows them and earns the newcomer in.
    browser.signIn(operator.token());
    runFromConsole();
    stabilizationPeriodsBeganHoursAgo(2);
    runFromConsole();
    browser.signIn(newcomerKey);
    browser.go("/me");
    assertThat(browser.text("#enrollment")).isEqualTo("Can write notes");
    browser.fullScreenshot("life-earned-in");
    phase("earned in after two runs");

    // The newcomer writes a note on a post.
    Api.Who poster = api.signUp();
    String postId = api.post("/api/v1/posts", poster.token(), Map.of("authorHandle", "transit" + System.nanoTime(),
        "text", "The new tram line carries fewer people than the buses it replaced.")).expect(201).json()
        .path("id").asText();
    browser.go("/posts/" + postId);
    browser.click("#write-note");
    browser.click("label[for=c-misleading]");
    browser.click("label[for=m-factualError]");
    browser.click("label[for=s-yes]");
    browser.type("#summary", "Ridership rose 30% after the switch, per the transit authority's report "
        + "https://example.org/ridership");
    browser.click("#note-submit");
    browser.waitForPath("/notes/");
    String noteId = browser.path().substring("/notes/".length()).replaceAll("[?#/].*", "");
    assertThat(browser.text("#note-status")).isEqualTo("Needs more ratings");
    phase("note written");

    // Contributors from both sides rate it helpful: the first of each side in the browser.
    List<Api.Who> left = raters("ASC", 10);
    List<Api.Who> right = raters("DESC", 10);
    rateInBrowser(left.get(0), noteId, "life-rate-left");
    rateInBrowser(right.get(0), noteId, "life-rate-right");
    for (Api.Who rater : concat(left.subList(1, left.size()), right.subList(1, right.size()))) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "HELPFUL",
          "tags", List.of("helpfulGoodSources", "helpfulClear"))).expect(201);
    }
    phase("rated");

    // The operator scores until the note is out of its minimum-stable-CRH wait.
    browser.signIn(operator.token());
    runFromConsole();
    for (int wait = 0; wait < 2 && !"Rated helpful".equals(statusOf(noteId)); wait++) {
      stabilizationPeriodsBeganHoursAgo(2);
      runFromConsole();
    }
    browser.fullScreenshot("life-operator");
    phase("scored");

    // Anyone now sees the note on the post, with why and from whom.
    browser.driver.manage().deleteAllCookies();
    browser.go("/posts/" + postId);
    assertThat(browser.text("#shown-note .summary")).contains("Ridership rose 30%");
    assertThat(browser.text("#shown-note")).contains("Rated helpful by people from different perspectives");
    assertThat(browser.all("#shown-tags li")).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Cites high-quality sources", "Clear and/or well-written");
    browser.fullScreenshot("life-post");

    browser.click("#shown-note .actions a");
    browser.waitForPath("/notes/" + noteId);
    assertThat(browser.text("#note-status")).isEqualTo("Rated helpful");
    assertThat(browser.text("#decided-by")).startsWith("CoreModel");
    WebElement plot = browser.find("#viewpoint-plot");
    double centre = Double.parseDouble(plot.findElement(By.cssSelector("line.centre")).getAttribute("x1"));
    List<Double> xs = browser.all("#viewpoint-plot circle.dot").stream()
        .map(c -> Double.parseDouble(c.getAttribute("cx"))).toList();
    assertThat(xs).hasSize(20);
    assertThat(xs).filteredOn(x -> x < centre).isNotEmpty();
    assertThat(xs).filteredOn(x -> x > centre).isNotEmpty();
    List<WebElement> changes = browser.all("#timeline li[data-run]");
    assertThat(changes).as("one recorded change: shown as helpful").hasSize(1);
    assertThat(changes.get(0).getText()).contains("Status changed").contains("Rated helpful")
        .contains("people who usually disagree in their ratings found this note helpful")
        .contains("Was: Needs more ratings").contains("decided by CoreModel");
    browser.fullScreenshot("life-note");
    phase("checked");

    // The raters change their minds; the next run takes the status away, and the timeline says why.
    for (Api.Who rater : concat(left, right)) {
      api.put("/api/v1/notes/" + noteId + "/ratings/me", rater.token(), Map.of("helpfulnessLevel", "NOT_HELPFUL",
          "tags", List.of("notHelpfulSourcesMissingOrUnreliable", "notHelpfulIncorrect"))).expect(200);
    }
    browser.signIn(operator.token());
    runFromConsole();
    String after = statusOf(noteId);
    assertThat(after).isIn("Rated not helpful", "Needs more ratings");
    changes = browser.all("#timeline li[data-run]");
    assertThat(changes).as("each change, oldest first").hasSize(2);
    assertThat(changes.get(0).getText()).contains("Rated helpful").contains("people who usually disagree");
    assertThat(changes.get(1).getText()).contains(after).contains("Was: Rated helpful")
        .contains(after.equals("Needs more ratings") ? "No longer rated helpful"
            : "raters from different perspectives found this note not helpful");
    browser.fullScreenshot("life-note-history");
    phase("status taken away");
  }

  // ---- helpers ----

  private long phaseStart = System.nanoTime();

  /** Prints how long each step took: the machine is shared, so this shows where time goes. */
  private void phase(String done) {
    long t = System.nanoTime();
    System.out.printf("NoteLifeBrowserTest: %s in %d ms%n", done, (t - phaseStart) / 1_000_000);
    phaseStart = t;
  }

  /** Starts a run with the console's button and reloads the console until its row has an outcome. */
  private void runFromConsole() {
    browser.go("/operator");
    browser.click("#start-run");
    browser.waitForText(".flash", "Scoring run");
    Matcher m = RUN_ID.matcher(browser.text(".flash"));
    assertThat(m.find()).isTrue();
    String runId = m.group(1);
    String row = "//table[@id='runs']/tbody/tr[td[1]='" + runId + "']/td[4]";
    String outcome = new WebDriverWait(browser.driver, Duration.ofSeconds(120), Duration.ofMillis(300)).until(d -> {
      browser.go("/operator");
      String text = d.findElement(By.xpath(row)).getText();
      return text.equals("RUNNING") ? null : text;
    });
    assertThat(outcome).as("run %s", runId).isEqualTo("SUCCEEDED");
  }

  private void rateInBrowser(Api.Who rater, String noteId, String screenshot) {
    browser.signIn(rater.token());
    browser.go("/notes/" + noteId + "/rate");
    browser.click("label[for=level-yes]");
    browser.click("label[for=t-helpfulGoodSources]");
    browser.click("label[for=t-helpfulClear]");
    browser.screenshot(screenshot);
    browser.click("#rate-submit");
    browser.waitForText(".flash", "Thanks, your rating is saved.");
  }

  private String statusOf(String noteId) {
    browser.go("/notes/" + noteId);
    return browser.text("#note-status");
  }

  /**
   * Notes of the generated community (not of other tests sharing the database) that the core model
   * finds helpful on their own and that have no status yet.
   */
  private List<Long> notesScoringHelpful(Path generated, long now) throws IOException {
    java.util.Set<Long> ours = new java.util.HashSet<>();
    var notes = PublicDataReader.read(InputPaths.fromDirectory(generated)).notes();
    for (long id : notes.noteId) {
      ours.add(id);
    }
    Path snapshot = tmp.resolve("preview");
    Files.createDirectories(snapshot);
    snapshots.write(snapshot, now);
    ScoringResult result = new ScoringPipeline(new ScoringOptions(42, now, true, 2, null), PhaseListener.NONE)
        .run(PublicDataReader.read(InputPaths.fromDirectory(snapshot)));
    MetaScoringResult meta = result.meta();
    List<Long> helpful = new ArrayList<>();
    for (int i = 0; i < meta.size; i++) {
      int note = meta.history.note[i];
      if (note >= 0 && ours.contains(meta.history.noteId[i])
          && meta.preStabilizationRatingStatus[i] == NoteStatus.CURRENTLY_RATED_HELPFUL.code()
          && result.core().noteIntercept()[note] > 0.45f) {
        helpful.add(meta.history.noteId[i]);
      }
    }
    return helpful;
  }

  /** Raters with the most negative (ASC) or most positive (DESC) core factor of the last run. */
  private List<Api.Who> raters(String order, int n) {
    List<Api.Who> raters = jdbc.sql("SELECT id, participant_id, alias, core_rater_factor FROM contributors"
            + " WHERE core_rater_factor IS NOT NULL AND core_rater_intercept BETWEEN -0.2 AND 0.4"
            + " AND " + ("ASC".equals(order) ? "core_rater_factor < 0" : "core_rater_factor > 0")
            + " ORDER BY core_rater_factor " + order + " LIMIT :n")
        .param("n", n)
        .query((rs, i) -> new Api.Who(tokens.issue(rs.getLong(1), "test").token(), rs.getString(2),
            rs.getString(3), rs.getLong(1)))
        .list();
    assertThat(raters).as("raters on the %s side", order).hasSize(n);
    return raters;
  }

  private static List<Api.Who> concat(List<Api.Who> a, List<Api.Who> b) {
    List<Api.Who> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
