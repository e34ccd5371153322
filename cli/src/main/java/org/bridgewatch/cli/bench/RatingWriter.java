package org.bridgewatch.cli.bench;

import java.io.IOException;

/** One client thread's way of sending a rating write: rater and note by index, the HTTP status back. */
public interface RatingWriter extends AutoCloseable {
  int rate(int rater, int note) throws IOException, InterruptedException;

  @Override
  void close();
}
