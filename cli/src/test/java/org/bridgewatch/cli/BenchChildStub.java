package org.bridgewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A stand-in for the score command in bench tests: checks its input, reports a peak heap and CPU time. */
public final class BenchChildStub {
  private BenchChildStub() {}

  public static void main(String[] args) throws Exception {
    Path ratings = Path.of(args[0]);
    if (!Files.isRegularFile(ratings)) {
      System.exit(3);
    }
    long rows;
    try (var lines = Files.lines(ratings)) {
      rows = lines.count() - 1;
    }
    byte[][] garbage = new byte[16][];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = new byte[1 << 20]; // some allocation so the GC log has something to say
    }
    System.gc();
    System.out.println("ratings=" + rows + " kept=" + garbage.length);
    System.out.println("peakHeapBytes=" + (100L << 20));
    System.out.println("cpuMillis=1500");
  }
}
