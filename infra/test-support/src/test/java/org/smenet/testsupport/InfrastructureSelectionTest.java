package org.smenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Where Docker exists and no external infrastructure is named, the default selection runs every
 * {@code @NodeInfrastructure} test on the real {@code apache/kafka} and {@code mongo} containers; so
 * the same tests need no second copy pinned to containers. Skipped (and said so) without Docker.
 */
class InfrastructureSelectionTest {

    static boolean dockerAndNoExternalInfrastructure() {
        return System.getenv("SMENET_KAFKA_BOOTSTRAP") == null && System.getenv("SMENET_MONGODB_URI") == null
                && Infrastructure.dockerAvailable();
    }

    @Test
    @EnabledIf("dockerAndNoExternalInfrastructure")
    void theDefaultSelectionPicksTheContainersWhereDockerExists() {
        assertThat(Infrastructure.endpoints(NodeInfrastructure.Mode.AUTO).description())
                .isEqualTo("Testcontainers apache/kafka and mongo");
    }
}
