package org.smenet.kit.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/** How topics are declared: per-aggregate event topics, compacted state topics, dead-letter topics. */
public final class Topics {

    private Topics() {
    }

    public static NewTopic events(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions).replicas(1).build();
    }

    /** A topic whose latest record per key is the state: kept forever, compacted. */
    public static NewTopic compacted(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions).replicas(1)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    public static NewTopic deadLetters(String consumedTopic) {
        return TopicBuilder.name(consumedTopic + KafkaWiring.DLT_SUFFIX).partitions(1).replicas(1).build();
    }
}
