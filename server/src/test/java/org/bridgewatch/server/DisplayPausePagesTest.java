package org.bridgewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The display circuit breaker on the pages, over real HTTP: while an operator has paused display,
 * a signed-out visitor sees no note as rated helpful on any page that shows a status (note details,
 * the home lists, a profile, a post), and the "Rated helpful" list is withheld; a signed-in
 * contributor still sees real statuses, as the API answers them. Resuming brings everything back.
 */
class DisplayPausePagesTest extends IntegrationTest {
  /** Higher than any intercept a real scoring run gives, so the note heads the rated-helpful list. */
  private static final double INTERCEPT = 9.25;
  private static final String NOTE_STATUS = "id=\"note-status\" class=\"([^\"]*)\">([^<]*)<";

  @Test
  void pausedDisplayHidesStatusesFromSignedOutVisitorsOnlyAndResumeRestoresThem() throws UnknownHostException {
    Api.Who operator = api.signUp();
    makeOperator(operator.id(), operator.alias());
    Api.Who writer = api.writer();
    String postId = api.post(writer);
    String noteId = api.writeNote(writer, postId);
    long now = System.currentTimeMillis();
    scoredHelpful(Long.parseLong(noteId), writer.participantId(), now - HOUR, now, INTERCEPT, 0.25);
    Pages pages = new Pages(noteId, postId, writer.alias());

    PageSession visitor = new PageSession(port, null);
    // Its own client address, so other tests' sign-ins cannot spend this one's sign-in budget.
    PageSession contributor = new PageSession(port, InetAddress.getByName("127.0.0.31"));
    assertThat(contributor.signIn(api.signUp().token()).statusCode()).isEqualTo(302);

    pages.showStatusTo(visitor);

    api.post("/api/v1/operator/display/pause", operator.token(), Map.of()).expect(200);
    try {
      pages.hideStatusFrom(visitor);
      pages.showStatusTo(contributor);
      assertThat(read(contributor, "/posts/" + postId)).as("contributors are told the public sees nothing")
          .contains("id=\"display-paused\"").contains("you see them as a contributor");
    } finally {
      api.post("/api/v1/operator/display/resume", operator.token(), Map.of()).expect(200);
    }

    pages.showStatusTo(visitor);
  }

  /** The pages that show the note's status, and what each must show or hide. */
  private record Pages(String noteId, String postId, String authorAlias) {

    void showStatusTo(PageSession session) {
      String note = read(session, "/notes/" + noteId);
      assertThat(noteStatus(note)).isEqualTo("status status-helpful|Rated helpful");
      assertThat(note).contains("CoreModel (v1.1)").contains("9.250").contains("id=\"note-marker\"")
          .contains("First status: Rated helpful").doesNotContain("id=\"status-paused\"");

      String helpful = read(session, "/?tab=helpful");
      assertThat(card(helpful)).as("the rated-helpful list").contains("Rated helpful");
      assertThat(helpful).doesNotContain("id=\"status-paused\"");

      assertThat(card(read(session, "/?tab=new"))).contains("Rated helpful");
      assertThat(card(read(session, "/contributors/" + authorAlias))).contains("Rated helpful");
      assertThat(read(session, "/posts/" + postId)).contains("id=\"shown-note\"");
    }

    void hideStatusFrom(PageSession session) {
      String note = read(session, "/notes/" + noteId);
      assertThat(noteStatus(note)).isEqualTo("status status-pending|Needs more ratings");
      assertThat(note).contains("id=\"status-paused\"")
          .doesNotContain("Rated helpful").doesNotContain("status-helpful")
          .as("no score, deciding model, history or place on the axis to give the status away")
          .doesNotContain("9.250").doesNotContain("CoreModel").doesNotContain("id=\"note-marker\"")
          .doesNotContain("First status");

      String helpful = read(session, "/?tab=helpful");
      assertThat(helpful).as("the rated-helpful list is withheld").contains("id=\"status-paused\"")
          .doesNotContain("data-note-id=").doesNotContain("No note is rated helpful yet.");

      for (String list : new String[] {"/?tab=new", "/contributors/" + authorAlias, "/posts/" + postId}) {
        String page = read(session, list);
        assertThat(card(page)).as(list).contains("Needs more ratings").doesNotContain("Rated helpful");
        assertThat(page).as(list).doesNotContain("status-helpful");
      }
      assertThat(read(session, "/posts/" + postId)).doesNotContain("id=\"shown-note\"")
          .contains("id=\"display-paused\"").doesNotContain("you see them as a contributor");
    }

    /** The note's card on a list page: from its opening tag to the end of the article. */
    private String card(String page) {
      int start = page.indexOf("data-note-id=\"" + noteId + "\"");
      assertThat(start).as("note %s is listed", noteId).isNotNegative();
      return page.substring(start, page.indexOf("</article>", start));
    }
  }

  private static String noteStatus(String notePage) {
    Matcher m = Pattern.compile(NOTE_STATUS).matcher(notePage);
    assertThat(m.find()).as("the note page shows a status").isTrue();
    return m.group(1) + "|" + m.group(2);
  }

  private static String read(PageSession session, String path) {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

}
