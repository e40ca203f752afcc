package org.smenet.registry.api;

import org.smenet.testsupport.NodeInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link org.smenet.registry.api.RegistryFlowTest} on real `apache/kafka` and `mongo` containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@NodeInfrastructure(mode = NodeInfrastructure.Mode.CONTAINERS)
class RegistryFlowOnContainersTest extends RegistryFlowTest {
}
