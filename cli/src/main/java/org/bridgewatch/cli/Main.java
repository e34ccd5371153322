package org.bridgewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bridgewatch} command: one entry point whose subcommands do the work. */
@Command(
    name = "bridgewatch",
    mixinStandardHelpOptions = true,
    version = "bridgewatch 0.1.0",
    description = "An open Community Notes system: scoring engine, server and tools.",
    subcommands = {
      CommandLine.HelpCommand.class,
      GenerateCommand.class,
      CompareCommand.class,
      ExplainCommand.class,
      BenchCommand.class,
      BenchApiCommand.class,
      DemoCommand.class,
      ScoreCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      OperatorCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
