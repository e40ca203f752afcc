package org.smenet.consultation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.consultation.ConsultationTestSupport.JSON;
import static org.smenet.consultation.ConsultationTestSupport.awaitRecords;
import static org.smenet.consultation.ConsultationTestSupport.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.smenet.consultation.ConsultationIntegration;
import org.smenet.consultation.store.EnterpriseDirectory;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.ClusterMembershipChanged;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.registry.SizeClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The enterprise read model, kept by the kit's listener in consultation's own shape: the profile flattened into
 * size, ISIC section and code indexes with their ancestors; later events win, older ones change nothing, a
 * suspended enterprise is no longer affected; another node's economy never enters; the consumer group is the
 * one the service always had.
 */
@ConsultationIntegration
class EnterpriseReadModelTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EnterpriseDirectory directory;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    private <T> void send(EventType<T> type, String id, String economy, long sequence, T data) throws Exception {
        kafka.send(new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"),
                type.type(), id, Instant.now(), type.dataschema(), economy, sequence, JSON.writeValueAsBytes(data))
                .toProducerRecord(type.topic())).get();
    }

    private static EnterpriseProfile profile(String name, SizeClass size, List<String> isic, List<String> hs) {
        return new EnterpriseProfile(name, size, 2010, isic, hs, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, true);
    }

    private Document document(String id) {
        return mongo.findById(id, Document.class, EnterpriseDirectory.COLLECTION);
    }

    private long sequence(String id) {
        Document doc = document(id);
        return doc == null ? 0 : doc.get("sequence", Number.class).longValue();
    }

    @Test
    void theKitsListenerKeepsTheConsumerGroupOfTheFormerListener() {
        var container = listeners.getListenerContainer("consultation-enterprises");
        assertThat(container).isNotNull();
        assertThat(container.getGroupId()).isEqualTo("consultation-enterprises");
    }

    @Test
    void theFlattenedProfileFollowsTheLatestEventAndASuspensionEndsTheAffectedness() throws Exception {
        String owner = unique("org-cl-wine");
        String id = unique("ent");
        send(RegistryEvents.ENTERPRISE_REGISTERED, id, "CL", 1, new EnterpriseRegistered(id, "CL", null, owner,
                profile("Viña Uno", SizeClass.MICRO, List.of("0121"), List.of("080610")), Instant.now()));
        send(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL", 3, new EnterpriseProfileUpdated(id, "CL",
                profile("Viña Tres", SizeClass.SMALL, List.of("1102"), List.of("220421")), Instant.now()));
        // version 2 arrives after version 3: it changes nothing
        send(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL", 2, new EnterpriseProfileUpdated(id, "CL",
                profile("Viña Dos", SizeClass.MEDIUM, List.of("0121"), List.of("080610")), Instant.now()));
        send(RegistryEvents.ENTERPRISE_JOINED_CLUSTER, id, "CL", 4, new ClusterMembershipChanged("cl-wine", "CL", id,
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sequence(id) == 4);

        Document doc = document(id);
        assertThat(doc.getString("legalName")).isEqualTo("Viña Tres");
        assertThat(doc.getString("sizeClass")).isEqualTo("SMALL");
        assertThat(doc.getString("sector")).isEqualTo("C");
        assertThat(doc.getList("isicIndex", String.class)).contains("1102", "110", "11", "C");
        assertThat(doc.getList("hsIndex", String.class)).contains("220421", "2204", "22").doesNotContain("0806");
        assertThat(doc.getString("status")).isEqualTo("REGISTERED");
        assertThat(directory.ownedBy("CL", owner)).hasValueSatisfying(e -> {
            assertThat(e.enterpriseId()).isEqualTo(id);
            assertThat(e.sector()).isEqualTo("C");
        });
        assertThat(directory.affected(List.of("2204"), List.of(), List.of("CL")))
                .anySatisfy(a -> assertThat(a.enterpriseId()).isEqualTo(id));

        send(RegistryEvents.ENTERPRISE_SUSPENDED, id, "CL", 5, new EnterpriseStatusChanged(id, "CL", "SUSPENDED",
                "org-cl-fp", "audit", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sequence(id) == 5);
        assertThat(document(id).getString("status")).isEqualTo("SUSPENDED");
        assertThat(directory.affected(List.of("2204"), List.of(), List.of("CL")))
                .noneSatisfy(a -> assertThat(a.enterpriseId()).isEqualTo(id));
    }

    @Test
    void anEnterpriseOfAnEconomyThisNodeDoesNotHostNeverEntersTheReadModel() throws Exception {
        String id = unique("ent-vn");
        send(RegistryEvents.ENTERPRISE_REGISTERED, id, "VN", 1, new EnterpriseRegistered(id, "VN", null, "org-vn-1",
                profile("Pho Co", SizeClass.SMALL, List.of("5610"), List.of("190230")), Instant.now()));
        var rejected = awaitRecords(bootstrap, RegistryEvents.ENTERPRISE_TOPIC + ".DLT", r -> id.equals(r.key()), 1);
        assertThat(rejected).hasSize(1);
        assertThat(document(id)).isNull();
    }
}
