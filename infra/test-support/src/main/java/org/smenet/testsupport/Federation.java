package org.smenet.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.mirror.MirrorMaker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A network of economies' nodes inside one test JVM: one in-JVM KRaft broker per economy and MirrorMaker 2
 * between every pair, both ways, copying only {@code smenet.public.*} topics. A peer's topic {@code t} appears on
 * an economy's broker as {@code <PEER>.t} (e.g. CL's {@code smenet.public.x.v1} on VN's broker as
 * {@code CL.smenet.public.x.v1}), with keys, values and headers intact.
 *
 * <pre>{@code
 * try (Federation network = Federation.start("CL", "VN")) {
 *     send to network.bootstrap("CL") on "smenet.public.x.v1";
 *     TopicRecords.awaitRecords(network.bootstrap("VN"), Federation.mirrored("CL", "smenet.public.x.v1"), r -> true, 1);
 *     network.stopMirror();   // every peer link down
 *     ...                     // records produced meanwhile wait on their own broker
 *     network.startMirror();  // the links come back and catch up, nothing lost, nothing twice
 * }
 * }</pre>
 *
 * Starting takes a few seconds (brokers) and the first mirrored record a few more (MirrorMaker discovers new
 * topics every second); await with {@link TopicRecords#awaitRecords}. Mirrored topics are created with the
 * source topic's partition count. Besides them only MirrorMaker's own heartbeats cross ({@code <PEER>.heartbeats}
 * and, relayed, {@code <PEER>.<OTHER>.heartbeats}: cluster aliases and timestamps, the link's liveness signal);
 * MirrorMaker keeps its state in {@code mm2-*} topics on each broker. Consumer-group checkpoints are off.
 * <p>Each economy's node also has its own in-memory MongoDB-protocol store ({@link #mongoUri}), Ed25519 signing
 * key file ({@link #keyFile}) and peers file trusting every other node's public key ({@link #peersFile}), so
 * {@link #nodeProperties} is all a service application context of that node needs.
 *
 * <p>Tests that use this class should set the logger {@code org.apache.kafka} to WARN (Connect logs a lot).
 */
public final class Federation implements AutoCloseable {

    /** The topics a node shares with its peers: the regex given to MirrorMaker 2 for every link. */
    public static final String PUBLIC_TOPICS = "smenet\\.public\\..*";

    /**
     * Never mirrored, though they may match {@link #PUBLIC_TOPICS}: a public topic's dead-letter topic
     * ({@code smenet.public.x.v1.DLT} holds rejected records with exception headers), and MirrorMaker's defaults.
     */
    public static final String EXCLUDED_TOPICS = ".*[\\-\\.]internal, .*\\.replica, __.*, .*\\.DLT";

    private final Map<String, EmbeddedKafkaKraftBroker> brokers;
    private final Map<String, MongoServer> stores = new LinkedHashMap<>();
    private final Map<String, String> publicJwks = new LinkedHashMap<>();
    private final Path keysDir;
    private final Map<String, String> extraMirrorProperties;
    /** One MirrorMaker per target economy (its herders copy every peer into it), so they stop in parallel. */
    private final List<MirrorMaker> mirrors = new ArrayList<>();

    private Federation(Map<String, EmbeddedKafkaKraftBroker> brokers, Map<String, String> extraMirrorProperties) {
        this.brokers = brokers;
        this.extraMirrorProperties = extraMirrorProperties;
        try {
            this.keysDir = Files.createTempDirectory("smenet-federation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts one broker per economy code (e.g. "CL", "VN", "TH") and MirrorMaker 2 between them all. */
    public static Federation start(String... economies) {
        return start(List.of(economies), Map.of());
    }

    /**
     * As {@link #start(String...)}, with extra MirrorMaker 2 properties (they override the defaults, e.g.
     * {@code "refresh.topics.interval.seconds"}).
     */
    public static Federation start(List<String> economies, Map<String, String> extraMirrorProperties) {
        if (economies.size() < 2 || Set.copyOf(economies).size() != economies.size()) {
            throw new IllegalArgumentException("a federation needs at least two distinct economies: " + economies);
        }
        Map<String, EmbeddedKafkaKraftBroker> brokers = new LinkedHashMap<>();
        Federation federation = new Federation(brokers, Map.copyOf(extraMirrorProperties));
        try {
            for (String economy : economies) {
                if (!economy.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("not an economy code: " + economy);
                }
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
                broker.brokerProperty("auto.create.topics.enable", "true");
                broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
                broker.afterPropertiesSet();
                brokers.put(economy, broker);
                federation.writeNodeKey(economy);
            }
            federation.writePeersFiles();
            federation.startMirror();
            return federation;
        } catch (RuntimeException | Error e) {
            federation.close();
            throw e;
        }
    }

    /** {@code <peer>.<topic>}: where a peer's {@code topic} appears on another economy's broker. */
    public static String mirrored(String peer, String topic) {
        return peer + "." + topic;
    }

    /** The economies, in the order given to {@link #start}. */
    public List<String> economies() {
        return List.copyOf(brokers.keySet());
    }

    /** The bootstrap servers of one economy's broker. */
    public String bootstrap(String economy) {
        EmbeddedKafkaKraftBroker broker = brokers.get(economy);
        if (broker == null) {
            throw new IllegalArgumentException("no node for " + economy + " in " + brokers.keySet());
        }
        return broker.getBrokersAsString();
    }

    /**
     * A MongoDB-protocol store of this economy's node (in memory, started on first use): every node keeps its
     * own data.
     */
    public synchronized String mongoUri(String economy) {
        bootstrap(economy);
        return "mongodb://" + stores.computeIfAbsent(economy, e -> {
            MongoServer store = new MongoServer(new MemoryBackend());
            store.bind("127.0.0.1", 0);
            return store;
        }).getLocalAddress().getHostString() + ":" + stores.get(economy).getLocalAddress().getPort();
    }

    /**
     * This economy's node's Ed25519 signing key file, in the kit's format ({@code {"keys":[{"kty":"OKP",
     * "crv":"Ed25519","kid":"federation-<E>","economies":["<E>"],"x":…,"d":…}]}}).
     */
    public Path keyFile(String economy) {
        bootstrap(economy);
        return keysDir.resolve(economy).resolve("signing-keys.json");
    }

    /** The peers file of this economy's node: every other economy of the federation with its public key. */
    public Path peersFile(String economy) {
        bootstrap(economy);
        return keysDir.resolve(economy).resolve("peers.json");
    }

    /** The public JWK set (JSON) of this economy's node, as its peers pin it. */
    public String jwks(String economy) {
        bootstrap(economy);
        return publicJwks.get(economy);
    }

    /**
     * What a service of this economy's node needs to run inside the federation: its broker, its own store,
     * the hosted economy, its signing key and its trusted peers. Pass them as command-line arguments
     * ({@link #arguments}) to {@code new SpringApplicationBuilder(App.class).run(...)}, or as a test's highest
     * property source: {@code SpringApplicationBuilder.properties(...)} are default properties and lose to the
     * kit's {@code smenet-kit.properties}.
     */
    public Map<String, Object> nodeProperties(String economy) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrap(economy));
        properties.put("spring.mongodb.uri", mongoUri(economy));
        properties.put("smenet.node.economies", economy);
        properties.put("smenet.node.key-file", keyFile(economy).toString());
        properties.put("smenet.node.peers-file", peersFile(economy).toString());
        return properties;
    }

    /** {@link #nodeProperties} plus {@code extra}, as {@code --key=value} command-line arguments. */
    public String[] arguments(String economy, Map<String, ?> extra) {
        Map<String, Object> all = new LinkedHashMap<>(nodeProperties(economy));
        all.putAll(extra);
        return all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private void writeNodeKey(String economy) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            KeyPair pair = generator.generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String x = b64.encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
            String d = b64.encodeToString(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
            String jwk = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"federation-" + economy
                    + "\",\"use\":\"sig\",\"alg\":\"EdDSA\",\"economies\":[\"" + economy + "\"],\"x\":\"" + x + "\"";
            publicJwks.put(economy, "{\"keys\":[" + jwk + "}]}");
            Files.createDirectories(keysDir.resolve(economy));
            Files.writeString(keyFile(economy), "{\"keys\":[" + jwk + ",\"d\":\"" + d + "\"}]}");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePeersFiles() {
        for (String economy : brokers.keySet()) {
            List<String> peers = new ArrayList<>();
            for (String peer : brokers.keySet()) {
                if (!peer.equals(economy)) {
                    peers.add("\"" + peer + "\":{\"economies\":[\"" + peer + "\"],\"jwks\":" + publicJwks.get(peer) + "}");
                }
            }
            try {
                Files.writeString(peersFile(economy), "{\"peers\":{" + String.join(",", peers) + "}}");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether MirrorMaker is running (the peer links are up). */
    public synchronized boolean mirrorRunning() {
        return !mirrors.isEmpty();
    }

    /** Stops MirrorMaker: every peer link is down until {@link #startMirror()}; the brokers keep running. */
    public synchronized void stopMirror() {
        List<Thread> stopping = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (MirrorMaker running : mirrors) {
            Thread thread = new Thread(() -> {
                try {
                    running.stop();
                    running.awaitStop();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "federation-stop");
            thread.start();
            stopping.add(thread);
        }
        mirrors.clear();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping MirrorMaker", e);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("MirrorMaker did not stop cleanly");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /**
     * Starts MirrorMaker (again): new instances that resume from the offsets the previous ones committed in
     * the target brokers, so what was produced meanwhile arrives once.
     */
    public synchronized void startMirror() {
        if (!mirrors.isEmpty()) {
            return;
        }
        Map<String, String> props = mirrorProperties();
        for (String target : brokers.keySet()) {
            // MirrorMaker's constructor swaps the thread's context class loader and does not restore it
            ClassLoader saved = Thread.currentThread().getContextClassLoader();
            try {
                MirrorMaker started = new MirrorMaker(props, List.of(target), Time.SYSTEM);
                started.start();
                mirrors.add(started);
            } finally {
                Thread.currentThread().setContextClassLoader(saved);
            }
        }
    }

    /** The MirrorMaker 2 configuration in use (dedicated-mode properties; every pair both ways). */
    public Map<String, String> mirrorProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("clusters", String.join(", ", brokers.keySet()));
        for (String economy : brokers.keySet()) {
            props.put(economy + ".bootstrap.servers", bootstrap(economy));
            props.put(economy + ".plugin.discovery", "service_load");
        }
        for (String source : brokers.keySet()) {
            for (String target : brokers.keySet()) {
                if (!source.equals(target)) {
                    props.put(source + "->" + target + ".enabled", "true");
                    props.put(source + "->" + target + ".topics", PUBLIC_TOPICS);
                    props.put(source + "->" + target + ".topics.exclude", EXCLUDED_TOPICS);
                }
            }
        }
        props.put("plugin.discovery", "service_load");
        props.put("replication.factor", "1");
        for (String internal : List.of("checkpoints.topic", "heartbeats.topic", "offset-syncs.topic",
                "offset.storage", "status.storage", "config.storage")) {
            props.put(internal + ".replication.factor", "1");
        }
        props.put("sync.topic.acls.enabled", "false");
        // everything MirrorMaker writes goes to the target (the local node); from a peer it only reads
        props.put("offset-syncs.topic.location", "target");
        props.put("refresh.topics.interval.seconds", "1");
        props.put("refresh.groups.interval.seconds", "1");
        props.put("emit.heartbeats.interval.seconds", "1");
        // consumer-group checkpoints would tell peers this node's consumer group names: not shared
        props.put("emit.checkpoints.enabled", "false");
        props.put("sync.group.offsets.enabled", "false");
        // source offsets are committed every second, so a crash (not a clean stop) replays at most ~1 s
        props.put("offset.flush.interval.ms", "1000");
        props.putAll(extraMirrorProperties);
        return Collections.unmodifiableMap(props);
    }

    /** Stops MirrorMaker, then every broker. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        try {
            stopMirror();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        for (EmbeddedKafkaKraftBroker broker : brokers.values()) {
            try {
                broker.destroy();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        stores.values().forEach(MongoServer::shutdownNow);
        try (var files = Files.walk(keysDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: best effort
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("could not close the federation");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
