package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link org.smenet.registry.api.RegistryFlowTest} on real `apache/kafka` and `mongo` containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@NodeInfrastructure(mode = NodeInfrastructure.Mode.CONTAINERS)
class RegistryFlowOnContainersTest extends RegistryFlowTest {

    @Autowired
    Environment environment;

    @Test
    void runsOnRealContainers() {
        assertThat(environment.getProperty("smenet.test.infrastructure")).startsWith("Testcontainers");
    }
}
