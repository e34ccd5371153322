package org.bridgewatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bridgewatch.server.BridgewatchServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code bridgewatch serve}: runs the server in this JVM until it is stopped. {@code --demo} uses
 * its own embedded database under {@code ./data/demo} and, when it is empty, fills it with a
 * generated community and scores it once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the Bridgewatch server (REST API, scheduled scoring, export). Further"
        + " --name=value arguments are passed to Spring Boot, e.g. --spring.profiles.active=postgres.")
public final class ServeCommand implements Callable<Integer> {
  static final String DEMO_DB_URL = "jdbc:h2:file:./data/demo/bridgewatch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
      + "DEFAULT_NULL_ORDERING=HIGH";

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0: any"
      + " free port).")
  int port;

  @Option(names = "--demo", description = "Start with a generated community (posts, contributors, notes,"
      + " ratings) on an embedded database in ./data/demo, scored once; prints an operator token.")
  boolean demo;

  @Unmatched List<String> springArguments = new ArrayList<>();

  /** The Spring Boot arguments this command line stands for. */
  List<String> springArgs() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    if (demo) {
      args.add("--bridgewatch.demo.enabled=true");
      if (System.getenv("BRIDGEWATCH_DB_URL") == null) {
        args.add("--spring.datasource.url=" + DEMO_DB_URL);
      }
    }
    args.addAll(springArguments);
    return args;
  }

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context =
        SpringApplication.run(BridgewatchServer.class, springArgs().toArray(String[]::new));
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    if (context.isActive()) {
      closed.await(); // until Ctrl-C (Spring's shutdown hook closes the context) or /actuator shutdown
    }
    return 0;
  }
}
