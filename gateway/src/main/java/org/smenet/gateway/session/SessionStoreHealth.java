package org.smenet.gateway.session;

import java.time.Duration;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;

/**
 * The shared session store as {@code /actuator/health} component {@code sessionStore}: one {@code find} of at most
 * one session id (Boot's own Mongo check sends {@code hello}, which the dev store does not answer), bounded by
 * {@code timeout}. DOWN means nobody can sign in to the portal or stay signed in; {@code /api/**} never asks for a
 * session and keeps working, so the component is in the {@code sessions} health group and not in liveness or
 * readiness (a readiness probe that failed with the store would take every replica out of service, API and all).
 */
class SessionStoreHealth extends AbstractReactiveHealthIndicator {

    private final MongoCollection<Document> sessions;
    private final Duration timeout;

    SessionStoreHealth(MongoCollection<Document> sessions, Duration timeout) {
        super("The session store did not answer");
        this.sessions = sessions;
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        long started = System.nanoTime();
        return Mono.from(sessions.find().projection(new Document("_id", 1)).limit(1).first())
                .map(found -> true).defaultIfEmpty(false)
                .timeout(timeout)
                .map(any -> builder.up()
                        .withDetail("database", sessions.getNamespace().getDatabaseName())
                        .withDetail("collection", sessions.getNamespace().getCollectionName())
                        .withDetail("millis", (System.nanoTime() - started) / 1_000_000)
                        .build());
    }
}
