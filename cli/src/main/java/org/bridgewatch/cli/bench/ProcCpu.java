package org.bridgewatch.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a process tree from Linux {@code /proc}: the process's own user and system time,
 * its reaped children's (a PostgreSQL backend that exited is counted in its postmaster's), and
 * every live descendant's. Clock ticks; {@link #millis} assumes USER_HZ = 100 (fixed on Linux).
 */
public final class ProcCpu {
  private ProcCpu() {}

  public static long ticks(long pid) {
    long total = stat(pid, true);
    for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
      total += stat(child.pid(), false);
    }
    return total;
  }

  public static double millis(long ticks) {
    return ticks * 10.0;
  }

  /** utime + stime (fields 14, 15), plus cutime + cstime (16, 17) when asked. 0 if gone. */
  private static long stat(long pid, boolean withReaped) {
    try {
      String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) may hold spaces; fields after it start past the last ')'.
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return withReaped ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
