package org.bridgewatch.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The web pages' chain: session login (the sign-in pages put a {@link Contributor} into the
 * session), CSRF on every form, a redirect to sign-in for pages that need a contributor. It
 * matches everything the stateless API chain ({@link SecurityConfig}) does not, so the two never
 * overlap and neither depends on bean order.
 */
@Configuration
public class WebSecurityConfig {

  @Bean
  SecurityContextRepository webSecurityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain webChain(HttpSecurity http, SecurityContextRepository webSecurityContextRepository)
      throws Exception {
    http.securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(
            AntPathRequestMatcher.antMatcher("/api/**"), AntPathRequestMatcher.antMatcher("/actuator/**"))))
        .securityContext(c -> c.securityContextRepository(webSecurityContextRepository))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/"))
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers("/signup", "/signin", "/how-it-works").permitAll()
            .requestMatchers("/operator/**").hasRole("OPERATOR")
            .requestMatchers(HttpMethod.GET, "/", "/posts/*", "/notes/*", "/contributors/*").permitAll()
            .anyRequest().authenticated());
    return http.build();
  }
}
