package org.crdash.base.api;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;

/** Registers {@link ApiEdgeFilter} just before the security filters, for requests and error dispatches. */
@Configuration(proxyBeanMethods = false)
class ApiEdgeConfiguration {

    @Bean
    FilterRegistrationBean<ApiEdgeFilter> apiEdgeFilter(BeanFactory beans) {
        var registration = new FilterRegistrationBean<>(new ApiEdgeFilter(
                () -> beans.getBean("requestMappingHandlerMapping", HandlerMapping.class),
                () -> beans.getBean("handlerExceptionResolver", HandlerExceptionResolver.class)));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Tomcat's error page for what it rejects before the application (see {@link ProblemErrorReportValve}). Named
     * as the host's error-report valve so Tomcat does not add its HTML one in front of it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }
}
