package org.smenet.contracts;

import java.util.List;
import java.util.stream.Stream;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.matchmaking.MatchmakingEvents;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.training.TrainingEvents;

/** Every event type of every service: one line per service's list. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = Stream.of(
                    RegistryEvents.ALL,
                    TrainingEvents.ALL,
                    ConsultationEvents.ALL,
                    OpportunitiesEvents.ALL,
                    MatchmakingEvents.ALL)
            .flatMap(List::stream).toList();

    private EventCatalog() {
    }
}
