package org.crdash.checks;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@link CheckRefresh} runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckConfiguration {
}
