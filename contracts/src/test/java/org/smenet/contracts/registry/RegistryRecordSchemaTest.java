package org.smenet.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventType;
import org.smenet.contracts.RecordSchemaTest;

/** The registry's events against their schemas, and the registry's own code rules. */
class RegistryRecordSchemaTest extends RecordSchemaTest {

    @Override
    protected List<EventType<?>> events() {
        return RegistryEvents.ALL;
    }

    @Override
    protected Object full(EventType<?> type) {
        return RegistrySamples.full(type);
    }

    @Override
    protected Object minimal(EventType<?> type) {
        return RegistrySamples.minimal(type);
    }

    @Test
    void profileCodesMustFollowTheirClassification() {
        EventType<EnterpriseRegistered> type = RegistryEvents.ENTERPRISE_REGISTERED;
        assertRejected(type, e -> profile(e).putArray("hsOffered").add("90111"));
        assertRejected(type, e -> profile(e).putArray("hsSought").add("0901.11"));
        assertRejected(type, e -> profile(e).putArray("isicCodes").add("C1010"));
        assertRejected(type, e -> profile(e).putArray("isicCodes").add("10101"));
        assertRejected(type, e -> profile(e).putArray("isicCodes"));
        assertRejected(type, e -> profile(e).putArray("targetEconomies").add("Japan"));
        assertRejected(type, e -> profile(e).putArray("cooperationSought").add("FRANCHISING"));
        assertRejected(type, e -> profile(e).put("sizeClass", "LARGE"));
        assertRejected(type, e -> profile(e).putNull("legalName"));
        assertRejected(type, e -> profile(e).remove("publicProfile"));
        assertRejected(type, e -> profile(e).put("website", "www.example.com"));
        assertRejected(type, e -> e.put("registeredAt", "14/03/2026"));
        assertRejected(RegistryEvents.CLUSTER_FORMED, e -> e.put("sectorIsic", "Coffee"));
        assertRejected(RegistryEvents.FOCAL_POINT_DESIGNATED, e -> e.put("kind", "NGO"));
        assertRejected(RegistryEvents.FOCAL_POINT_DESIGNATED, e -> e.putArray("functions"));
        assertRejected(RegistryEvents.ENTERPRISE_SUSPENDED, e -> e.put("status", "suspended"));
    }

    @Test
    void codesOfEveryLevelAreAccepted() {
        EventType<EnterpriseRegistered> type = RegistryEvents.ENTERPRISE_REGISTERED;
        ObjectNode event = toJson(RegistrySamples.full(type));
        profile(event).putArray("hsOffered").add("09").add("0901").add("090111");
        profile(event).putArray("isicCodes").add("A").add("01").add("012").add("0127");
        assertThat(errors(type, event)).isEmpty();
    }

    private static ObjectNode profile(ObjectNode event) {
        return (ObjectNode) event.get("profile");
    }
}
