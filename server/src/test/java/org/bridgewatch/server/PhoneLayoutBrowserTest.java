package org.bridgewatch.server;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Readable on a phone": the main pages in headless Chromium emulating a 390 x 844 phone. No page
 * may scroll sideways (document width within the layout viewport, and the phone did not zoom out
 * to fit wider content: window.innerWidth stays 390), and each page's key controls are shown
 * wholly inside the screen's width. The content is made to be hard on narrow screens: a long
 * unbroken link in a note and in a post, a long handle, a plot and a timeline. Screenshots go to
 * target/screenshots/phone-*.png.
 */
class PhoneLayoutBrowserTest extends IntegrationTest {
  private static final String LONG_LINK =
      "https://example.org/reports/2026/transport/ridership-after-the-tram-line-replaced-the-buses-table-7";
  private static Browser phone;
  /** Every page is checked even after one fails, so a run lists all that do not fit. */
  private final SoftAssertions fits = new SoftAssertions();

  @BeforeAll
  static void requireBrowser() {
    Assumptions.assumeTrue("h2".equals(TestDatabase.KIND), "browser tests run once, on the embedded database");
    Browser.require();
  }

  @AfterAll
  static void closeBrowser() {
    if (phone != null) {
      phone.close();
      phone = null;
    }
  }

  @Test
  void theMainPagesFitAPhoneScreen() {
    Api.Who writer = api.writer();
    String postId = api.post("/api/v1/posts", writer.token(), Map.of(
            "authorHandle", "metropolitan_transit_authority_" + System.nanoTime(),
            "text", "The new tram line carries fewer people than the buses it replaced. Source: " + LONG_LINK,
            "url", LONG_LINK))
        .expect(201).json().path("id").asText();
    String shown = api.post("/api/v1/notes", writer.token(), Api.note(postId,
        "Ridership rose 30% after the switch, per the transit authority's report " + LONG_LINK))
        .expect(201).json().path("noteId").asText();
    Api.Who second = api.writer();
    String proposed = api.writeNote(second, postId);
    double[] factors = {-0.8, -0.4, 0.3, 0.9};
    for (int i = 0; i < factors.length; i++) {
      Api.Who rater = api.signUp();
      jdbc.sql("UPDATE contributors SET core_rater_factor = :f WHERE id = :id").param("f", factors[i])
          .param("id", rater.id()).update();
      api.put("/api/v1/notes/" + shown + "/ratings/me", rater.token(),
          Map.of("helpfulnessLevel", "HELPFUL", "tags", List.of("helpfulClear", "helpfulGoodSources"))).expect(201);
    }
    scoredHelpfulWithChange(shown, writer);

    phone = Browser.openPhone(port);
    Api.Who me = api.writer();
    phone.signIn(me.token());

    check("/", "phone-home", "#tab-help", "#tab-new", "#nav-profile",
        "article[data-note-id='" + proposed + "'] .rate-link");
    check("/posts/" + postId, "phone-post", "#shown-note", "#shown-tags", "#request-note", "#write-note",
        "article[data-note-id='" + proposed + "'] .rate-link");
    check("/notes/" + shown, "phone-note", "#note-status", "#note-intercept", "#viewpoint-plot", "#timeline");
    for (String text : List.of("text.row-label", "text.tick", "#note-marker text")) {
      fits.assertThat(renderedHeight("#viewpoint-plot " + text)).as("plot %s is legible (px tall)", text)
          .isGreaterThanOrEqualTo(11.0);
    }
    check("/posts/" + postId + "/notes/new", "phone-write", "label[for=c-misleading]", "#summary",
        "#summary-count", "#note-submit");
    phone.click("label[for=c-misleading]");
    phone.fill("#summary", "x".repeat(300) + " " + LONG_LINK);
    phone.click("#note-submit");
    check(null, "phone-write-errors", "#error-summary", "#summary", "#note-submit");
    check("/notes/" + proposed + "/rate", "phone-rate", "label[for=level-yes]", "label[for=level-no]",
        "#rate-submit");
    check("/me", "phone-profile", "#profile-alias", "#enrollment", "#notes-left");
    check("/how-it-works", "phone-how-it-works", "svg[role=img]");

    Api.Who operator = api.signUp();
    makeOperator(operator.id(), operator.alias());
    phone.signIn(operator.token());
    check("/operator", "phone-operator", "#start-run", "#toggle-display");

    phone.driver.manage().deleteAllCookies();
    check("/signup", "phone-signup", "label[for=alias-0]", "#signup-submit");
    fits.assertAll();
  }

  /** Opens {@code path} (null: stays), saves a screenshot, and checks width and controls. */
  private void check(String path, String screenshot, String... controls) {
    if (path != null) {
      phone.go(path);
    }
    phone.find("#main");
    phone.pageScreenshot(screenshot);
    fits.assertThat(phone.driver.executeScript("return document.documentElement.clientWidth"))
        .as("%s: the page lays out at the phone's width (viewport meta)", screenshot)
        .isEqualTo((long) Browser.PHONE_WIDTH);
    fits.assertThat(phone.horizontalOverflow()).as("%s scrolls sideways; too wide: %s", screenshot,
        phone.widerThanViewport()).isLessThanOrEqualTo(0);
    // A phone zooms out to show content wider than the screen, which widens the visual viewport.
    fits.assertThat(phone.driver.executeScript("return window.innerWidth")).as("%s is not zoomed out", screenshot)
        .isEqualTo((long) Browser.PHONE_WIDTH);
    for (String control : controls) {
      fits.assertThat(phone.fitsViewportWidth(control)).as("%s: %s shown within the screen", screenshot, control)
          .isTrue();
    }
  }

  /** The on-screen height of the first element matching {@code css}, in CSS pixels. */
  private double renderedHeight(String css) {
    return ((Number) phone.driver.executeScript(
        "return arguments[0].getBoundingClientRect().height", phone.find(css))).doubleValue();
  }

  /** A note a scoring run made helpful, with the recorded status change. */
  private void scoredHelpfulWithChange(String noteId, Api.Who author) {
    long id = Long.parseLong(noteId);
    long at = System.currentTimeMillis();
    long run = scoredHelpful(id, author.participantId(), at - HOUR, at, 0.45, 0.02);
    jdbc.sql("""
            INSERT INTO note_status_changes (note_id, scoring_run_id, changed_at_millis, old_status, new_status,
              decided_by, reason)
            VALUES (:id, :run, :at, 'NEEDS_MORE_RATINGS', 'CURRENTLY_RATED_HELPFUL', 'CoreModel (v1.1)',
              'Rated helpful: people who usually disagree in their ratings found this note helpful.')
            """)
        .param("id", id).param("run", run).param("at", at).update();
  }
}
