package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingress, autoscaling and Prometheus scraping: off by default, on in the Chilean example. */
class OptionalResourcesTest {

    @Test
    void offByDefault() {
        var chart = RenderedChart.withExamples();

        assertThat(chart.all(Ingress.class)).isEmpty();
        assertThat(chart.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(chart.ofKind("ServiceMonitor")).isEmpty();
    }

    @Test
    void theIngressSendsEverythingToTheGateway() {
        Ingress ingress = RenderedChart.withExamples("cl.yaml").get(Ingress.class, "gateway");

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("smenet.cl.example.org");
            assertThat(tls.getSecretName()).isEqualTo("smenet-cl-tls");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("smenet.cl.example.org");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path ->
                    assertThat(path.getBackend().getService().getName()).isEqualTo(RenderedChart.name("gateway")));
        });
    }

    @Test
    void anAutoscaledComponentLeavesItsReplicasToTheAutoscaler() {
        var chart = RenderedChart.withExamples("cl.yaml");
        HorizontalPodAutoscaler hpa = chart.get(HorizontalPodAutoscaler.class, "gateway");

        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(RenderedChart.name("gateway"));
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(8);
        assertThat(chart.get(Deployment.class, "gateway").getSpec().getReplicas()).isNull();
        assertThat(chart.get(Deployment.class, "registry").getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void serviceMonitorsScrapeThePrometheusEndpoint() {
        var monitors = RenderedChart.withExamples("cl.yaml").ofKind("ServiceMonitor");

        // every Java component but the portal, which serves no /actuator/prometheus
        assertThat(monitors).extracting(RenderedChart::component).containsExactlyInAnyOrder(
                "registry", "matchmaking", "opportunities", "training", "consultation", "gateway");
        assertThat(monitors).allSatisfy(monitor -> {
            assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
            assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "prometheus");
            var spec = (Map<?, ?>) ((GenericKubernetesResource) monitor).getAdditionalProperties().get("spec");
            var endpoint = (Map<?, ?>) ((java.util.List<?>) spec.get("endpoints")).get(0);
            assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
            assertThat(endpoint.get("port")).isEqualTo("http");
        });
    }
}
