package org.crdash.base;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Fail fast when the database does not answer, for the embedded and an external PostgreSQL alike: the pool
 * waits at most {@code app.db.connect-timeout} for a connection (Hikari's default is 30 s, which is how long a
 * request hung with the database stopped), a new connection gives up after as long, and every statement is
 * cancelled by the server after {@code app.db.statement-timeout} (0: never). Work that is long by design — the
 * CSV export and import — lifts the statement limit for its own transaction with {@link #UNBOUNDED}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseTimeouts {

    /** Run inside a transaction to let its statements run as long as they need (reset at its end). */
    public static final String UNBOUNDED = "SET LOCAL statement_timeout = 0";

    @Bean
    static BeanPostProcessor databaseTimeoutsOnThePool(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    Binder binder = Binder.get(environment);
                    Duration connect = binder.bind("app.db.connect-timeout", Duration.class)
                            .orElse(Duration.ofSeconds(3));
                    Duration statement = binder.bind("app.db.statement-timeout", Duration.class)
                            .orElse(Duration.ofSeconds(10));
                    apply(pool, connect, statement);
                }
                return bean;
            }
        };
    }

    static void apply(HikariDataSource pool, Duration connect, Duration statement) {
        long connectMs = Math.max(250, connect.toMillis());
        pool.setConnectionTimeout(connectMs);
        // a pooled connection is checked before use when idle for a while; that check must be quicker still
        pool.setValidationTimeout(Math.max(250, Math.min(connectMs - 1, connectMs * 2 / 3)));
        long connectSeconds = Math.max(1, (connectMs + 999) / 1000);
        pool.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        pool.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        if (!statement.isZero()) {
            pool.addDataSourceProperty("options", "-c statement_timeout=" + statement.toMillis());
        }
    }
}
