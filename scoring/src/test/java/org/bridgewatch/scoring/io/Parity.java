package org.bridgewatch.scoring.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only parity fixtures; tests skip when they are absent. */
final class Parity {
  private Parity() {}

  static Path dir(String dataset) {
    String root = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(root != null, "bridgewatch.parity.dir not set");
    Path dir = Path.of(root, dataset);
    assumeTrue(Files.isDirectory(dir), "no parity fixture at " + dir);
    return dir;
  }

  static Path data(String dataset) {
    return dir(dataset).resolve("data");
  }

  static Path reference(String dataset) {
    return dir(dataset).resolve("reference");
  }
}
