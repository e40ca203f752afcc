package org.smenet.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal's sign-in sessions live, {@code smenet.gateway.sessions.*}. Defaults run the embedded node.
 *
 * @param store         {@code mongo}: in the node's document store, shared by every gateway replica and kept across
 *                      restarts; {@code memory}: in this process only (tests, a single gateway)
 * @param mongodbUri    the document store ({@code SMENET_GATEWAY_MONGODB_URI}, else the node's {@code SMENET_MONGODB_URI})
 * @param database      the gateway's own database
 * @param collection    its collection of sessions
 * @param idleTimeout   a session not used for this long is ended (checked on every read, the store's TTL aside)
 * @param sweepInterval how often each replica deletes the sessions that ran out without being read again
 */
@ConfigurationProperties("smenet.gateway.sessions")
public record SessionProperties(
        @DefaultValue("mongo") Store store,
        @DefaultValue("mongodb://127.0.0.1:27017") String mongodbUri,
        @DefaultValue("smenet_gateway") String database,
        @DefaultValue("sessions") String collection,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("1m") Duration sweepInterval) {

    public enum Store { MONGO, MEMORY }

    public SessionProperties {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("smenet.gateway.sessions.idle-timeout must be positive");
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("smenet.gateway.sessions.sweep-interval must be positive");
        }
    }
}
