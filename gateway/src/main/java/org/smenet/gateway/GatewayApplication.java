package org.smenet.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry to an economy node: routes every {@code /api/<service>/**} call to its service, after
 * checking the bearer token, stripping identity headers a client must not set, and applying rate
 * limits, body limits and a circuit breaker per service. Routes live in {@code application.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    public static void main(String[] args) {
        useLevelCheckingCommonsLogging();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Spring logs through Apache Commons Logging. Its SLF4J adapter (1.3.x) turns every message into a string
     * before SLF4J checks the level, so each {@code logger.debug(LogMessage.format(...))} in Spring Security's
     * request path ran {@code String.format} on every request for a line nobody logs (about 2.5 % of the
     * gateway's CPU). Its Log4j API adapter checks the level first; Log4j API then reaches SLF4J and Logback
     * through {@code log4j-to-slf4j}, so output, levels and the log pattern are unchanged. Must run before
     * the first logger is made; an explicit {@code -Dorg.apache.commons.logging.LogFactory} wins.
     */
    static void useLevelCheckingCommonsLogging() {
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Log4jApiLogFactory");
        }
    }
}
