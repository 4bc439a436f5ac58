package org.crdash.base.write;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Turns the database's refusal of an author without an account into {@link UnknownAuthorException}, for every
 * write through the app's JdbcClient (services, seed loader, importer, reviews); all other errors translate as
 * before (Spring Boot's JdbcTemplate takes this translator).
 */
@Configuration(proxyBeanMethods = false)
class AuthorAccounts {

    @Bean
    SQLExceptionTranslator sqlExceptionTranslator(DataSource dataSource) {
        SQLErrorCodeSQLExceptionTranslator translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        translator.setCustomTranslator((task, sql, e) -> UnknownAuthorException.of(e));
        return translator;
    }
}
