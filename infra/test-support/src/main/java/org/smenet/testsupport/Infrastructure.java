package org.smenet.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The broker and store a test JVM uses, started once per mode and kept until the JVM exits. */
public final class Infrastructure {

    /** Where the tests connect. */
    public record Endpoints(String kafkaBootstrap, String mongoUri, String description) {
    }

    private static final Map<NodeInfrastructure.Mode, Endpoints> STARTED = new EnumMap<>(NodeInfrastructure.Mode.class);

    private Infrastructure() {
    }

    public static synchronized Endpoints endpoints(NodeInfrastructure.Mode mode) {
        return STARTED.computeIfAbsent(mode, Infrastructure::start);
    }

    private static Endpoints start(NodeInfrastructure.Mode mode) {
        if (mode == NodeInfrastructure.Mode.CONTAINERS) {
            return containers();
        }
        String kafka = System.getenv("SMENET_KAFKA_BOOTSTRAP");
        String mongo = System.getenv("SMENET_MONGODB_URI");
        if (kafka != null && !kafka.isBlank() && mongo != null && !mongo.isBlank()) {
            return new Endpoints(kafka, mongo, "external Kafka " + kafka + " and MongoDB " + mongo);
        }
        if (dockerAvailable()) {
            return containers();
        }
        return embedded();
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Endpoints containers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }));
        return new Endpoints(kafka.getBootstrapServers(), mongo.getConnectionString(),
                "Testcontainers apache/kafka and mongo");
    }

    private static Endpoints embedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        MongoServer store = new MongoServer(new MemoryBackend());
        String mongoUri = store.bindAndGetConnectionString();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.shutdownNow();
            broker.destroy();
        }));
        return new Endpoints(broker.getBrokersAsString(), mongoUri,
                "in-JVM KRaft broker and embedded mongo-java-server");
    }
}
