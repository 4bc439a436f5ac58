package org.crdash.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  load seed-data/ at startup
 * @param location where seed-data/ is: classpath:seed-data/ (packaged in the jar) or file:/some/dir/
 */
@ConfigurationProperties("app.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("classpath:seed-data/") String location) {
}
