package org.bridgewatch.server;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Entry point of the server. Contributors authenticate with our own tokens, hence no default user. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class BridgewatchServer {

  public static void main(String[] args) {
    SpringApplication.run(BridgewatchServer.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
