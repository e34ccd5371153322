package org.bridgewatch.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a note's viewpoint plot, drawn as SVG by the note page: one dot per rating,
 * placed left to right at the rater's core factor and in the row of its answer (helpful,
 * somewhat, not helpful), and a line at the note's own factor. Raters the model has not placed
 * yet are counted, not drawn. All numbers are computed here so the template only draws.
 */
public record ViewpointPlot(
    int width,
    int height,
    double axisY,
    double left,
    double right,
    double centerX,
    List<Row> rows,
    List<Dot> dots,
    List<Tick> ticks,
    Double noteX,
    String noteLabel,
    int unplaced) {

  static final int WIDTH = 640;
  static final int HEIGHT = 230;
  static final double LEFT = 120;
  static final double RIGHT = WIDTH - 24;
  static final double AXIS_Y = 180;

  /** One answer's row. */
  public record Row(String label, double y, String css) {}

  /** One rating. */
  public record Dot(double cx, double cy, String css, String title) {}

  /** An axis tick and its label. */
  public record Tick(double x, String label) {}

  public static ViewpointPlot of(List<WebReads.RatingPoint> ratings, Double noteFactor) {
    List<Row> rows = List.of(
        new Row("Helpful", 40, "dot-helpful"),
        new Row("Somewhat", 90, "dot-somewhat"),
        new Row("Not helpful", 140, "dot-not-helpful"));
    double extent = 1.0;
    for (WebReads.RatingPoint r : ratings) {
      if (r.raterFactor() != null) {
        extent = Math.max(extent, Math.abs(r.raterFactor()));
      }
    }
    if (noteFactor != null) {
      extent = Math.max(extent, Math.abs(noteFactor));
    }
    extent = Math.ceil(extent * 2) / 2; // a round half-unit keeps tick labels readable
    List<Dot> dots = new ArrayList<>();
    int unplaced = 0;
    int[] inRow = new int[rows.size()];
    for (WebReads.RatingPoint r : ratings) {
      if (r.raterFactor() == null) {
        unplaced++;
        continue;
      }
      int row = switch (r.level()) {
        case "HELPFUL" -> 0;
        case "SOMEWHAT_HELPFUL" -> 1;
        default -> 2;
      };
      // A small fixed vertical spread keeps raters with equal factors from hiding each other.
      double spread = ((inRow[row]++ % 5) - 2) * 4.0;
      dots.add(new Dot(x(r.raterFactor(), extent), rows.get(row).y() + spread, rows.get(row).css(),
          rows.get(row).label() + ", rater viewpoint " + format(r.raterFactor())));
    }
    List<Tick> ticks = List.of(
        new Tick(x(-extent, extent), format(-extent)),
        new Tick(x(0, extent), "0"),
        new Tick(x(extent, extent), format(extent)));
    return new ViewpointPlot(WIDTH, HEIGHT, AXIS_Y, LEFT, RIGHT, x(0, extent), rows, dots, ticks,
        noteFactor == null ? null : x(noteFactor, extent),
        noteFactor == null ? null : "this note " + format(noteFactor), unplaced);
  }

  /** Dots left and right of the centre: how many raters from each side rated. */
  public long dotsLeft() {
    return dots.stream().filter(d -> d.cx() < centerX).count();
  }

  public long dotsRight() {
    return dots.stream().filter(d -> d.cx() > centerX).count();
  }

  private static double x(double factor, double extent) {
    double mid = (LEFT + RIGHT) / 2;
    return Math.round((mid + factor / extent * (RIGHT - LEFT) / 2) * 10) / 10.0;
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
