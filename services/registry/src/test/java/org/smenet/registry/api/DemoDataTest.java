package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.app.DemoData;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseDocument;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Demo data: only for the hosted economies (CL and PE here), repeatable, through the real use cases. */
@RegistryIntegration
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FocalPointStore focalPoints;
    @Autowired
    ClusterStore clusters;
    @Autowired
    ReferenceData reference;

    static final Actor OPERATOR = new Actor("t", "CL", "org-network-operator", Set.of(Role.NETWORK_OPERATOR));

    @Test
    void seedsEnterprisesWithRealCodesInTheHostedEconomiesOnlyReportingProgressAndIsRepeatable() {
        List<String> progress = new ArrayList<>();
        List<String> economies = demoData.economiesFor(OPERATOR);

        demoData.seed(economies, 30, progress::add);
        int again = demoData.seed(economies, 30, line -> { });

        assertThat(economies).containsExactly("CL", "PE");
        assertThat(again).as("a second run adds nothing").isZero();
        assertThat(progress).anyMatch(line -> line.contains("focal points and clusters ready"));
        assertThat(progress).anyMatch(line -> line.startsWith("enterprises 25/30"));
        assertThat(progress).last().asString().startsWith("done:");
        Query demo = Query.query(Criteria.where("registrationNumber").regex("-DEMO-"));
        List<EnterpriseDocument> seeded = mongo.find(demo, EnterpriseDocument.class, EnterpriseDocument.COLLECTION);
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seeded).extracting(EnterpriseDocument::economy).containsOnly("CL", "PE");
        assertThat(seeded).anyMatch(e -> e.verifiedAt() != null);
        assertThat(seeded).allSatisfy(e -> {
            assertThat(e.profile().isicCodes()).allMatch(reference::isIsicCode);
            assertThat(e.profile().hsOffered()).allMatch(reference::isHsCode);
            // from matchmaking's generator of believable firms (the trades' own headings), not random codes
            assertThat(e.profile().hsOffered()).isNotEmpty().allMatch(code ->
                    org.smenet.kit.demo.SyntheticFirms.headingsUsed().contains(code.substring(0, 4)));
        });
        assertThat(seeded).anyMatch(e -> "org-cl-sme-1".equals(e.ownerOrg()));
        assertThat(focalPoints.find("fp-pe-1")).hasValueSatisfying(f -> assertThat(f.org()).isEqualTo("org-pe-fp-1"));
        assertThat(focalPoints.find("fp-vn-1")).as("no data for an economy this node does not host").isEmpty();
        assertThat(clusters.find("cluster-cl-2")).isPresent();
    }

    @Test
    void anEconomyAdministratorSeedsOnlyItsOwnEconomyAndOthersNothing() {
        assertThat(demoData.economiesFor(new Actor("t", "PE", "org-pe-admin", Set.of(Role.ECONOMY_ADMIN))))
                .containsExactly("PE");
        assertThatThrownBy(() -> demoData.economiesFor(new Actor("t", "VN", "org-vn-admin", Set.of(Role.ECONOMY_ADMIN))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo("economy-not-hosted"));
        assertThatThrownBy(() -> demoData.economiesFor(new Actor("t", "CL", "org-cl-sme-1", Set.of(Role.SME))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.kind()).isEqualTo("forbidden"));
    }
}
