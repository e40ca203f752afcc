package org.smenet.registry.events;

import org.smenet.testsupport.NodeInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link org.smenet.registry.events.NetworkDirectoryConsumerTest} on real `apache/kafka` and `mongo` containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@NodeInfrastructure(mode = NodeInfrastructure.Mode.CONTAINERS)
class NetworkDirectoryConsumerOnContainersTest extends NetworkDirectoryConsumerTest {
}
