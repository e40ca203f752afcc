package org.smenet.docstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The node's development document store: a MongoDB wire-protocol server (mongo-java-server) whose
 * data lives in one H2 MVStore file, so it survives restarts.
 *
 * <pre>
 * java -cp 'infra/docstore/target/libs/*:infra/docstore/target/docstore-*.jar' \
 *      org.smenet.docstore.DocumentStore --host 127.0.0.1 --port 27017 --file .run/docstore/smenet.mv.db
 * </pre>
 *
 * Options (each also settable by environment variable; an argument wins over the environment):
 * <ul>
 *   <li>{@code --host} / {@code SMENET_DOCSTORE_HOST} (default {@code 127.0.0.1})</li>
 *   <li>{@code --port} / {@code SMENET_DOCSTORE_PORT} (default {@code 27017})</li>
 *   <li>{@code --file} / {@code SMENET_DOCSTORE_FILE} (default {@code .run/docstore/smenet.mv.db})</li>
 *   <li>{@code --oplog} / {@code SMENET_DOCSTORE_OPLOG=true}: enable the oplog (change streams)</li>
 * </ul>
 * SIGTERM (or Ctrl-C) stops listening, closes client connections and closes the H2 file cleanly.
 */
public final class DocumentStore implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 27017;
    public static final String DEFAULT_FILE = ".run/docstore/smenet.mv.db";

    /** Settings of one store instance. */
    public record Settings(String host, int port, Path file, boolean oplog) {

        static Settings from(String[] args, Map<String, String> env) {
            String host = env.getOrDefault("SMENET_DOCSTORE_HOST", DEFAULT_HOST);
            String port = env.getOrDefault("SMENET_DOCSTORE_PORT", String.valueOf(DEFAULT_PORT));
            String file = env.getOrDefault("SMENET_DOCSTORE_FILE", DEFAULT_FILE);
            boolean oplog = Boolean.parseBoolean(env.getOrDefault("SMENET_DOCSTORE_OPLOG", "false"));
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    inlineValue = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--host" -> host = inlineValue != null ? inlineValue : value(args, ++i, arg);
                    case "--port" -> port = inlineValue != null ? inlineValue : value(args, ++i, arg);
                    case "--file" -> file = inlineValue != null ? inlineValue : value(args, ++i, arg);
                    case "--oplog" -> oplog = inlineValue == null || Boolean.parseBoolean(inlineValue);
                    case "-h", "--help" -> {
                        System.out.println("usage: DocumentStore [--host H] [--port P] [--file F] [--oplog]");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            int portNumber;
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port is not a number: " + port);
            }
            return new Settings(host, portNumber, Path.of(file), oplog);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }

    private final Settings settings;
    private final MongoServer server;
    private boolean closed;

    private DocumentStore(Settings settings, MongoServer server) {
        this.settings = settings;
        this.server = server;
    }

    /** Opens (or creates) the file and starts listening. */
    public static DocumentStore start(Settings settings) {
        Path file = settings.file().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory for " + file, e);
        }
        H2Backend backend = new NodeBackend(file.toString());
        MongoServer server = new MongoServer(backend);
        if (settings.oplog()) {
            server.enableOplog();
        }
        try {
            server.bind(settings.host(), settings.port());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new DocumentStore(settings, server);
    }

    public String connectionString() {
        return "mongodb://" + settings.host() + ":" + server.getLocalAddress().getPort();
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Stops listening, closes client connections and closes the H2 file (commits pending writes). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = Settings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("docstore: " + e.getMessage());
            System.exit(2);
            return;
        }
        DocumentStore store;
        try {
            store = start(settings);
        } catch (RuntimeException e) {
            System.err.println("docstore: cannot start on " + settings.host() + ":" + settings.port()
                    + " with file " + settings.file().toAbsolutePath() + ": " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("docstore: shutting down, closing " + settings.file().toAbsolutePath());
            try {
                store.close();
            } finally {
                System.out.println("docstore: stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "docstore-shutdown"));
        System.out.println("docstore: listening on " + store.connectionString()
                + " (file " + settings.file().toAbsolutePath()
                + (settings.oplog() ? ", oplog enabled" : "") + ", pid " + ProcessHandle.current().pid() + ")");
        System.out.flush();
        stopped.await();
    }
}
