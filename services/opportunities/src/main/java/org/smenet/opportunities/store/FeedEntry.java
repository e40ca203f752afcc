package org.smenet.opportunities.store;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.springframework.data.annotation.Id;

/**
 * One event of the node's opportunity feed, at its place {@code seq} in the log. Carries the CloudEvent
 * (attributes and JSON data) and the fields subscriptions match on (empty for a delisting).
 */
public record FeedEntry(
        @Id long seq,
        String eventId,
        String type,
        String source,
        String subject,
        Instant time,
        String dataschema,
        String economy,
        long sequence,
        String data,
        OpportunityKind kind,
        String title,
        String description,
        List<String> targetEconomies,
        List<String> hsIndex,
        List<String> isicIndex) {
}
