package org.bridgewatch.server;

import org.bridgewatch.server.security.WriteRateLimiter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spends a write budget on every write, through the API or a page form ({@link WriteRateLimiter}). */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  private final WriteRateLimiter rateLimiter;

  public WebConfig(WriteRateLimiter rateLimiter) {
    this.rateLimiter = rateLimiter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // Everything but Spring's error page, where a failed write is forwarded with its method.
    registry.addInterceptor(rateLimiter).addPathPatterns("/**").excludePathPatterns("/error");
  }
}
