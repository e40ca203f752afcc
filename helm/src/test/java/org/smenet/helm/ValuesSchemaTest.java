package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wrong values fail at install with Helm's message naming the value, before anything reaches the cluster. */
class ValuesSchemaTest {

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("negative replicas", new String[] {"registry.replicas", "-1"}, "/registry/replicas"),
                Arguments.of("zero replicas of the gateway", new String[] {"gateway.replicas", "0"}, "/gateway/replicas"),
                Arguments.of("an economy by name", new String[] {"global.economies[0]", "chile"}, "/global/economies/0"),
                Arguments.of("an economy outside APEC", new String[] {"global.economies[0]", "FR"}, "/global/economies/0"),
                Arguments.of("no MongoDB Secret", new String[] {"training.mongodb.existingSecret", ""},
                        "/training/mongodb/existingSecret"),
                Arguments.of("no MongoDB Secret at all", new String[] {"consultation.mongodb", "null"},
                        "/consultation"),
                Arguments.of("no MongoDB Secret for the gateway's sessions", new String[] {"gateway.mongodb", "null"},
                        "/gateway"),
                Arguments.of("sessions in memory on two gateway replicas", new String[] {"gateway.sessions.store", "memory"},
                        "/gateway/replicas"),
                Arguments.of("an unknown session store", new String[] {"gateway.sessions.store", "redis"},
                        "/gateway/sessions/store"),
                Arguments.of("a session idle time without a unit", new String[] {"gateway.sessions.idleTimeout", "30"},
                        "/gateway/sessions/idleTimeout"),
                Arguments.of("a gateway MongoDB URI in plain env",
                        new String[] {"gateway.env.SMENET_GATEWAY_MONGODB_URI", "mongodb://x"}, "SMENET_GATEWAY_MONGODB_URI"),
                Arguments.of("no Secret for the portal's reader", new String[] {"portal.reader.existingSecret", ""},
                        "/portal/reader/existingSecret"),
                Arguments.of("no signing key", new String[] {"global.nodeKey.existingSecret", ""},
                        "/global/nodeKey/existingSecret"),
                Arguments.of("SASL without credentials", new String[] {"global.kafka.securityProtocol", "SASL_SSL"},
                        "/global/kafka/sasl/existingSecret"),
                Arguments.of("an unknown security protocol", new String[] {"global.kafka.securityProtocol", "TLS"},
                        "/global/kafka/securityProtocol"),
                Arguments.of("bootstrap servers without a port", new String[] {"global.kafka.bootstrapServers", "kafka"},
                        "/global/kafka/bootstrapServers"),
                Arguments.of("an issuer that is not a URL", new String[] {"global.issuer.uri", "idp.example.org"},
                        "/global/issuer/uri"),
                Arguments.of("a password in plain env", new String[] {"registry.env.DB_PASSWORD", "hunter2"},
                        "DB_PASSWORD"),
                Arguments.of("a MongoDB URI in plain env", new String[] {"matchmaking.env.SMENET_MONGODB_URI", "mongodb://x"},
                        "SMENET_MONGODB_URI"),
                Arguments.of("a typo in a key", new String[] {"registry.replica", "3"}, "replica"),
                Arguments.of("a writable root filesystem",
                        new String[] {"podDefaults.containerSecurityContext.readOnlyRootFilesystem", "false"},
                        "/podDefaults/containerSecurityContext/readOnlyRootFilesystem"),
                Arguments.of("running as root", new String[] {"podDefaults.securityContext.runAsNonRoot", "false"},
                        "/podDefaults/securityContext/runAsNonRoot"),
                Arguments.of("an egress rule to anywhere", new String[] {"global.networkPolicy.kafka.to", "null"},
                        "/global/networkPolicy/kafka"),
                Arguments.of("a peer by a lower-case alias", new String[] {"global.peers[0].alias", "vn",
                        "global.peers[0].bootstrapServers", "kafka.vn:9093", "global.peers[0].securityProtocol", "SSL"},
                        "/global/peers/0/alias"),
                Arguments.of("a SASL peer without its Secret", new String[] {"global.peers[0].alias", "VN",
                        "global.peers[0].bootstrapServers", "kafka.vn:9093", "global.peers[0].securityProtocol", "SASL_SSL"},
                        "/global/peers/0"),
                Arguments.of("two MirrorMakers", new String[] {"mirrorMaker.replicas", "2"}, "/mirrorMaker/replicas"),
                Arguments.of("mirroring more topics", new String[] {"mirrorMaker.extraProperties.topics", ".*"},
                        "topics"),
                Arguments.of("an image digest that is not one", new String[] {"portal.image.digest", "latest"},
                        "/portal/image/digest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void refusesWrongValues(String what, String[] set, String named) {
        assertThatThrownBy(() -> RenderedChart.template(set))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining(named);
    }

    static Stream<Arguments> rightValues() {
        return Stream.of(
                Arguments.of("a hub node", new String[] {"global.economies[0]", "TH", "global.economies[1]", "PG"}),
                Arguments.of("SASL with its Secret", new String[] {"global.kafka.securityProtocol", "SASL_PLAINTEXT",
                        "global.kafka.sasl.existingSecret", "kafka-user"}),
                Arguments.of("a secret env from a Secret", new String[] {"gateway.secretEnv.SMENET_PORTAL_CLIENT_SECRET.secret",
                        "portal-oidc", "gateway.secretEnv.SMENET_PORTAL_CLIENT_SECRET.key", "client-secret"}),
                Arguments.of("one gateway keeping sessions in memory, without a MongoDB Secret", new String[] {
                        "gateway.sessions.store", "memory", "gateway.replicas", "1", "gateway.mongodb", "null"}),
                Arguments.of("an image by digest", new String[] {"registry.image.digest",
                        "sha256:" + "a".repeat(64)}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightValues")
    void acceptsRightValues(String what, String[] set) {
        assertThat(RenderedChart.template(set)).contains("kind: Deployment");
    }
}
