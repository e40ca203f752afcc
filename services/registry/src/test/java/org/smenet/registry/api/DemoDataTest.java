package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.store.ClusterStore;
import org.smenet.registry.store.EnterpriseDocument;
import org.smenet.registry.store.FocalPointStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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

    @Test
    void seedsEnterprisesWithRealCodesOverSeveralEconomiesReportingProgressAndIsRepeatable() {
        List<String> progress = new ArrayList<>();

        demoData.seed(30, progress::add);
        int again = demoData.seed(30, line -> { });

        assertThat(again).as("a second run adds nothing").isZero();
        assertThat(progress).first().asString().contains("focal points and clusters ready");
        assertThat(progress).anyMatch(line -> line.startsWith("enterprises 25/30"));
        assertThat(progress).last().asString().startsWith("done:");
        Query demo = Query.query(Criteria.where("registrationNumber").regex("-DEMO-"));
        List<EnterpriseDocument> seeded = mongo.find(demo, EnterpriseDocument.class, EnterpriseDocument.COLLECTION);
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seeded).extracting(EnterpriseDocument::economy).containsAll(DemoData.ECONOMIES);
        assertThat(seeded).allSatisfy(e -> {
            assertThat(e.profile().isicCodes()).allMatch(reference::isIsicCode);
            assertThat(e.profile().hsOffered()).allMatch(reference::isHsCode);
        });
        assertThat(seeded).anyMatch(e -> "org-cl-sme-1".equals(e.ownerOrg()));
        assertThat(focalPoints.find("fp-vn-1")).hasValueSatisfying(f -> assertThat(f.org()).isEqualTo("org-vn-fp-1"));
        assertThat(clusters.find("cluster-th-2")).isPresent();
    }
}
