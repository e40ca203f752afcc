package org.smenet.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.AsyncApiDocumentTest;
import org.smenet.contracts.EventCatalog;
import org.smenet.contracts.EventType;

/** {@code asyncapi-registry.yaml} describes the registry's events and the directories it reads. */
class RegistryAsyncApiTest extends AsyncApiDocumentTest {

    @Override
    protected String service() {
        return "registry";
    }

    @Override
    protected List<EventType<?>> events() {
        return RegistryEvents.ALL;
    }

    @Override
    protected Object sample(EventType<?> type) {
        return RegistrySamples.full(type);
    }

    @Override
    protected List<String> publicTopics() {
        return List.of(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC);
    }

    @Override
    protected List<String> received() {
        return List.of(RegistryEvents.PUBLIC_ENTERPRISE_TOPIC, "{peer}." + RegistryEvents.PUBLIC_ENTERPRISE_TOPIC);
    }

    @Test
    void everyEventOfTheServiceIsInTheCatalog() {
        assertThat(EventCatalog.ALL).containsAll(events());
    }
}
