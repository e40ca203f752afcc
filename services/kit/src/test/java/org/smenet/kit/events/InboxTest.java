package org.smenet.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** The inbox against the MongoDB-protocol dev store: one atomic upsert per event, duplicates dropped. */
class InboxTest {

    static MongoServer server;
    static MongoTemplate mongo;
    static Inbox inbox;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        mongo = new MongoTemplate(MongoClients.create(server.bindAndGetConnectionString()), "inbox_test");
        inbox = new Inbox(mongo);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void onlyANewerSequenceChangesTheDocument() {
        assertThat(inbox.applyIfNewer("views", "c", 2, new Update().set("name", "second").inc("n", 1))).isTrue();
        assertThat(inbox.applyIfNewer("views", "c", 2, new Update().set("name", "again").inc("n", 1))).isFalse();
        assertThat(inbox.applyIfNewer("views", "c", 1, new Update().set("name", "first").inc("n", 1))).isFalse();
        assertThat(inbox.applyIfNewer("views", "c", 3, new Update().set("name", "third").inc("n", 1))).isTrue();

        Document document = mongo.findById("c", Document.class, "views");
        assertThat(document.getString("name")).isEqualTo("third");
        assertThat(document.getInteger("n")).isEqualTo(2);
        assertThat(document.get("sequence", Number.class).longValue()).isEqualTo(3);
    }
}
