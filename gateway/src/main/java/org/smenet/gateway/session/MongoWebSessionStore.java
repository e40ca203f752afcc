package org.smenet.gateway.session;

import java.io.NotSerializableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The portal's sign-in sessions in the node's document store, so that every gateway replica serves every session
 * and a restart signs nobody out. One document per session:
 * {@code {_id: SHA-256 of the session id, created, lastAccess, expiresAt, maxIdleSeconds, attributes: {name: bytes}}}.
 * <p>
 * The session id itself is never stored, only its hash: whoever reads the store cannot take over a session.
 * A session past its idle time is refused and deleted when it is read (the dev store has no TTL expiry; real
 * MongoDB also gets a TTL index on {@code expiresAt}), and every replica sweeps out the ones nobody reads again.
 * A session whose attributes cannot be read back (a class outside {@link AttributeCodec}'s allow-list, bytes of
 * another version) is deleted and treated as unknown: the person signs in again, never an error.
 */
public final class MongoWebSessionStore implements WebSessionStore, SmartLifecycle {

    private static final Log log = LogFactory.getLog(MongoWebSessionStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer ids are not ours: refused without a lookup. */
    private static final int MAX_ID_LENGTH = 128;

    private final MongoCollection<Document> sessions;
    private final Duration idleTimeout;
    private final Duration sweepInterval;
    private final AtomicLong lookups = new AtomicLong();
    private volatile Disposable sweeping;

    public MongoWebSessionStore(MongoCollection<Document> sessions, Duration idleTimeout, Duration sweepInterval) {
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
        this.sweepInterval = sweepInterval;
    }

    @Override
    public Mono<WebSession> createWebSession() {
        return Mono.fromSupplier(() -> new StoredSession(this, newId(), now(), idleTimeout));
    }

    @Override
    public Mono<WebSession> retrieveSession(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            lookups.incrementAndGet();
            String key = keyOf(id);
            return Mono.from(sessions.find(Filters.eq("_id", key)).first()).flatMap(document -> {
                Instant now = now();
                Date expiresAt = document.getDate("expiresAt");
                if (expiresAt == null || !expiresAt.toInstant().isAfter(now)) {
                    return delete(key).then(Mono.empty());
                }
                Map<String, Object> attributes = new HashMap<>();
                Map<String, byte[]> stored = new HashMap<>();
                Document encoded = document.get("attributes", Document.class);
                if (encoded != null) {
                    for (Map.Entry<String, Object> attribute : encoded.entrySet()) {
                        if (!(attribute.getValue() instanceof Binary binary)) {
                            return dropUnreadable(key, attribute.getKey(), "not bytes");
                        }
                        String name = unescape(attribute.getKey());
                        try {
                            attributes.put(name, AttributeCodec.read(binary.getData()));
                        } catch (AttributeCodec.Unreadable unreadable) {
                            return dropUnreadable(key, name, unreadable.getMessage());
                        }
                        stored.put(name, binary.getData());
                    }
                }
                Date created = document.getDate("created");
                Number maxIdle = document.get("maxIdleSeconds", Number.class);
                return Mono.just((WebSession) new StoredSession(this, id,
                        created == null ? now : created.toInstant(), now,
                        maxIdle == null ? idleTimeout : Duration.ofSeconds(maxIdle.longValue()), attributes, stored));
            });
        });
    }

    @Override
    public Mono<Void> removeSession(String id) {
        return delete(keyOf(id));
    }

    @Override
    public Mono<WebSession> updateLastAccessTime(WebSession webSession) {
        return Mono.fromSupplier(() -> {
            ((StoredSession) webSession).accessedAt(now());
            return webSession;
        });
    }

    /** Deletes every session past its idle time; the number deleted. */
    public Mono<Long> sweep() {
        return Mono.from(sessions.deleteMany(Filters.lte("expiresAt", Date.from(now()))))
                .map(result -> result.getDeletedCount());
    }

    /** Lookups in the store so far (each request carrying a session cookie on a browser path makes one). */
    public long lookups() {
        return lookups.get();
    }

    /**
     * Writes what the request changed. A session saved for the first time, or under a new id, is written whole
     * (and its previous id deleted); otherwise only the changed attributes and the access time are set, on the
     * document as it is now, and nothing is written if the session has been deleted meanwhile.
     */
    Mono<Void> save(StoredSession session) {
        return Mono.defer(() -> {
            Instant now = now();
            Map<String, byte[]> current = new HashMap<>();
            for (Map.Entry<String, Object> attribute : session.getAttributes().entrySet()) {
                try {
                    current.put(attribute.getKey(), AttributeCodec.write(attribute.getValue()));
                } catch (NotSerializableException notSerializable) {
                    log.warn("session attribute " + attribute.getKey() + " is not serializable ("
                            + notSerializable.getMessage() + "); kept for this request only");
                }
            }
            String key = session.key();
            String previous = session.storedKey();
            Date expiresAt = Date.from(now.plus(session.getMaxIdleTime()));
            if (previous == null || !previous.equals(key)) {
                Document attributes = new Document();
                current.forEach((name, bytes) -> attributes.append(escape(name), new Binary(bytes)));
                Document document = new Document("_id", key)
                        .append("created", Date.from(session.getCreationTime()))
                        .append("lastAccess", Date.from(now))
                        .append("expiresAt", expiresAt)
                        .append("maxIdleSeconds", session.getMaxIdleTime().toSeconds())
                        .append("attributes", attributes);
                return Mono.from(sessions.insertOne(document))
                        .then(previous == null ? Mono.empty() : delete(previous))
                        .doOnSuccess(done -> session.savedAs(key, current));
            }
            List<Bson> changes = new ArrayList<>(List.of(
                    Updates.set("lastAccess", Date.from(now)),
                    Updates.set("expiresAt", expiresAt),
                    Updates.set("maxIdleSeconds", session.getMaxIdleTime().toSeconds())));
            current.forEach((name, bytes) -> {
                if (!Arrays.equals(bytes, session.stored().get(name))) {
                    changes.add(Updates.set("attributes." + escape(name), new Binary(bytes)));
                }
            });
            session.stored().keySet().stream().filter(name -> !current.containsKey(name))
                    .forEach(name -> changes.add(Updates.unset("attributes." + escape(name))));
            return Mono.from(sessions.updateOne(Filters.eq("_id", key), Updates.combine(changes)))
                    .doOnSuccess(done -> session.savedAs(key, current))
                    .then();
        });
    }

    Mono<Void> delete(String key) {
        return Mono.from(sessions.deleteOne(Filters.eq("_id", key))).then();
    }

    String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Instant now() {
        return Instant.now();
    }

    static String keyOf(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mono<WebSession> dropUnreadable(String key, String attribute, String why) {
        log.warn("session dropped: its attribute " + attribute + " cannot be read back (" + why + ")");
        return delete(key).then(Mono.empty());
    }

    /** Attribute names become field names: no {@code .} (a path) nor {@code $} (an operator) in them. */
    static String escape(String name) {
        return name.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unescape(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    // ---- the sweep, while the application runs ----

    @Override
    public void start() {
        // real MongoDB then expires sessions by itself; the dev store accepts the index and ignores it
        Mono.from(sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)))
                .subscribe(created -> { }, failed -> log.warn("no TTL index on the sessions: " + failed));
        sweeping = Flux.interval(sweepInterval, sweepInterval)
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(failed -> {
                    log.warn("sweeping expired sessions failed (next try in " + sweepInterval + "): " + failed);
                    return Mono.empty();
                }))
                .subscribe(swept -> {
                    if (swept > 0 && log.isDebugEnabled()) {
                        log.debug("swept " + swept + " expired sessions");
                    }
                });
    }

    @Override
    public void stop() {
        Disposable running = sweeping;
        if (running != null) {
            running.dispose();
        }
        sweeping = null;
    }

    @Override
    public boolean isRunning() {
        return sweeping != null;
    }
}
