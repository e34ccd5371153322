package org.bridgewatch.scoring.safeguards;

import static org.bridgewatch.scoring.model.HelpfulnessLevel.HELPFUL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bridgewatch.scoring.model.HelpfulnessLevel;

/**
 * A hand-built world: six planted raters rate all 70 posts' notes Helpful within minutes of each
 * other; 60 random raters rate 20 random notes each at random times; one fan rates every note of
 * one author within a minute of its creation.
 */
final class PlantedClique {
  static final long T0 = 1_700_000_000_000L;
  static final long HOUR = 3_600_000L;
  static final int POSTS = 70;

  /** One rating, kept symbolic so the same world can be built in any row order. */
  record Event(String rater, int note, long at, HelpfulnessLevel level) {}

  static List<Event> events(long seed) {
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      for (int p = 0; p < 6; p++) {
        events.add(new Event("p" + p, i, noteTime(i) + 120_000L + p * 30_000L, HELPFUL));
      }
    }
    HelpfulnessLevel[] levels = HelpfulnessLevel.values();
    for (int q = 0; q < 60; q++) {
      List<Integer> notes = new ArrayList<>();
      for (int i = 0; i < POSTS + 12; i++) {
        notes.add(i);
      }
      Collections.shuffle(notes, random);
      for (int k = 0; k < 20; k++) {
        int note = notes.get(k);
        long at = noteTime(note) + HOUR + (long) (random.nextDouble() * 100 * HOUR);
        events.add(new Event("q" + q, note, at, levels[random.nextInt(3)]));
      }
    }
    for (int i = POSTS; i < POSTS + 12; i++) {
      events.add(new Event("fan", i, noteTime(i) + 30_000L, HELPFUL));
    }
    return events;
  }

  static long noteTime(int note) {
    return T0 + note * HOUR;
  }

  /** Notes 0..69 by ten writers (one per post), 70..81 by "star" on their own posts. */
  static Synth build(List<Event> events, List<String> internFirst) {
    Synth s = new Synth();
    for (String id : internFirst) {
      s.participants.intern(id);
    }
    for (int i = 0; i < POSTS + 12; i++) {
      String author = i < POSTS ? "w" + (i % 10) : "star";
      s.note(author, noteTime(i), 5000 + i);
    }
    for (Event e : events) {
      s.rate(e.rater(), e.note(), e.at(), e.level());
    }
    return s;
  }
}
