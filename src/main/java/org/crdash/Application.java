package org.crdash;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** China–Russia trade-and-events dashboard: every observation charted with the passage it is quoted from. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/app.css")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("China–Russia dashboard");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // without an icon link every browser asks for /favicon.ico and logs its 404 as a console error
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
