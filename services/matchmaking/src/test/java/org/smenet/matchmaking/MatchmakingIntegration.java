package org.smenet.matchmaking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Matchmaking on a real Kafka broker and a MongoDB-protocol store; all such tests share one application
 * context. The node hosts CL and PE; VN and TH are other nodes' (their profiles arrive mirrored).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "smenet.outbox.poll-interval=100ms",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=2",
        "smenet.node.economies=CL,PE",
        "smenet.matchmaking.threshold=20"})
@NodeInfrastructure
public @interface MatchmakingIntegration {
}
