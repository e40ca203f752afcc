package org.smenet.opportunities;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smenet.testsupport.NodeInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The service on a real Kafka broker and a MongoDB-protocol store; all such tests share one application
 * context. The node hosts CL and PE; VN is another node's economy. Expiry runs only when a test asks
 * ({@link org.smenet.opportunities.app.ExpiryJob#expireDue}), on a clock tests can move forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "smenet.outbox.poll-interval=100ms",
        "smenet.kafka.initial-back-off=50ms",
        "smenet.kafka.retries=2",
        "smenet.node.economies=CL,PE",
        "smenet.opportunities.expiry-interval=1h",
        "smenet.opportunities.webhooks.allow-insecure-local=true",
        "smenet.opportunities.webhooks.initial-back-off=50ms",
        "smenet.opportunities.webhooks.max-back-off=400ms",
        "smenet.opportunities.webhooks.max-attempts=8",
        "smenet.opportunities.webhooks.breaker-threshold=3",
        "smenet.opportunities.webhooks.breaker-open-for=300ms",
        "smenet.opportunities.webhooks.poll-interval=50ms"})
@NodeInfrastructure
@Import(TestClock.Configuration.class)
public @interface OpportunitiesIntegration {
}
