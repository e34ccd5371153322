package org.bridgewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgewatch.server.operator.OperatorGrants;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code bridgewatch operator grant|revoke|list}: who may use the operator console and API,
 * changed directly in the database the server uses (the same configuration as {@code serve}:
 * {@code ./data} H2, {@code BRIDGEWATCH_DB_URL}, {@code --spring.profiles.active=postgres} or
 * {@code --spring.datasource.url=...}). This is how a fresh install gets its first operator;
 * operators then manage the others through {@code /api/v1/operator/operators}.
 */
@Command(name = "operator", mixinStandardHelpOptions = true,
    description = "Grant, revoke or list operator rights (by alias) in the server's database. Sign up"
        + " first; an embedded (H2) database must not be in use by a running server.",
    subcommands = {OperatorCommand.Grant.class, OperatorCommand.Revoke.class, OperatorCommand.ListOperators.class})
public final class OperatorCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Only what reaching the database needs: the pool, Flyway (a fresh database gets its schema), transactions. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
  @Import(OperatorGrants.class)
  static class Database {}

  /** Options every subcommand shares: the database to change. */
  abstract static class OnDatabase implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--demo", description = "The demo database (./data/demo) that serve --demo uses.")
    boolean demo;

    @Unmatched List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
      List<String> args = new ArrayList<>();
      if (demo && System.getenv("BRIDGEWATCH_DB_URL") == null) {
        args.add("--spring.datasource.url=" + ServeCommand.DEMO_DB_URL);
      }
      args.add("--spring.main.banner-mode=off");
      args.add("--logging.level.root=WARN");
      args.addAll(springArguments);
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
          .web(WebApplicationType.NONE)
          .logStartupInfo(false)
          .run(args.toArray(String[]::new))) {
        return apply(context.getBean(OperatorGrants.class), spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
    }

    abstract int apply(OperatorGrants grants, PrintWriter out, PrintWriter err);
  }

  @Command(name = "grant", mixinStandardHelpOptions = true, description = "Make the contributor with this alias"
      + " an operator.")
  static final class Grant extends OnDatabase {
    @Parameters(index = "0", paramLabel = "ALIAS") String alias;

    @Override
    int apply(OperatorGrants grants, PrintWriter out, PrintWriter err) {
      return report(grants.grant(alias), alias, "is now an operator", "was already an operator", out, err);
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Take operator rights from this alias"
      + " (never from the last operator).")
  static final class Revoke extends OnDatabase {
    @Parameters(index = "0", paramLabel = "ALIAS") String alias;

    @Override
    int apply(OperatorGrants grants, PrintWriter out, PrintWriter err) {
      return report(grants.revoke(alias), alias, "is no longer an operator", "was not an operator", out, err);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the operators' aliases.")
  static final class ListOperators extends OnDatabase {
    @Override
    int apply(OperatorGrants grants, PrintWriter out, PrintWriter err) {
      grants.operators().forEach(out::println);
      out.flush();
      return 0;
    }
  }

  private static int report(OperatorGrants.Outcome outcome, String alias, String changed, String unchanged,
      PrintWriter out, PrintWriter err) {
    String problem = switch (outcome) {
      case CHANGED -> {
        out.println(alias + " " + changed);
        yield null;
      }
      case UNCHANGED -> {
        out.println(alias + " " + unchanged);
        yield null;
      }
      case NO_SUCH_ALIAS -> "no contributor has the alias " + alias + " (sign up first)";
      case LAST_OPERATOR -> alias + " is the last operator; grant another one first";
    };
    if (problem != null) {
      err.println("error: " + problem);
    }
    out.flush();
    err.flush();
    return problem == null ? 0 : 1;
  }
}
