package org.smenet.kit.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("smenet.kafka")
public record KafkaWiringProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("4") int retries,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("5s") Duration maxBackOff) {
}
