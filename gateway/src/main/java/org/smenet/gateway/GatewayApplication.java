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

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
