package org.bridgewatch.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The parity fixtures, or a skipped test when they are absent. */
final class Fixtures {
  private Fixtures() {}

  static Path tiny() {
    String dir = System.getProperty("bridgewatch.parity.dir");
    assumeTrue(dir != null, "bridgewatch.parity.dir not set");
    Path tiny = Path.of(dir, "tiny");
    assumeTrue(Files.isDirectory(tiny), "no parity fixtures at " + tiny);
    return tiny;
  }
}
