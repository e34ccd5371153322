package org.bridgewatch.server;

import org.bridgewatch.server.security.WriteRateLimiter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spends the write budget on every API write. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  private final WriteRateLimiter rateLimiter;

  public WebConfig(WriteRateLimiter rateLimiter) {
    this.rateLimiter = rateLimiter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(rateLimiter).addPathPatterns("/api/v1/**");
  }
}
