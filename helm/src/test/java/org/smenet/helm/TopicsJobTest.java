package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics exist, replicated, before any service starts: a pre-install/pre-upgrade hook Job runs kafka-topics.sh. */
class TopicsJobTest {

    private static final Pattern CREATE = Pattern.compile("^create \"([^\"]+)\" (\\d+)(.*)$", Pattern.MULTILINE);

    @Test
    void runsBeforeInstallAndUpgrade() {
        Job job = RenderedChart.withExamples().get(Job.class, "topics");

        // rendered from the test's copy of the chart, where helm.sh/hook* reads smenet.test/hook*
        assertThat(job.getMetadata().getAnnotations())
                .containsEntry("smenet.test/hook", "pre-install,pre-upgrade")
                .containsEntry("smenet.test/hook-delete-policy", "before-hook-creation,hook-succeeded");
        var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getImage()).isEqualTo("apache/kafka:4.1.2");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isPositive();
    }

    @Test
    void createsEveryTopicReplicatedAndThePublicOnesCompacted() {
        String script = script(RenderedChart.withExamples("cl.yaml"));

        assertThat(script).contains("--replication-factor 3").contains("min.insync.replicas=2").contains("--if-not-exists");
        List<MatchResult> creates = creates(script);
        assertThat(creates).anySatisfy(c -> {
            assertThat(c.topic()).isEqualTo("smenet.public.registry.enterprise.v1");
            assertThat(c.partitions()).isEqualTo(6);
            assertThat(c.rest()).contains("cleanup.policy=compact");
        });
        assertThat(creates).filteredOn(c -> c.topic().startsWith("smenet.public.") && !c.topic().endsWith(".DLT"))
                .allSatisfy(c -> assertThat(c.rest()).contains("cleanup.policy=compact"));
        assertThat(creates).filteredOn(c -> c.topic().endsWith(".DLT"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.partitions()).isEqualTo(1));
        // dead letters of what the peers' mirrored topics bring
        assertThat(creates).extracting(MatchResult::topic)
                .contains("VN.smenet.public.registry.enterprise.v1.DLT", "TH.smenet.public.opportunities.opportunity.v1.DLT")
                .doesNotContain("VN.smenet.registry.enterprise.v1.DLT");
    }

    /** Every topic the contracts name is created by the Job: a new topic needs a line in values.yaml. */
    @Test
    void coversEveryTopicTheContractsName() throws IOException {
        List<String> created = creates(script(RenderedChart.withExamples())).stream().map(MatchResult::topic).toList();
        Pattern constant = Pattern.compile("TOPIC\\s*=\\s*\"(smenet\\.[^\"]+)\"");
        Path contracts = Path.of("../contracts/src/main/java");

        List<String> named;
        try (Stream<Path> files = Files.walk(contracts)) {
            named = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return constant.matcher(Files.readString(f)).results().map(m -> m.group(1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().toList();
        }
        assertThat(named).hasSizeGreaterThanOrEqualTo(16);
        assertThat(created).as("topics.events / topics.compacted in values.yaml").containsAll(named);
    }

    /** The Job's script itself, run by bash with a stand-in for kafka-topics.sh that records its arguments. */
    @Test
    void theScriptCallsKafkaTopicsOncePerTopicWithCredentialsFromTheEnvironment(@TempDir Path dir) throws Exception {
        var job = RenderedChart.withExamples("cl.yaml").get(Job.class, "topics");
        var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getCommand()).containsExactly("/bin/bash", "-ec");
        Path calls = dir.resolve("calls");
        Path tool = dir.resolve("kafka-topics.sh");
        Files.writeString(tool, "#!/bin/bash\nprintf '%s\\n' \"$*\" >> " + calls + "\n");
        tool.toFile().setExecutable(true);
        String script = container.getArgs().get(0)
                .replace("/tmp/", dir + "/")
                .replace("/opt/kafka/bin/kafka-topics.sh", tool.toString());

        var process = new ProcessBuilder("/bin/bash", "-ec", script).redirectErrorStream(true);
        process.environment().put("SMENET_KAFKA_BOOTSTRAP", "kafka-0:9093");
        process.environment().put("SMENET_KAFKA_USERNAME", "smenet-cl");
        process.environment().put("SMENET_KAFKA_PASSWORD", "s3cret");
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor()).as(output).isZero();

        assertThat(output).contains("topics ready");
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(creates(container.getArgs().get(0)).size())
                .allSatisfy(line -> assertThat(line).startsWith("--bootstrap-server kafka-0:9093 --command-config "
                        + dir + "/client.properties --create --if-not-exists --topic ")
                        .containsPattern("--topic ((VN|TH)\\.)?smenet\\.[a-z.-]+v1(\\.DLT)? --partitions \\d+ --replication-factor 3"))
                .anySatisfy(line -> assertThat(line).contains("--topic VN.smenet.public.registry.enterprise.v1.DLT"));
        assertThat(Files.readString(dir.resolve("client.properties")))
                .contains("security.protocol=SASL_SSL")
                .contains("username=\"smenet-cl\" password=\"s3cret\";")
                .contains("ssl.truststore.location=/etc/kafka-tls/ca.crt");
    }

    @Test
    void switchedOffWhenTopicsAreManagedElsewhere() {
        assertThat(RenderedChart.withSet("topics.create", "false").find(Job.class, "topics")).isEmpty();
    }

    private static String script(RenderedChart chart) {
        return chart.get(Job.class, "topics").getSpec().getTemplate().getSpec().getContainers().get(0).getArgs().get(0);
    }

    private static List<MatchResult> creates(String script) {
        Matcher m = CREATE.matcher(script);
        return m.results().map(r -> new MatchResult(r.group(1), Integer.parseInt(r.group(2)), r.group(3))).toList();
    }

    private record MatchResult(String topic, int partitions, String rest) {
    }
}
