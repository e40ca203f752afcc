package org.smenet.registry.events;

import org.smenet.testsupport.NodeInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link org.smenet.registry.events.OutboxRelayRestartTest} on real `apache/kafka` and `mongo` containers; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@NodeInfrastructure(mode = NodeInfrastructure.Mode.CONTAINERS)
class OutboxRelayRestartOnContainersTest extends OutboxRelayRestartTest {
}
