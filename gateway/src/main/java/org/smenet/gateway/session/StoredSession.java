package org.smenet.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * One browser session as a request sees it: read from the store once, changed in memory, written back when the
 * response is committed ({@link #save()}). The store writes only what this request changed (attributes set or
 * removed, the last access time), never the whole session, so two requests of one session at once keep each
 * other's changes, and a session ended elsewhere meanwhile is not brought back.
 */
final class StoredSession implements WebSession {

    private final MongoWebSessionStore store;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    /** What the store holds for each attribute, as last read or written; compared at save. */
    private final Map<String, byte[]> stored = new HashMap<>();
    private final Instant creationTime;
    private String id;
    private String key;
    /** The key of the document in the store; null while the session has never been saved. */
    private String storedKey;
    private Instant lastAccessTime;
    private Duration maxIdleTime;
    private boolean started;
    private boolean invalidated;

    StoredSession(MongoWebSessionStore store, String id, Instant now, Duration maxIdleTime) {
        this.store = store;
        this.id = id;
        this.key = MongoWebSessionStore.keyOf(id);
        this.creationTime = now;
        this.lastAccessTime = now;
        this.maxIdleTime = maxIdleTime;
    }

    /** A session read from the store: its attributes as stored, last accessed now. */
    StoredSession(MongoWebSessionStore store, String id, Instant creationTime, Instant now, Duration maxIdleTime,
                  Map<String, Object> attributes, Map<String, byte[]> stored) {
        this(store, id, creationTime, maxIdleTime);
        this.lastAccessTime = now;
        this.storedKey = this.key;
        this.attributes.putAll(attributes);
        this.stored.putAll(stored);
    }

    @Override
    public String getId() {
        return id;
    }

    String key() {
        return key;
    }

    String storedKey() {
        return storedKey;
    }

    Map<String, byte[]> stored() {
        return stored;
    }

    void savedAs(String savedKey, Map<String, byte[]> nowStored) {
        this.storedKey = savedKey;
        this.stored.clear();
        this.stored.putAll(nowStored);
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isStarted() {
        return started || storedKey != null || !attributes.isEmpty();
    }

    /** A new id (session fixation): the store moves the session to it at save and forgets the old one. */
    @Override
    public Mono<Void> changeSessionId() {
        return Mono.fromRunnable(() -> {
            id = store.newId();
            key = MongoWebSessionStore.keyOf(id);
        });
    }

    @Override
    public Mono<Void> invalidate() {
        invalidated = true;
        attributes.clear();
        String toDelete = storedKey;
        storedKey = null;
        return toDelete == null ? Mono.empty() : store.delete(toDelete);
    }

    @Override
    public Mono<Void> save() {
        return invalidated || !isStarted() ? Mono.empty() : store.save(this);
    }

    @Override
    public boolean isExpired() {
        return invalidated || store.now().isAfter(lastAccessTime.plus(maxIdleTime));
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public Instant getLastAccessTime() {
        return lastAccessTime;
    }

    void accessedAt(Instant now) {
        lastAccessTime = now;
    }

    @Override
    public void setMaxIdleTime(Duration maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    @Override
    public Duration getMaxIdleTime() {
        return maxIdleTime;
    }
}
