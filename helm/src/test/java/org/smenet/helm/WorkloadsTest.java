package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.helm.RenderedChart.container;
import static org.smenet.helm.RenderedChart.env;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Deployments of the node as an operator gets them: one per component, production-grade by default. */
class WorkloadsTest {

    static final Map<String, Integer> SERVICES = Map.of(
            "registry", 8081, "matchmaking", 8082, "opportunities", 8083, "training", 8084, "consultation", 8085);
    static final Map<String, Integer> JAVA_COMPONENTS = Map.of(
            "registry", 8081, "matchmaking", 8082, "opportunities", 8083, "training", 8084, "consultation", 8085,
            "gateway", 8080, "portal", 8086);
    private static final Pattern SECRETISH = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|MONGODB_URI|REDIS_URL|PRIVATE");

    private static RenderedChart chart(String values) {
        return values.equals("defaults") ? RenderedChart.withExamples() : RenderedChart.withExamples(values);
    }

    @Test
    void everyComponentIsADeploymentWithItsServiceOnItsPort() {
        var chart = RenderedChart.withExamples();

        JAVA_COMPONENTS.forEach((component, port) -> {
            Container container = container(chart.deployment(component));
            assertThat(container.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(port));
            Service service = chart.get(Service.class, component);
            assertThat(service.getSpec().getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getPort()).isEqualTo(port));
            assertThat(service.getSpec().getSelector())
                    .isEqualTo(chart.deployment(component).getSpec().getSelector().getMatchLabels());
        });
        assertThat(chart.all(Deployment.class)).extracting(RenderedChart::component)
                .containsExactlyInAnyOrderElementsOf(JAVA_COMPONENTS.keySet());
    }

    @Test
    void servicesAndGatewayRunTwoReplicasByDefault() {
        var chart = RenderedChart.withExamples();

        for (String component : JAVA_COMPONENTS.keySet()) {
            assertThat(chart.deployment(component).getSpec().getReplicas()).as(component).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void probesUseTheActuatorHealthGroups(String values) {
        for (Deployment deployment : javaDeployments(chart(values))) {
            Container container = container(deployment);
            assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
            assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void everyPodIsHardened(String values) {
        var chart = chart(values);
        assertThat(chart.all(Deployment.class)).hasSizeGreaterThanOrEqualTo(JAVA_COMPONENTS.size());
        for (Deployment deployment : chart.all(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            var name = deployment.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            assertThat(pod.getEnableServiceLinks()).as(name).isFalse();
            for (Container container : pod.getContainers()) {
                var sc = container.getSecurityContext();
                assertThat(sc.getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(sc.getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(sc.getRunAsNonRoot()).as(name).isTrue();
                assertThat(sc.getCapabilities().getDrop()).as(name).containsExactly("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(name).isNullOrEmpty();
                assertThat(sc.getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
                // the only writable place: an emptyDir on /tmp
                assertThat(container.getVolumeMounts()).as(name)
                        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            }
            assertThat(pod.getVolumes()).as(name).filteredOn(v -> v.getName().equals("tmp"))
                    .singleElement().satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void noSecretValueIsWrittenInPlainEnvOrConfig(String values) {
        var chart = chart(values);
        for (Deployment deployment : chart.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar var : container.getEnv()) {
                    if (SECRETISH.matcher(var.getName()).find()) {
                        assertThat(var.getValue()).as("%s %s", deployment.getMetadata().getName(), var.getName()).isNull();
                        assertThat(var.getValueFrom().getSecretKeyRef()).as(var.getName()).isNotNull();
                    }
                    assertThat(String.valueOf(var.getValue())).as(var.getName())
                            .doesNotContain("mongodb://", "mongodb+srv://", "password=");
                }
            }
        }
        for (var configMap : chart.all(io.fabric8.kubernetes.api.model.ConfigMap.class)) {
            configMap.getData().forEach((key, text) -> {
                assertThat(text).as(key).doesNotContainPattern("mongodb(\\+srv)?://");
                // a JAAS password is always a placeholder filled from a secretKeyRef env variable
                assertThat(Pattern.compile("password=\"([^\"]*)\"").matcher(text).results()
                        .map(m -> m.group(1)).toList()).as(key)
                        .allSatisfy(password -> assertThat(password).matches("\\$\\{(env:)?[A-Z0-9_]+}"));
            });
        }
    }

    @Test
    void servicesReadTheirInfrastructureFromValuesAndSecrets() {
        var chart = RenderedChart.withExamples("cl.yaml");

        SERVICES.forEach((service, port) -> {
            Deployment deployment = chart.deployment(service);
            Container container = container(deployment);
            assertThat(value(container, "SMENET_HOST")).isEqualTo("0.0.0.0");
            assertThat(value(container, "SMENET_" + service.toUpperCase() + "_PORT")).isEqualTo(port.toString());
            assertThat(value(container, "SMENET_ECONOMIES")).isEqualTo("CL");
            assertThat(value(container, "SMENET_DEMO")).isEqualTo("false");
            assertThat(value(container, "SMENET_KAFKA_BOOTSTRAP")).startsWith("kafka-0.kafka.cl.internal:9093,");
            assertThat(value(container, "SMENET_ISSUER_URI")).isEqualTo("https://login.cl.example.org/realms/smenet");
            assertThat(value(container, "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"))
                    .isEqualTo("https://login.cl.example.org/realms/smenet/protocol/openid-connect/certs");
            var mongo = env(container, "SMENET_MONGODB_URI").orElseThrow().getValueFrom().getSecretKeyRef();
            assertThat(mongo.getName()).isEqualTo("smenet-" + service + "-mongodb");
            assertThat(mongo.getKey()).isEqualTo("uri");
            assertThat(env(container, "SMENET_KAFKA_PASSWORD").orElseThrow().getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo("smenet-kafka");
            // the node's signing key and the peers' keys: files from an existing Secret and ConfigMap
            assertThat(value(container, "SMENET_NODE_KEY_FILE")).isEqualTo("/etc/smenet/node-key/signing-keys.json");
            assertThat(value(container, "SMENET_PEERS_FILE")).isEqualTo("/etc/smenet/peers/peers.json");
            var volumes = deployment.getSpec().getTemplate().getSpec().getVolumes();
            assertThat(volume(volumes, "node-key").getSecret().getSecretName()).isEqualTo("smenet-node-key");
            assertThat(volume(volumes, "peer-keys").getConfigMap().getName()).isEqualTo("smenet-peer-keys");
            assertThat(volume(volumes, "peer-keys").getConfigMap().getOptional()).isFalse();
            assertThat(container.getVolumeMounts()).anySatisfy(m -> {
                assertThat(m.getName()).isEqualTo("node-key");
                assertThat(m.getMountPath()).isEqualTo("/etc/smenet/node-key");
                assertThat(m.getReadOnly()).isTrue();
            });
        });
        // the per-service MongoDB Secrets of another economy's layout (one Secret, a key per service)
        var vn = RenderedChart.withExamples("vn.yaml");
        var registryMongo = env(container(vn.deployment("registry")), "SMENET_MONGODB_URI").orElseThrow()
                .getValueFrom().getSecretKeyRef();
        assertThat(registryMongo.getName()).isEqualTo("smenet-vn-mongodb");
        assertThat(registryMongo.getKey()).isEqualTo("registry-uri");
        assertThat(value(container(vn.deployment("training")), "SMENET_ECONOMIES")).isEqualTo("VN");
    }

    @Test
    void theGatewayRoutesToTheServicesOfTheRelease() {
        Container gateway = container(RenderedChart.withExamples().deployment("gateway"));

        SERVICES.forEach((service, port) -> assertThat(value(gateway, "SMENET_" + service.toUpperCase() + "_URI"))
                .isEqualTo("http://" + RenderedChart.name(service) + ":" + port));
        assertThat(value(gateway, "SMENET_PORTAL_URI")).isEqualTo("http://" + RenderedChart.name("portal") + ":8086");
        assertThat(value(gateway, "SMENET_ISSUER_URI")).isNotBlank();
        assertThat(env(gateway, "SMENET_MONGODB_URI")).isEmpty();
    }

    @Test
    void theGatewayKeepsThePortalsSessionsInItsOwnDatabaseSharedByItsReplicas() {
        Container gateway = container(RenderedChart.withExamples().deployment("gateway"));

        var uri = env(gateway, "SMENET_GATEWAY_MONGODB_URI").orElseThrow().getValueFrom().getSecretKeyRef();
        assertThat(uri.getName()).isEqualTo("smenet-gateway-mongodb");
        assertThat(uri.getKey()).isEqualTo("uri");
        assertThat(value(gateway, "SMENET_GATEWAY_SESSION_STORE")).isEqualTo("mongo");
        assertThat(value(gateway, "SMENET_GATEWAY_SESSIONS_IDLETIMEOUT")).isEqualTo("30m");
        assertThat(RenderedChart.withExamples().deployment("gateway").getSpec().getReplicas()).isEqualTo(2);
        var vn = env(container(RenderedChart.withExamples("vn.yaml").deployment("gateway")), "SMENET_GATEWAY_MONGODB_URI")
                .orElseThrow().getValueFrom().getSecretKeyRef();
        assertThat(vn.getName()).isEqualTo("smenet-vn-mongodb");
        assertThat(vn.getKey()).isEqualTo("gateway-uri");

        // one gateway may keep them in memory: then no database at all
        Container single = container(RenderedChart.withSet("gateway.sessions.store", "memory", "gateway.replicas", "1")
                .deployment("gateway"));
        assertThat(value(single, "SMENET_GATEWAY_SESSION_STORE")).isEqualTo("memory");
        assertThat(env(single, "SMENET_GATEWAY_MONGODB_URI")).isEmpty();
    }

    @Test
    void thePortalReadsTheServicesAndSignsInItsReaderWithASecret() {
        Container portal = container(RenderedChart.withExamples().deployment("portal"));

        SERVICES.forEach((service, port) -> assertThat(value(portal, "SMENET_" + service.toUpperCase() + "_URI"))
                .isEqualTo("http://" + RenderedChart.name(service) + ":" + port));
        assertThat(value(portal, "SMENET_GATEWAY_URI")).isEqualTo("http://" + RenderedChart.name("gateway") + ":8080");
        assertThat(value(portal, "SMENET_PORTAL_READER_ID")).isEqualTo("portal-reader");
        var secret = env(portal, "SMENET_PORTAL_READER_SECRET").orElseThrow().getValueFrom().getSecretKeyRef();
        assertThat(secret.getName()).isEqualTo("smenet-portal-reader");
        assertThat(secret.getKey()).isEqualTo("client-secret");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"defaults", "cl.yaml", "vn.yaml"})
    void everyComponentHasADisruptionBudgetAndANetworkPolicy(String values) {
        var chart = chart(values);
        for (Deployment deployment : chart.all(Deployment.class)) {
            var selector = deployment.getSpec().getSelector().getMatchLabels();
            assertThat(chart.all(NetworkPolicy.class)).as(deployment.getMetadata().getName())
                    .anySatisfy(np -> assertThat(np.getSpec().getPodSelector().getMatchLabels()).isEqualTo(selector));
            if (JAVA_COMPONENTS.containsKey(RenderedChart.component(deployment))) {
                assertThat(chart.all(PodDisruptionBudget.class)).as(deployment.getMetadata().getName())
                        .anySatisfy(pdb -> {
                            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
                            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
                        });
            }
        }
    }

    private static List<Deployment> javaDeployments(RenderedChart chart) {
        return chart.all(Deployment.class).stream()
                .filter(d -> JAVA_COMPONENTS.containsKey(RenderedChart.component(d))).toList();
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    static String value(Container container, String name) {
        return env(container, name).orElseThrow(() -> new AssertionError("no env " + name)).getValue();
    }

    private static Volume volume(List<Volume> volumes, String name) {
        return volumes.stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
