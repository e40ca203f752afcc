package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service is reachable only from the gateway; each talks only to DNS, Kafka, its MongoDB and the issuer. */
class NetworkPoliciesTest {

    private static final Map<String, String> GATEWAY_PODS = Map.of(
            "app.kubernetes.io/name", "smenet",
            "app.kubernetes.io/instance", RenderedChart.RELEASE,
            "app.kubernetes.io/component", "gateway");

    @Test
    void servicesAreReachableOnlyFromTheGatewayAndThePortal() {
        var chart = RenderedChart.withExamples();

        for (String service : List.of("registry", "matchmaking", "opportunities", "training", "consultation")) {
            NetworkPolicy policy = chart.get(NetworkPolicy.class, service);
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).as(service).singleElement().satisfies(rule -> {
                // the portal renders its pages from the services' APIs, server-side
                assertThat(rule.getFrom()).extracting(peer -> peer.getPodSelector().getMatchLabels())
                        .containsExactlyInAnyOrder(GATEWAY_PODS, pods("portal"));
                assertThat(rule.getFrom()).allSatisfy(peer -> {
                    assertThat(peer.getNamespaceSelector()).isNull();
                    assertThat(peer.getIpBlock()).isNull();
                });
                assertThat(rule.getPorts()).singleElement()
                        .satisfies(port -> assertThat(port.getPort().getStrVal()).isEqualTo("http"));
            });
        }
        assertThat(chart.get(NetworkPolicy.class, "portal").getSpec().getIngress()).singleElement()
                .satisfies(rule -> assertThat(rule.getFrom()).singleElement()
                        .satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(GATEWAY_PODS)));
        // without a portal, only the gateway
        var noPortal = RenderedChart.withSet("portal.enabled", "false").get(NetworkPolicy.class, "registry");
        assertThat(noPortal.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(GATEWAY_PODS)));
    }

    @Test
    void servicesReachOnlyDnsKafkaMongoAndTheIssuer() {
        var chart = RenderedChart.withExamples();

        for (String service : List.of("registry", "matchmaking", "training", "consultation")) {
            List<NetworkPolicyEgressRule> egress = chart.get(NetworkPolicy.class, service).getSpec().getEgress();
            assertThat(egress).as(service).hasSize(4);
            assertThat(namespaces(egress)).containsExactlyInAnyOrder("kube-system", "kafka", "mongodb");
            assertThat(ports(egress)).containsExactlyInAnyOrder(53, 443, 9092, 9093, 27017);
        }
        // opportunities also delivers webhooks: HTTPS out, never to a private address
        var webhooks = chart.get(NetworkPolicy.class, "opportunities").getSpec().getEgress().get(4);
        assertThat(webhooks.getTo()).singleElement().satisfies(peer ->
                assertThat(peer.getIpBlock().getExcept()).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void noEgressRuleMeansAnywhere(String values) {
        var chart = values.equals("defaults") ? RenderedChart.withExamples() : RenderedChart.withExamples(values);

        for (NetworkPolicy policy : chart.all(NetworkPolicy.class)) {
            assertThat(policy.getSpec().getPolicyTypes()).contains("Egress");
            assertThat(policy.getSpec().getEgress()).as(policy.getMetadata().getName())
                    .allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
        }
    }

    @Test
    void theGatewayAndThePortalReachEveryEnabledComponentAndNothingDisabled() {
        var all = RenderedChart.withExamples().get(NetworkPolicy.class, "gateway");
        assertThat(components(all.getSpec().getEgress()))
                .containsExactlyInAnyOrder("registry", "matchmaking", "opportunities", "training", "consultation", "portal");

        var portal = RenderedChart.withExamples().get(NetworkPolicy.class, "portal");
        assertThat(components(portal.getSpec().getEgress()))
                .containsExactlyInAnyOrder("registry", "matchmaking", "opportunities", "training", "consultation", "gateway");

        var withoutTraining = RenderedChart.withSet("training.enabled", "false");
        assertThat(withoutTraining.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "training")).isEmpty();
        assertThat(components(withoutTraining.get(NetworkPolicy.class, "gateway").getSpec().getEgress()))
                .doesNotContain("training").contains("registry");
    }

    @Test
    void theGatewayReachesMongoForThePortalsSessionsAndNotKafka() {
        List<NetworkPolicyEgressRule> egress = RenderedChart.withExamples().get(NetworkPolicy.class, "gateway")
                .getSpec().getEgress();
        assertThat(namespaces(egress)).contains("mongodb").doesNotContain("kafka");
        assertThat(ports(egress)).contains(27017).doesNotContain(9092, 9093);

        var inMemory = RenderedChart.withSet("gateway.sessions.store", "memory", "gateway.replicas", "1")
                .get(NetworkPolicy.class, "gateway").getSpec().getEgress();
        assertThat(namespaces(inMemory)).doesNotContain("mongodb");
        assertThat(ports(inMemory)).doesNotContain(27017);
    }

    @Test
    void theGatewayAcceptsOnlyTheConfiguredSources() {
        var cl = RenderedChart.withExamples("cl.yaml").get(NetworkPolicy.class, "gateway");

        assertThat(cl.getSpec().getIngress()).anySatisfy(rule -> assertThat(rule.getFrom()).singleElement()
                .satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx")));
        // cl.yaml turns the ServiceMonitor on: Prometheus may scrape, nothing else new
        var registry = RenderedChart.withExamples("cl.yaml").get(NetworkPolicy.class, "registry");
        assertThat(registry.getSpec().getIngress()).hasSize(2);
    }

    @Test
    void switchedOffRendersNoPolicy() {
        assertThat(RenderedChart.withSet("global.networkPolicy.enabled", "false").all(NetworkPolicy.class)).isEmpty();
    }

    private static Map<String, String> pods(String component) {
        return Map.of("app.kubernetes.io/name", "smenet", "app.kubernetes.io/instance", RenderedChart.RELEASE,
                "app.kubernetes.io/component", component);
    }

    private static List<String> namespaces(List<NetworkPolicyEgressRule> egress) {
        return egress.stream().flatMap(r -> r.getTo().stream()).map(NetworkPolicyPeer::getNamespaceSelector)
                .filter(s -> s != null).map(s -> s.getMatchLabels().get("kubernetes.io/metadata.name")).toList();
    }

    private static List<Integer> ports(List<NetworkPolicyEgressRule> egress) {
        return egress.stream().flatMap(r -> r.getPorts().stream())
                .filter(p -> !"UDP".equals(p.getProtocol())).map(p -> p.getPort().getIntVal()).toList();
    }

    private static List<String> components(List<NetworkPolicyEgressRule> egress) {
        return egress.stream().flatMap(r -> r.getTo().stream()).map(NetworkPolicyPeer::getPodSelector)
                .filter(s -> s != null).map(s -> s.getMatchLabels().get("app.kubernetes.io/component")).toList();
    }
}
