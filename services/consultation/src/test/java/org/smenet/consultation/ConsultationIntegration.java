package org.smenet.consultation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The consultation service on a real Kafka broker and a MongoDB-protocol store; all such tests share one
 * application context. The node hosts CL and PE; VN is another node's economy. Time is a
 * {@link TestClock} that tests move forward (never back), so closing dates pass without waiting.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "smenet.outbox.poll-interval=100ms",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=2",
        "smenet.consultation.closing-interval=200ms",
        "smenet.node.economies=CL,PE"})
@NodeInfrastructure
@Import(TestClock.Configuration.class)
public @interface ConsultationIntegration {
}
