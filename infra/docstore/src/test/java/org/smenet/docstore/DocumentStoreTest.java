package org.smenet.docstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

class DocumentStoreTest {

    @TempDir
    Path dir;

    @Test
    void dataWrittenThroughTheDriverSurvivesARestartOnTheSameFile() {
        Path file = dir.resolve("store/smenet.mv.db");
        DocumentStore.Settings settings = new DocumentStore.Settings("127.0.0.1", 0, file, false);

        try (DocumentStore store = DocumentStore.start(settings);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> firms = client.getDatabase("smenet_registry").getCollection("enterprises");
            firms.insertOne(new Document("_id", "TH-0001").append("name", "Siam Rice Co").append("version", 1));
            firms.insertOne(new Document("_id", "CL-0002").append("name", "Andes Copper").append("version", 1));
            firms.updateOne(Filters.eq("_id", "TH-0001"), Updates.combine(Updates.inc("version", 1),
                    Updates.push("pendingEvents", new Document("id", "e-1"))));
        }
        assertThat(file).exists();

        try (DocumentStore store = DocumentStore.start(settings);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> firms = client.getDatabase("smenet_registry").getCollection("enterprises");
            assertThat(firms.countDocuments()).isEqualTo(2);
            Document siam = firms.find(Filters.eq("_id", "TH-0001")).first();
            assertThat(siam).isNotNull();
            assertThat(siam.getString("name")).isEqualTo("Siam Rice Co");
            assertThat(siam.getInteger("version")).isEqualTo(2);
            assertThat(siam.getList("pendingEvents", Document.class)).hasSize(1);
        }
    }

    @Test
    void dataSurvivesSigtermOfTheStoreProcess() throws Exception {
        Path file = dir.resolve("proc/smenet.mv.db");
        int port = freePort();

        Process first = launch(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("smenet_training").getCollection("courses")
                    .insertOne(new Document("_id", "c-1").append("title", "WTO TFA basics"));
        }
        first.destroy(); // SIGTERM on Linux
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("store stops on SIGTERM").isTrue();

        Process second = launch(port, file);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document course = client.getDatabase("smenet_training").getCollection("courses")
                    .find(Filters.eq("_id", "c-1")).first();
            assertThat(course).isNotNull();
            assertThat(course.getString("title")).isEqualTo("WTO TFA basics");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process launch(int port, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                DocumentStore.class.getName(), "--port", String.valueOf(port), "--file", file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SMENET_DOCSTORE_"));
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("docstore: listening on")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discard the child's log so its pipe never fills
                        }
                    } catch (IOException ignored) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return process;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("document store did not report listening");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void answersHelloLikeARealServerSoDriverHealthChecksWork() {
        Path file = dir.resolve("hello/smenet.mv.db");
        try (DocumentStore store = DocumentStore.start(new DocumentStore.Settings("127.0.0.1", 0, file, false));
             MongoClient client = MongoClients.create(store.connectionString())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.get("maxWireVersion", Number.class).intValue()).isPositive();
        }
    }

    @Test
    void settingsComeFromArgumentsOverEnvironment() {
        DocumentStore.Settings s = DocumentStore.Settings.from(new String[] {"--port", "28000", "--file=/tmp/x.mv.db"},
                Map.of("SMENET_DOCSTORE_PORT", "1", "SMENET_DOCSTORE_HOST", "0.0.0.0"));
        assertThat(s.port()).isEqualTo(28000);
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(s.file()).isEqualTo(Path.of("/tmp/x.mv.db"));
        assertThat(s.oplog()).isFalse();
    }
}
