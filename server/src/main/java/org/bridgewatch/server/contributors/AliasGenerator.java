package org.bridgewatch.server.contributors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Random aliases of the form adjective-adjective-noun (two different adjectives). */
@Component
public class AliasGenerator {
  private final List<String> adjectives;
  private final List<String> nouns;
  private final RandomGenerator random;

  public AliasGenerator() {
    this(words("aliases/adjectives.txt"), words("aliases/nouns.txt"), new SecureRandom());
  }

  AliasGenerator(List<String> adjectives, List<String> nouns, RandomGenerator random) {
    this.adjectives = adjectives;
    this.nouns = nouns;
    this.random = random;
  }

  public String next() {
    int first = random.nextInt(adjectives.size());
    int second = random.nextInt(adjectives.size() - 1);
    if (second >= first) {
      second++;
    }
    return adjectives.get(first) + "-" + adjectives.get(second) + "-" + nouns.get(random.nextInt(nouns.size()));
  }

  private static List<String> words(String resource) {
    try (var reader = new BufferedReader(
        new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(w -> !w.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
