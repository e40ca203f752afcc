package org.smenet.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal, {@code smenet.portal.*}. Defaults run the embedded node.
 *
 * @param issuerUri where tokens come from (the reader token below is fetched from {@code <issuer>/oauth2/token})
 * @param services  where each service is; the portal calls them directly (not through the gateway, whose rate
 *                  limit would count every anonymous visitor as the one reader client)
 * @param reader    the portal's own client for public pages when nobody is signed in (client credentials,
 *                  read-only by having no role)
 * @param timeout   the longest a page waits for one service
 */
@ConfigurationProperties("smenet.portal")
public record PortalProperties(
        @DefaultValue("http://127.0.0.1:9000") String issuerUri,
        @DefaultValue Services services,
        @DefaultValue Reader reader,
        @DefaultValue("4s") Duration timeout) {

    public record Services(
            @DefaultValue("http://127.0.0.1:8081") URI registry,
            @DefaultValue("http://127.0.0.1:8082") URI matchmaking,
            @DefaultValue("http://127.0.0.1:8083") URI opportunities,
            @DefaultValue("http://127.0.0.1:8084") URI training,
            @DefaultValue("http://127.0.0.1:8085") URI consultation,
            @DefaultValue("http://127.0.0.1:8080") URI gateway) {

        public URI of(String service) {
            return switch (service) {
                case "registry" -> registry;
                case "matchmaking" -> matchmaking;
                case "opportunities" -> opportunities;
                case "training" -> training;
                case "consultation" -> consultation;
                case "gateway" -> gateway;
                default -> throw new IllegalArgumentException("no service " + service);
            };
        }
    }

    public record Reader(@DefaultValue("portal-reader") String clientId,
                         @DefaultValue("portal-reader-secret") String secret) {
    }
}
