package org.smenet.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The registry on a real Kafka broker and a MongoDB-protocol store (see {@link NodeInfrastructure}); all
 * such tests share one application context. The node hosts CL and PE; VN and TH are other nodes'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "smenet.outbox.poll-interval=100ms",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=2",
        // a hub node hosting two economies, so tests see hosted, other hosted and non-hosted economies
        "smenet.node.economies=CL,PE",
        "smenet.node.demo=true"})
@NodeInfrastructure
public @interface RegistryIntegration {
}
