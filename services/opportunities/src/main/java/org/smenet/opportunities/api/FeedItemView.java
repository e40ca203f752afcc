package org.smenet.opportunities.api;

import java.time.Instant;
import org.smenet.opportunities.store.FeedEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One event of the feed: its CloudEvents attributes and data. */
public record FeedItemView(String id, String type, String subject, String economy, long sequence, Instant time,
        String dataschema, JsonNode data) {

    static FeedItemView of(FeedEntry e, JsonMapper json) {
        return new FeedItemView(e.eventId(), e.type(), e.subject(), e.economy(), e.sequence(), e.time(), e.dataschema(),
                json.readTree(e.data()));
    }
}
