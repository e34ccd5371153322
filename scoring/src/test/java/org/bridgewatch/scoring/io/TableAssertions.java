package org.bridgewatch.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.bridgewatch.scoring.model.EnrollmentTable;
import org.bridgewatch.scoring.model.NoteRequestTable;
import org.bridgewatch.scoring.model.NoteTable;
import org.bridgewatch.scoring.model.RatingTable;
import org.bridgewatch.scoring.model.ScoringInput;
import org.bridgewatch.scoring.model.StatusHistoryTable;

/** Column-by-column equality of two loaded inputs, every public array field compared. */
final class TableAssertions {
  private TableAssertions() {}

  static void assertSameInput(ScoringInput actual, ScoringInput expected) {
    assertThat(actual.participants().size()).isEqualTo(expected.participants().size());
    for (int i = 0; i < expected.participants().size(); i++) {
      assertThat(actual.participants().id(i)).isEqualTo(expected.participants().id(i));
    }
    assertSameFields(actual.notes(), expected.notes(), NoteTable.class);
    assertSameFields(actual.ratings(), expected.ratings(), RatingTable.class);
    assertThat(actual.ratings().suggestion).isEqualTo(expected.ratings().suggestion);
    assertThat(actual.ratings().suggestionId).isEqualTo(expected.ratings().suggestionId);
    for (int r = 0; r < expected.ratings().size; r++) {
      assertThat(actual.ratings().noteId(r)).as("noteId of rating %d", r)
          .isEqualTo(expected.ratings().noteId(r));
      assertThat(actual.ratings().ratedOnTweetId(r)).as("ratedOnTweetId of rating %d", r)
          .isEqualTo(expected.ratings().ratedOnTweetId(r));
    }
    assertSameFields(actual.statusHistory(), expected.statusHistory(), StatusHistoryTable.class);
    assertSameFields(actual.enrollment(), expected.enrollment(), EnrollmentTable.class);
    if (expected.noteRequests() == null) {
      assertThat(actual.noteRequests()).isNull();
    } else {
      assertSameFields(actual.noteRequests(), expected.noteRequests(), NoteRequestTable.class);
    }
  }

  private static String firstDifference(Object a, Object e) {
    if (a == null || e == null || !a.getClass().isArray()) {
      return a + " vs expected " + e;
    }
    int na = java.lang.reflect.Array.getLength(a);
    int ne = java.lang.reflect.Array.getLength(e);
    for (int i = 0; i < Math.min(na, ne); i++) {
      Object x = java.lang.reflect.Array.get(a, i);
      Object y = java.lang.reflect.Array.get(e, i);
      if (!java.util.Objects.equals(x, y)) {
        return "row " + i + ": " + x + " vs expected " + y;
      }
    }
    return "length " + na + " vs expected " + ne;
  }

  /** Compares every public instance field (the columns) by value. */
  static <T> void assertSameFields(T actual, T expected, Class<T> type) {
    int compared = 0;
    for (var field : type.getFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      try {
        Object a = field.get(actual);
        Object e = field.get(expected);
        if (!java.util.Objects.deepEquals(a, e)) {
          Assertions.fail(
              "%s.%s differs: %s", type.getSimpleName(), field.getName(), firstDifference(a, e));
        }
        compared++;
      } catch (IllegalAccessException ex) {
        throw new AssertionError(ex);
      }
    }
    assertThat(compared).as("columns compared in %s", type.getSimpleName()).isGreaterThan(3);
  }
}
