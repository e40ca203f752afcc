package org.smenet.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The store on the dev document store itself, on its memory backend and on the H2 file backend that
 * {@code ./smenet up}'s document store runs: what is written, what is read back, what two requests at once keep.
 */
@ParameterizedClass
@ValueSource(strings = {"memory", "h2"})
class MongoWebSessionStoreTest {

    @Parameter
    String backendName;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> documents;
    private MongoWebSessionStore store;

    MongoBackend backend() throws IOException {
        return backendName.equals("h2")
                ? new H2Backend(Files.createTempDirectory("gateway-sessions").resolve("store.mv").toString())
                : new MemoryBackend();
    }

    @BeforeEach
    void startStore() throws IOException {
        server = new MongoServer(backend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        documents = client.getDatabase("smenet_gateway").getCollection("sessions");
        store = new MongoWebSessionStore(documents, Duration.ofMinutes(30), Duration.ofMinutes(1));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSessionIsStoredUnderTheHashOfItsIdOnlyOnceItHoldsSomething() {
        WebSession session = store.createWebSession().block();
        session.save().block();
        assertThat(count()).as("an unused session is never written").isZero();

        session.getAttributes().put("SPRING_SECURITY_SAVED_REQUEST", "/portal/me");
        session.save().block();

        assertThat(Mono.from(documents.find(Filters.eq("_id", session.getId())).first()).block()).isNull();
        Document stored = Mono.from(documents.find(Filters.eq("_id", MongoWebSessionStore.keyOf(session.getId()))).first()).block();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(session.getId());
        assertThat(store.retrieveSession(session.getId()).block().getAttributes())
                .containsEntry("SPRING_SECURITY_SAVED_REQUEST", "/portal/me");
    }

    @Test
    void twoRequestsOfOneSessionKeepEachOthersChanges() {
        WebSession created = store.createWebSession().block();
        created.getAttributes().put("a.name.with.dots", "1");
        created.getAttributes().put("gone", "soon");
        created.save().block();
        String id = created.getId();

        WebSession first = store.retrieveSession(id).block();
        WebSession second = store.retrieveSession(id).block();
        first.getAttributes().put("org.example.AUTHORIZATION_REQUEST", "state-1");
        first.getAttributes().remove("gone");
        first.save().block();
        second.getAttributes().put("$other", "2");
        second.save().block();

        assertThat(store.retrieveSession(id).block().getAttributes())
                .containsEntry("a.name.with.dots", "1")
                .containsEntry("org.example.AUTHORIZATION_REQUEST", "state-1")
                .containsEntry("$other", "2")
                .doesNotContainKey("gone");
    }

    @Test
    void aNewIdMovesTheSessionAndTheOldIdIsGone() {
        WebSession session = store.createWebSession().block();
        session.getAttributes().put("k", "v");
        session.save().block();
        String before = session.getId();

        WebSession loaded = store.retrieveSession(before).block();
        loaded.changeSessionId().block();
        loaded.save().block();

        assertThat(loaded.getId()).isNotEqualTo(before);
        assertThat(store.retrieveSession(before).block()).isNull();
        assertThat(store.retrieveSession(loaded.getId()).block().getAttributes()).containsEntry("k", "v");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aSessionEndedElsewhereIsNotBroughtBackByALaterSave() {
        WebSession session = store.createWebSession().block();
        session.getAttributes().put("k", "v");
        session.save().block();
        WebSession here = store.retrieveSession(session.getId()).block();
        WebSession there = store.retrieveSession(session.getId()).block();

        there.invalidate().block();
        here.getAttributes().put("later", "x");
        here.save().block();

        assertThat(store.retrieveSession(session.getId()).block()).isNull();
        assertThat(count()).isZero();
    }

    @Test
    void anExpiredSessionIsRefusedAndDeletedOnReadAndTheOthersAreSwept() {
        WebSession read = stored("read");
        WebSession unread = stored("unread");
        WebSession alive = stored("alive");
        for (WebSession expired : new WebSession[] {read, unread}) {
            Mono.from(documents.updateOne(Filters.eq("_id", MongoWebSessionStore.keyOf(expired.getId())),
                    Updates.set("expiresAt", new Date(System.currentTimeMillis() - 1000)))).block();
        }

        assertThat(store.retrieveSession(read.getId()).block()).isNull();
        assertThat(count()).isEqualTo(2);
        assertThat(store.sweep().block()).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
        assertThat(store.retrieveSession(alive.getId()).block()).isNotNull();
        assertThat(store.retrieveSession(unread.getId()).block()).isNull();
    }

    @Test
    void anAttributeOfAClassOutsideTheAllowListDropsTheSessionInsteadOfBeingBuilt() throws IOException {
        WebSession session = stored("v");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new AtomicLong(42));
        }
        Mono.from(documents.updateOne(Filters.eq("_id", MongoWebSessionStore.keyOf(session.getId())),
                Updates.set("attributes.SPRING_SECURITY_CONTEXT", new Binary(bytes.toByteArray())))).block();

        assertThat(store.retrieveSession(session.getId()).block()).isNull();
        assertThat(count()).isZero();
    }

    @Test
    void unknownAndMalformedIdsFindNothing() {
        stored("v");
        for (String id : new String[] {"", "nonsense", "x".repeat(500), "..%2F..", "{\"$ne\":null}"}) {
            assertThat(store.retrieveSession(id).block()).as(id).isNull();
        }
        assertThat(count()).isEqualTo(1);
    }

    private WebSession stored(String value) {
        WebSession session = store.createWebSession().block();
        session.getAttributes().put("k", value);
        session.save().block();
        return session;
    }

    private long count() {
        return Mono.from(documents.countDocuments()).block();
    }
}
