package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.helm.RenderedChart.container;
import static org.smenet.helm.RenderedChart.env;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.connect.mirror.DefaultTopicFilter;
import org.apache.kafka.connect.mirror.MirrorMakerConfig;
import org.apache.kafka.connect.mirror.MirrorSourceConnector;
import org.apache.kafka.connect.mirror.SourceAndTarget;
import org.junit.jupiter.api.Test;

/** MirrorMaker 2 copies the peers' public topics in, and nothing else, as MirrorMaker itself reads its file. */
class MirrorMakerTest {

    @Test
    void copiesOnlyThePeersPublicTopicsIntoThisCluster() throws IOException {
        var config = new MirrorMakerConfig(properties(RenderedChart.withExamples("cl.yaml")));

        assertThat(config.clusters()).containsExactlyInAnyOrder("CL", "VN", "TH");
        List<SourceAndTarget> enabled = config.clusterPairs().stream()
                .filter(pair -> "true".equals(config.connectorBaseConfig(pair, MirrorSourceConnector.class).get("enabled")))
                .toList();
        assertThat(enabled).extracting(SourceAndTarget::toString).containsExactlyInAnyOrder("VN->CL", "TH->CL");
        for (SourceAndTarget pair : enabled) {
            var filter = new DefaultTopicFilter();
            filter.configure(config.connectorBaseConfig(pair, MirrorSourceConnector.class));
            assertThat(filter.shouldReplicateTopic("smenet.public.registry.enterprise.v1")).isTrue();
            assertThat(filter.shouldReplicateTopic("smenet.public.opportunities.opportunity.v1")).isTrue();
            // private topics, dead letters of private topics, other peers' mirrored topics, look-alikes
            for (String topic : List.of("smenet.registry.enterprise.v1", "smenet.opportunities.interest.v1",
                    "smenet.registry.enterprise.v1.DLT", "CL.smenet.public.registry.enterprise.v1",
                    // a public topic's dead letters hold rejected records with exception headers: they stay home
                    "smenet.public.registry.enterprise.v1.DLT",
                    "smenetXpublicXregistry", "__consumer_offsets", "mm2-offsets.VN.internal")) {
                assertThat(filter.shouldReplicateTopic(topic)).as(topic).isFalse();
            }
        }
    }

    @Test
    void neverWritesToAPeersCluster() throws IOException {
        Map<String, String> props = properties(RenderedChart.withExamples("cl.yaml"));

        assertThat(props).containsEntry("CL->VN.enabled", "false").containsEntry("CL->TH.enabled", "false")
                .containsEntry("emit.heartbeats.enabled", "false")
                .containsEntry("emit.checkpoints.enabled", "false")
                .containsEntry("sync.group.offsets.enabled", "false")
                .containsEntry("offset-syncs.topic.location", "target");
        Deployment deployment = RenderedChart.withExamples("cl.yaml").deployment("mirrormaker");
        assertThat(container(deployment).getCommand())
                .containsExactly("/opt/kafka/bin/connect-mirror-maker.sh", "/etc/mm2/mm2.properties", "--clusters", "CL");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    }

    @Test
    void peersCredentialsComeFromTheirSecrets() throws IOException {
        var chart = RenderedChart.withExamples("cl.yaml");
        Map<String, String> props = properties(chart);

        assertThat(props.get("VN.sasl.jaas.config")).contains("username=\"${env:MM2_VN_USERNAME}\"")
                .contains("password=\"${env:MM2_VN_PASSWORD}\"");
        assertThat(props).containsEntry("VN.security.protocol", "SASL_SSL")
                .containsEntry("VN.ssl.truststore.location", "/etc/mm2/tls/vn/ca.crt")
                .containsEntry("config.providers", "env");
        var container = container(chart.deployment("mirrormaker"));
        assertThat(env(container, "MM2_VN_PASSWORD").orElseThrow().getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("smenet-peer-vn");
        assertThat(env(container, "MM2_TH_PASSWORD").orElseThrow().getValueFrom().getSecretKeyRef().getName())
                .isEqualTo("smenet-peer-th");
        // the policy lets it out to the peers' brokers only on their bootstrap port
        var egress = chart.get(NetworkPolicy.class, "mirrormaker").getSpec().getEgress();
        assertThat(egress).filteredOn(rule -> rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null
                        && "198.51.100.0/24".equals(peer.getIpBlock().getCidr())))
                .singleElement().satisfies(rule -> assertThat(rule.getPorts()).singleElement()
                        .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(9094)));
        assertThat(chart.get(NetworkPolicy.class, "mirrormaker").getSpec().getIngress()).isEmpty();
    }

    @Test
    void aHubPeerNamesTheEconomiesItHosts() throws IOException {
        var vn = RenderedChart.withExamples("vn.yaml");
        assertThat(properties(vn)).containsEntry("CL->VN.enabled", "true");

        var hub = RenderedChart.withSet("global.peers[0].alias", "TH", "global.peers[0].economies[0]", "TH",
                "global.peers[0].economies[1]", "PG", "global.peers[0].bootstrapServers", "kafka.th.example:9093",
                "global.peers[0].securityProtocol", "SSL");
        String nodeConfig = hub.configMap("node").getData().get("smenet-node.yaml");
        assertThat(nodeConfig).contains("\"[TH]\":").contains("economies: [\"TH\",\"PG\"]");
    }

    @Test
    void aNodeWithoutPeersRunsNoMirrorMaker() {
        var chart = RenderedChart.withExamples();

        assertThat(chart.find(Deployment.class, "mirrormaker")).isEmpty();
        assertThat(chart.find(ConfigMap.class, "mirrormaker")).isEmpty();
    }

    private static Map<String, String> properties(RenderedChart chart) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(chart.configMap("mirrormaker").getData().get("mm2.properties")));
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
