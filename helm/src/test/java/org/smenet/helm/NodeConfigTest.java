package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/**
 * The node configuration (SPRING_CONFIG_ADDITIONAL_LOCATION) as a service reads it: Spring binds it to its Kafka
 * properties, and the client gets the security settings with the credentials from the environment.
 */
class NodeConfigTest {

    @Test
    void kafkaClientsGetSaslAndTlsWithCredentialsFromTheEnvironment() throws IOException {
        var environment = environment(RenderedChart.withExamples("cl.yaml"),
                Map.of("SMENET_KAFKA_USERNAME", "smenet-cl", "SMENET_KAFKA_PASSWORD", "s3cret"));

        Map<String, Object> client = kafka(environment).buildProducerProperties();

        assertThat(client).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
                .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, "/etc/smenet/kafka-tls/ca.crt");
        assertThat(client.get(SaslConfigs.SASL_JAAS_CONFIG)).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"smenet-cl\" password=\"s3cret\";");
    }

    @Test
    void plaintextByDefaultAndHubPeersByAlias() throws IOException {
        var plain = environment(RenderedChart.withExamples(), Map.of());
        assertThat(kafka(plain).buildProducerProperties())
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
                .doesNotContainKey(SaslConfigs.SASL_JAAS_CONFIG);

        var hub = environment(RenderedChart.withSet("global.peers[0].alias", "TH", "global.peers[0].economies[0]", "TH",
                "global.peers[0].economies[1]", "PG", "global.peers[0].bootstrapServers", "kafka.th.example:9093",
                "global.peers[0].securityProtocol", "SSL"), Map.of());
        // bound like the kit's NodeProperties.peers: the alias keeps its case
        Map<String, Peer> peers = Binder.get(hub).bind("smenet.node.peers", Bindable.mapOf(String.class, Peer.class)).get();
        assertThat(peers).containsOnlyKeys("TH");
        assertThat(peers.get("TH").economies()).containsExactly("TH", "PG");
    }

    record Peer(List<String> economies) {
    }

    private static StandardEnvironment environment(RenderedChart chart, Map<String, Object> variables) throws IOException {
        String yaml = chart.configMap("node").getData().get("smenet-node.yaml");
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("smenet-node.yaml", new ByteArrayResource(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("pod environment", variables));
        sources.forEach(environment.getPropertySources()::addLast);
        return environment;
    }

    private static KafkaProperties kafka(StandardEnvironment environment) {
        return Binder.get(environment).bind("spring.kafka", KafkaProperties.class).orElseGet(KafkaProperties::new);
    }
}
