package org.smenet.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The SME website of a node: server-rendered pages (Thymeleaf, htmx for the interactive parts) over the
 * services' APIs. Reached only through the gateway, which signs people in and relays their access token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
