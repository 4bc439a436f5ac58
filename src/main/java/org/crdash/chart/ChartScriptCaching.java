package org.crdash.chart;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * WebJars ({@code /webjars/NAME/VERSION/…}, e.g. ECharts' 1 MB {@code echarts.min.js} on every chart page) are
 * cached by the browser for a year without asking again ({@code immutable}): a new version has a new address.
 * Without this, Spring Security's default {@code Cache-Control: no-store} had the browser fetch and compile the
 * script again on every page load. Scripts and style sheets go gzip-compressed, compressed once
 * ({@link GzipOnceResolver}). Registered before Spring Boot's own {@code /webjars/**} handler, which then steps
 * aside; the files are the same.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChartScriptCaching implements WebMvcConfigurer {

    static final CacheControl WEBJARS = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(WEBJARS).resourceChain(true).addResolver(new GzipOnceResolver());
    }
}
