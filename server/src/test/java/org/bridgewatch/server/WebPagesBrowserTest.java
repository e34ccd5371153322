package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real headless Chromium against the real server: sign-up, rating, writing with
 * every rule's message next to its field, the post page's shown note, the note page's history and
 * viewpoint plot, escaping, CSRF, the operator console. Runs on the embedded database only (the
 * pages add no SQL of their own that differs by database beyond what the API suite covers twice).
 */
class WebPagesBrowserTest extends IntegrationTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue("h2".equals(TestDatabase.KIND), "browser tests run once, on the embedded database");
    Browser.require();
  }

  @BeforeEach
  void openBrowser() {
    if (browser == null) {
      browser = Browser.open(port);
    }
    browser.driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void signUpRateChangeTheRatingAndEarnIn() {
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);

    browser.go("/signup");
    WebElement second = browser.find("#alias-1");
    String alias = second.getAttribute("value");
    browser.find("label[for=alias-1]").click();
    browser.click("#signup-submit");
    assertThat(browser.text("#welcome-alias")).isEqualTo(alias);
    assertThat(browser.find("#signin-key").getAttribute("value")).startsWith("bw_");
    browser.screenshot("welcome");

    browser.click("#start-rating");
    browser.find("#tab-panel");
    assertThat(browser.find("#tab-help").getAttribute("aria-current")).isEqualTo("page");
    String card = "article[data-note-id='" + noteId + "']";
    assertThat(browser.present(card)).as("the newest unrated note needs this rater's help").isTrue();
    browser.fullScreenshot("home");

    browser.click(card + " .rate-link");
    browser.find("#rate-form");
    assertThat(browser.displayed("#helpful-tags")).as("tags appear once an answer is chosen").isFalse();
    browser.click("label[for=level-yes]");
    browser.click("label[for=t-helpfulClear]");
    assertThat(browser.displayed("#not-helpful-tags")).isFalse();
    browser.screenshot("rate");
    browser.click("#rate-submit");
    browser.waitForText(".flash", "Thanks, your rating is saved.");
    assertThat(browser.path()).startsWith("/?tab=help");
    assertThat(browser.present(card)).as("a rated note leaves the list").isFalse();
    assertThat(level(noteId, alias)).isEqualTo("HELPFUL");

    browser.go("/notes/" + noteId);
    assertThat(browser.text("#my-rating")).contains("helpful");
    browser.click("#main .actions a.button");
    assertThat(browser.find("#changing").getText()).contains("change your rating");
    assertThat(browser.find("#t-helpfulClear").isSelected()).isTrue();
    browser.click("label[for=level-somewhat]");
    browser.click("label[for=t-notHelpfulMissingKeyPoints]");
    browser.click("#rate-submit");
    browser.waitForText(".flash", "Your rating is updated.");
    assertThat(level(noteId, alias)).isEqualTo("SOMEWHAT_HELPFUL");

    browser.click("#nav-profile");
    assertThat(browser.text("#progress")).contains("0 of 5");
    assertThat(browser.text("#enrollment")).contains("New contributor");
    // A scoring run credits the ratings that matched outcomes and earns the rater in.
    jdbc.sql("UPDATE contributors SET rating_impact = 5, enrollment_state = 'earnedIn' WHERE alias = :a")
        .param("a", alias).update();
    browser.go("/me");
    assertThat(browser.text("#progress")).contains("5 of 5");
    assertThat(browser.text("#enrollment")).isEqualTo("Can write notes");
    assertThat(browser.text("#notes-left")).isEqualTo("5 of 5");
    browser.fullScreenshot("profile");
  }

  @Test
  void writingANoteShowsEachRuleNextToItsField() {
    Api.Who me = api.signUp();
    Api.Who other = api.writer();
    String postId = api.post(other);
    String secondPost = api.post(other);
    browser.signIn(me.token());

    browser.go("/posts/" + postId);
    browser.click("#write-note");
    browser.click("label[for=c-misleading]");
    assertThat(browser.displayed("#not-misleading-reasons")).isFalse();
    browser.click("label[for=m-factualError]");
    browser.click("label[for=s-yes]");
    browser.type("#summary", "The report says otherwise https://example.org/report");
    browser.waitForText("#summary-count", "25 of 280");
    browser.click("#note-submit");
    assertThat(browser.text("#error-form")).contains("cannot write notes").contains("rate notes");

    api.setEnrollment(me, "earnedIn");
    browser.fill("#summary", "x".repeat(300) + " https://example.org/long");
    browser.waitForText("#summary-count", "300 of 280");
    assertThat(browser.find("#summary-count").getAttribute("class")).contains("over");
    browser.click("#note-submit");
    assertThat(browser.text("#error-summary")).contains("300 characters").contains("at most 280");
    assertThat(browser.find("#summary").getAttribute("aria-describedby")).contains("error-summary");
    assertThat(browser.find("#m-factualError").isSelected()).as("the form keeps its answers").isTrue();

    browser.fill("#summary", "The figure is wrong, the agency says so.");
    browser.click("#note-submit");
    assertThat(browser.text("#error-summary")).contains("must link at least one source");
    browser.fullScreenshot("write-errors");

    browser.fill("#summary", "The figure is wrong; see the agency's table https://example.org/table");
    browser.click("#note-submit");
    browser.waitForPath("/notes/");
    assertThat(browser.text("#note-summary")).contains("see the agency's table");
    assertThat(browser.text("#note-status")).isEqualTo("Needs more ratings");

    api.setWritingImpact(me, -1); // a negative Writing Impact allows one note a day
    browser.go("/posts/" + secondPost + "/notes/new");
    browser.click("label[for=c-not-misleading]");
    browser.click("label[for=n-personalOpinion]");
    browser.type("#summary", "This is an opinion, not a claim of fact.");
    browser.click("#note-submit");
    assertThat(browser.text("#error-form")).contains("in the last 24 hours").contains("limit is 1");
  }

  @Test
  void postPageShowsTheNoteRatedHelpfulAcrossViewpointsAndItsDetails() {
    Api.Who writer = api.writer();
    Api.Who second = api.writer();
    String postId = api.post("/api/v1/posts", writer.token(), Map.of("authorHandle", "cityhall" + System.nanoTime(),
        "text", "The new bridge cost three times the budget.")).expect(201).json().path("id").asText();
    String shown = api.post("/api/v1/notes", writer.token(), Api.note(postId,
        "The final cost was 12% over budget, per the city's audit. https://example.org/audit"))
        .expect(201).json().path("noteId").asText();
    String proposed = api.post("/api/v1/notes", second.token(), Api.note(postId,
        "The budget doubled twice. https://example.org/blog")).expect(201).json().path("noteId").asText();
    double[] factors = {-0.9, -0.6, -0.3, 0.4, 0.7, 1.1};
    for (int i = 0; i < factors.length; i++) {
      Api.Who rater = api.signUp();
      jdbc.sql("UPDATE contributors SET core_rater_factor = :f WHERE id = :id").param("f", factors[i])
          .param("id", rater.id()).update();
      String level = i == 2 ? "SOMEWHAT_HELPFUL" : "HELPFUL";
      List<String> tags = i == 2 ? List.of("helpfulClear") : List.of("helpfulClear", "helpfulGoodSources");
      api.put("/api/v1/notes/" + shown + "/ratings/me", rater.token(),
          Map.of("helpfulnessLevel", level, "tags", tags)).expect(201);
      if (i == 5) {
        api.put("/api/v1/notes/" + proposed + "/ratings/me", rater.token(),
            Map.of("helpfulnessLevel", "NOT_HELPFUL", "tags", List.of("notHelpfulSourcesMissingOrUnreliable"))).expect(201);
      }
    }
    long written = Long.parseLong(jdbc.sql("SELECT created_at_millis FROM notes WHERE note_id = :n")
        .param("n", Long.parseLong(shown)).query(Long.class).single().toString());
    scoredHelpful(Long.parseLong(shown), writer.participantId(), written, written + 3 * HOUR, 0.42, 0.05);

    Api.Who visitor = api.signUp();
    browser.signIn(visitor.token());
    browser.go("/posts/" + postId);
    assertThat(browser.text("#shown-note .summary")).contains("12% over budget");
    assertThat(browser.text("#shown-note")).contains("Rated helpful by people from different perspectives");
    assertThat(browser.all("#shown-tags li")).extracting(WebElement::getText)
        .containsExactly("Clear and/or well-written", "Cites high-quality sources");
    assertThat(browser.present("#main article[data-note-id='" + proposed + "'] .rate-link")).isTrue();
    assertThat(browser.present("#main article[data-note-id='" + shown + "']")).as("shown once, on top").isFalse();

    browser.click("#request-note");
    assertThat(browser.text("#requested")).isEqualTo("You requested a note.");
    assertThat(browser.path()).as("htmx swapped the box in place").isEqualTo("/posts/" + postId);
    browser.fullScreenshot("post");

    browser.click("#shown-note .actions a");
    browser.waitForPath("/notes/" + shown);
    assertThat(browser.text("#note-intercept")).isEqualTo("0.420");
    assertThat(browser.text("#note-factor")).isEqualTo("0.050");
    assertThat(browser.text("#decided-by")).isEqualTo("CoreModel (v1.1)");
    assertThat(browser.all("#note-tags li")).hasSize(2);
    List<String> steps = browser.all("#timeline li").stream().map(WebElement::getText).toList();
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0)).contains("Written").contains("Needs more ratings: not enough people");
    assertThat(steps.get(1)).contains("First status: Rated helpful")
        .contains("people who usually disagree in their ratings found this note helpful");

    WebElement plot = browser.find("#viewpoint-plot");
    double centre = Double.parseDouble(plot.findElement(org.openqa.selenium.By.cssSelector("line.centre"))
        .getAttribute("x1"));
    List<Double> xs = browser.all("#viewpoint-plot circle.dot").stream()
        .map(c -> Double.parseDouble(c.getAttribute("cx"))).toList();
    assertThat(xs).hasSize(6);
    assertThat(xs).filteredOn(x -> x < centre).hasSize(3);
    assertThat(xs).filteredOn(x -> x > centre).hasSize(3);
    assertThat(browser.all("#viewpoint-plot circle.dot-somewhat")).hasSize(1);
    assertThat(browser.present("#note-marker line.note-line")).isTrue();
    browser.fullScreenshot("note");
  }

  @Test
  void userTextIsEscapedAndFormsNeedTheCsrfToken() throws Exception {
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String evil = "<script>window.__pwned = 1</script><b id=\"bold\">bold</b> https://example.org/x";
    String noteId = api.post("/api/v1/notes", writer.token(), Api.note(postId, evil)).expect(201).json()
        .path("noteId").asText();

    browser.go("/posts/" + postId);
    assertThat(browser.text("article[data-note-id='" + noteId + "'] .summary")).isEqualTo(evil);
    assertThat(browser.present("#bold")).isFalse();
    assertThat(browser.driver.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    browser.go("/notes/" + noteId);
    assertThat(browser.text("#note-summary")).isEqualTo(evil);
    assertThat(browser.present("#bold")).isFalse();

    browser.go("/notes/" + noteId + "/rate");
    browser.waitForPath("/signin");

    // A cross-site form post carries the session cookie but not the CSRF token: refused.
    HttpResponse<String> forged = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/posts/" + postId + "/requests"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    // The API chain is unchanged: bearer tokens, no CSRF.
    api.post("/api/v1/posts/" + postId + "/requests", writer.token(), Map.of()).expect(201);
  }

  @Test
  void operatorStartsARunAndPausesTheDisplay() {
    Api.Who operator = api.signUp();
    makeOperator(operator.id(), operator.alias());
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);
    scoredHelpful(Long.parseLong(noteId), writer.participantId(), System.currentTimeMillis() - HOUR,
        System.currentTimeMillis(), 0.5, -0.1);

    Api.Who plain = api.signUp();
    browser.signIn(plain.token());
    browser.go("/operator");
    assertThat(browser.driver.getPageSource()).doesNotContain("Operator console");

    browser.signIn(operator.token());
    browser.go("/operator");
    assertThat(browser.text("h1")).isEqualTo("Operator console");
    assertThat(browser.text("#counts")).contains("Notes");
    browser.click("#toggle-display");
    browser.waitForText(".flash", "Note display is paused.");
    browser.fullScreenshot("operator");
    browser.go("/posts/" + postId);
    assertThat(browser.find("#display-paused").getText()).contains("paused").contains("as a contributor");
    assertThat(browser.present("#shown-note")).as("contributors still see statuses").isTrue();
    browser.driver.manage().deleteAllCookies();
    browser.go("/posts/" + postId);
    assertThat(browser.find("#display-paused").getText()).contains("paused");
    assertThat(browser.present("#shown-note")).as("signed out").isFalse();
    browser.signIn(operator.token());

    browser.go("/operator");
    browser.click("#toggle-display");
    browser.waitForText(".flash", "Note display is on.");
    browser.go("/posts/" + postId);
    assertThat(browser.present("#shown-note")).isTrue();

    browser.go("/operator");
    if (browser.find("#start-run").isEnabled()) {
      browser.click("#start-run");
      browser.waitForText(".flash", "Scoring run");
      assertThat(browser.all("#runs tbody tr")).isNotEmpty();
    } else {
      assertThat(browser.text("#start-run + .help")).contains("No scoring engine");
    }
  }

  @Test
  void aSpentWriteBudgetShowsHowLongToWait() {
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);
    Api.Who me = api.signUp();
    for (int i = 0; i < 25; i++) { // the test configuration's budget: 25 writes an hour
      api.put("/api/v1/notes/" + noteId + "/ratings/me", me.token(), Map.of("helpfulnessLevel", "HELPFUL"))
          .expect(i == 0 ? 201 : 200);
    }
    browser.signIn(me.token());

    browser.go("/posts/" + postId);
    browser.click("#request-note");
    assertThat(browser.text("#main > #error-message")).as("htmx shows the 429's message at the top")
        .contains("Please wait").contains("nothing was saved");
    assertThat(browser.present("#request-note")).as("the button stays for a later try").isTrue();

    browser.go("/notes/" + noteId + "/rate");
    browser.click("label[for=level-no]");
    browser.click("label[for=t-notHelpfulMissingKeyPoints]");
    browser.click("#rate-submit");
    assertThat(browser.text("h1")).isEqualTo("Please slow down");
    assertThat(browser.text("#error-message")).contains("Please wait");
    browser.screenshot("rate-limited");
    assertThat(level(noteId, me.alias())).isEqualTo("HELPFUL");
  }

  @Test
  void formsWorkFromTheKeyboardAlone() {
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);
    String otherPost = api.post(writer);
    Api.Who me = api.writer();

    browser.go("/signin");
    assertThat(browser.unlabelledControls()).isEmpty();
    browser.tabTo("#key", 20);
    browser.keys(me.token(), Keys.ENTER);
    browser.waitForPath("/");
    browser.find("#nav-profile");

    browser.tabTo("#tab-new", 20);
    browser.keys(Keys.ENTER);
    browser.waitForText("#tab-panel h2", "Recent posts");
    assertThat(browser.find("#tab-new").getAttribute("aria-current")).isEqualTo("page");
    assertThat(browser.focusedId()).as("htmx keeps the focus on the tab").isEqualTo("tab-new");

    browser.go("/notes/" + noteId + "/rate");
    assertThat(browser.unlabelledControls()).isEmpty();
    browser.tabTo("#level-yes", 30);
    browser.keys(Keys.SPACE);
    browser.find("#helpful-tags");
    browser.tabTo("#t-helpfulGoodSources", 30);
    browser.keys(Keys.SPACE);
    browser.tabTo("#rate-submit", 30);
    browser.keys(Keys.ENTER);
    browser.waitForText(".flash", "Thanks, your rating is saved.");
    assertThat(level(noteId, me.alias())).isEqualTo("HELPFUL");

    browser.go("/posts/" + otherPost + "/notes/new");
    assertThat(browser.unlabelledControls()).isEmpty();
    browser.tabTo("#c-misleading", 30);
    browser.keys(Keys.SPACE);
    browser.tabTo("#m-factualError", 30);
    browser.keys(Keys.SPACE);
    browser.tabTo("#s-yes", 30);
    browser.keys(Keys.SPACE);
    browser.tabTo("#summary", 30);
    browser.keys("The agency's own table says otherwise.");
    browser.tabTo("#note-submit", 5);
    browser.keys(Keys.ENTER);
    assertThat(browser.text("#error-summary")).contains("must link at least one source");
    new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> "summary".equals(browser.focusedId()));
    browser.keys(Keys.chord(Keys.CONTROL, Keys.END), " https://example.org/table");
    browser.tabTo("#note-submit", 5);
    browser.keys(Keys.ENTER);
    browser.waitForPath("/notes/");
    assertThat(browser.text("#note-summary")).isEqualTo("The agency's own table says otherwise. https://example.org/table");
  }

  @Test
  void howItWorksIsReachableByKeyboard() {
    browser.go("/how-it-works");
    browser.find("svg[role=img]");
    browser.driver.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to content");
    browser.fullScreenshot("how-it-works");
  }

  private String level(String noteId, String alias) {
    return jdbc.sql("""
            SELECT r.helpfulness_level FROM ratings r JOIN contributors c ON c.id = r.rater_id
            WHERE r.note_id = :n AND c.alias = :a
            """)
        .param("n", Long.parseLong(noteId)).param("a", alias).query(String.class).single();
  }
}
