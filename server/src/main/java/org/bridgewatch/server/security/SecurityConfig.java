package org.bridgewatch.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API chain: stateless, bearer tokens, every write authenticated, reads of public data open.
 * Session login for the web UI will be a second chain (form login + CSRF) on the web paths; the
 * API chain stays stateless, so CSRF does not apply to it (no cookies are honoured here).
 */
@Configuration
public class SecurityConfig {

  /**
   * No Micrometer observation around every security filter, authentication and authorization:
   * under load that wrapping was about a sixth of a rating write's server CPU (JFR), and
   * {@code http.server.requests} already times every request.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
            .requestMatchers("/api/v1/openapi.json/**", "/api/v1/swagger-ui/**", "/api/v1/swagger-ui.html")
            .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/signup/aliases").permitAll()
            .requestMatchers("/api/v1/contributors/me/**", "/api/v1/contributors/me").authenticated()
            .requestMatchers("/api/v1/operator/**").hasRole("OPERATOR")
            .requestMatchers(HttpMethod.GET, "/api/v1/notes/*/ratings/me").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/note-requests").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
            .anyRequest().authenticated());
    return http.build();
  }
}
