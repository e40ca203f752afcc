package org.smenet.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.smenet.training.TrainingTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.ClusterMembershipChanged;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.security.Actor;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.domain.Course;
import org.smenet.training.store.EnterpriseDirectory;
import org.smenet.training.store.KnownEnterprise;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enterprise read model follows the registry's events (registered, then a profile update that opens
 * a gap), refuses records of economies this node does not host, and the recommendations read it.
 */
@TrainingIntegration
class EnterpriseReadModelTest {

    static final String FP = "org-cl-fp-reco";

    @Autowired
    WebApplicationContext context;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JsonMapper json;
    @Autowired
    EnterpriseDirectory directory;
    @Autowired
    org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    Actor provider;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        TrainingTestSupport.designated(context, "CL", FP, FocalPointFunction.TRAINING);
        provider = TrainingTestSupport.provider("CL", FP);
    }

    private <T> void send(EventType<T> type, String id, String economy, long sequence, T data) throws Exception {
        kafka.send(new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"),
                type.type(), id, Instant.now(), type.dataschema(), economy, sequence, json.writeValueAsBytes(data))
                .toProducerRecord(type.topic())).get();
    }

    @Test
    void recommendationsFollowTheProfileTheRegistryPublishes() throws Exception {
        String owner = unique("org-cl-shrimp");
        String id = unique("ent");
        // a shrimp farmer selling at home only, certified ASC: no gap the shrimp courses fill yet
        EnterpriseProfile domestic = TrainingTestSupport.profile(List.of("0321"), List.of("030617"), List.of("CL"),
                List.of("ASC"));
        Course sps = TrainingTestSupport.course(context, provider, "SPS for crustaceans", CourseTopic.SANITARY_AND_PHYTOSANITARY,
                List.of("0306"), null, null);
        Course bap = TrainingTestSupport.course(context, provider, "BAP certification for shrimp farms",
                CourseTopic.STANDARDS_AND_SPECIFICATIONS, List.of("030617"), "BAP", null);
        Course asc = TrainingTestSupport.course(context, provider, "ASC refresher", CourseTopic.STANDARDS_AND_SPECIFICATIONS,
                List.of("0306"), "ASC", null);
        Course wine = TrainingTestSupport.course(context, provider, "Wine labelling", CourseTopic.STANDARDS_AND_SPECIFICATIONS,
                List.of("2204"), "Organic", null);
        List<String> mine = List.of(sps.id(), bap.id(), asc.id(), wine.id());

        send(RegistryEvents.ENTERPRISE_REGISTERED, id, "CL", 1, new EnterpriseRegistered(id, "CL", null, owner, domestic,
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> directory.find(id).isPresent());
        List<String> before = recommended(owner, id, mine);
        assertThat(before).containsExactly(bap.id(), asc.id(), sps.id());

        // it now targets Japan and Korea: the product courses gain the export reason
        EnterpriseProfile exporter = TrainingTestSupport.profile(List.of("0321"), List.of("030617"), List.of("JP", "KR"),
                List.of("ASC"));
        send(RegistryEvents.ENTERPRISE_PROFILE_UPDATED, id, "CL", 2, new EnterpriseProfileUpdated(id, "CL", exporter,
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.find(id).orElseThrow().profile().targetEconomies().contains("KR"));
        String body = mvc.perform(get("/api/training/enterprises/" + id + "/recommendations").with(token("CL", owner, "SME")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> reasonsForBap = JsonPath.read(body, "$[?(@.course.id == '" + bap.id() + "')].reasons[*]");
        assertThat(reasonsForBap).anySatisfy(r -> assertThat(r).contains("BAP").contains("does not list"))
                .anySatisfy(r -> assertThat(r).contains("030617").contains("JP, KR"));
        List<String> reasonsForAsc = JsonPath.read(body, "$[?(@.course.id == '" + asc.id() + "')].reasons[*]");
        assertThat(reasonsForAsc).noneSatisfy(r -> assertThat(r).contains("does not list"));
        assertThat(recommended(owner, id, mine)).containsExactly(bap.id(), asc.id(), sps.id());
    }

    @Test
    void anEnterpriseOfAnEconomyThisNodeDoesNotHostNeverEntersTheReadModel() throws Exception {
        String id = unique("ent-vn");
        send(RegistryEvents.ENTERPRISE_REGISTERED, id, "VN", 1, new EnterpriseRegistered(id, "VN", null, "org-vn-1",
                TrainingTestSupport.profile(List.of("0127"), List.of("090111"), List.of(), List.of()), Instant.now()));
        var rejected = TrainingTestSupport.awaitRecords(bootstrap, RegistryEvents.ENTERPRISE_TOPIC + ".DLT",
                r -> id.equals(r.key()), 1);
        assertThat(rejected).hasSize(1);
        assertThat(directory.find(id)).isEmpty();
    }

    @Test
    void theKitsListenerKeepsTheConsumerGroupOfTheFormerListener() {
        // committed offsets of training-enterprises carry over: no replay, no gap on upgrade
        var container = listeners.getListenerContainer("training-enterprises");
        assertThat(container).isNotNull();
        assertThat(container.getGroupId()).isEqualTo("training-enterprises");
    }

    @Test
    void aStatusChangeReachesTheReadModelAndAnOlderOneDoesNot() throws Exception {
        String owner = unique("org-cl-status");
        String id = unique("ent");
        send(RegistryEvents.ENTERPRISE_REGISTERED, id, "CL", 1, new EnterpriseRegistered(id, "CL", null, owner,
                TrainingTestSupport.profile(List.of("0321"), List.of("030617"), List.of(), List.of()), Instant.now()));
        send(RegistryEvents.ENTERPRISE_SUSPENDED, id, "CL", 3, new EnterpriseStatusChanged(id, "CL", "SUSPENDED",
                FP, "audit", Instant.now()));
        send(RegistryEvents.ENTERPRISE_VERIFIED, id, "CL", 2, new EnterpriseStatusChanged(id, "CL", "VERIFIED", FP,
                null, Instant.now()));
        send(RegistryEvents.ENTERPRISE_JOINED_CLUSTER, id, "CL", 4, new ClusterMembershipChanged("cl-1", "CL", id,
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.find(id).map(e -> "SUSPENDED".equals(e.status())).orElse(false)
                        && mongoSequence(id) == 4);
        KnownEnterprise known = directory.find(id).orElseThrow();
        assertThat(known.ownerOrg()).isEqualTo(owner);
        assertThat(known.economy()).isEqualTo("CL");
        assertThat(known.active()).isFalse();
    }

    private long mongoSequence(String id) {
        org.bson.Document doc = context.getBean(org.springframework.data.mongodb.core.MongoTemplate.class)
                .findById(id, org.bson.Document.class, EnterpriseDirectory.COLLECTION);
        return doc == null ? 0 : doc.get("sequence", Number.class).longValue();
    }

    private List<String> recommended(String owner, String id, List<String> among) throws Exception {
        String body = mvc.perform(get("/api/training/enterprises/" + id + "/recommendations").with(token("CL", owner, "SME")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[*].course.id");
        return ids.stream().filter(among::contains).toList();
    }
}
