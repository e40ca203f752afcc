package org.smenet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;

/** Profiles with known gaps get the courses that fill them, with the reasons, and nothing else. */
class RecommendationsTest {

    static Course course(String id, CourseTopic topic, List<String> hs, List<String> isic, String certification) {
        return new Course(id, 1, "CL", "org-fp", "Course " + id, "", topic, CourseLevel.INTRODUCTORY, "es",
                Delivery.ONLINE, null, hs, isic, List.of(), certification, null, true, Instant.EPOCH);
    }

    static EnterpriseProfile profile(List<String> isic, List<String> hs, List<String> targets, List<String> certs) {
        return new EnterpriseProfile("Fruit SpA", SizeClass.SMALL, 2010, isic, hs, List.of(), List.of(), List.of(),
                targets, certs, List.of("es"), null, true);
    }

    static final Course SPS_FRUIT = course("sps-fruit", CourseTopic.SANITARY_AND_PHYTOSANITARY, List.of("0810"),
            List.of(), null);
    static final Course STANDARDS_WINE = course("std-wine", CourseTopic.STANDARDS_AND_SPECIFICATIONS, List.of("2204"),
            List.of(), null);
    static final Course GLOBALGAP = course("globalgap", CourseTopic.STANDARDS_AND_SPECIFICATIONS, List.of("08"),
            List.of(), "GLOBALG.A.P.");
    static final Course EXPORT = course("export", CourseTopic.EXPORT_READINESS, List.of(), List.of(), null);
    static final Course ECOMMERCE_TEXTILES = course("ecom-tex", CourseTopic.E_COMMERCE, List.of("61"), List.of(), null);
    static final Course FOOD_SECTOR = course("food", CourseTopic.LOGISTICS, List.of(), List.of("10"), null);
    static final List<Course> ALL = List.of(SPS_FRUIT, STANDARDS_WINE, GLOBALGAP, EXPORT, ECOMMERCE_TEXTILES,
            FOOD_SECTOR);

    @Test
    void aFruitExporterWithoutCertificationGetsSpsStandardsAndExportCourses() {
        var found = Recommendations.forProfile(profile(List.of("0124"), List.of("081010"), List.of("JP", "CN"),
                List.of()), "CL", ALL, Set.of());
        assertThat(found).extracting(r -> r.course().id()).containsExactly("globalgap", "sps-fruit", "export");
        assertThat(found.get(0).reasons()).anySatisfy(r -> assertThat(r).contains("GLOBALG.A.P.")
                .contains("does not list"));
        assertThat(found.get(1).reasons()).singleElement().satisfies(r -> assertThat(r)
                .contains("Sanitary and phytosanitary").contains("081010").contains("JP, CN"));
        assertThat(found.get(2).reasons()).singleElement().satisfies(r -> assertThat(r).contains("JP, CN"));
    }

    @Test
    void aCertificationAlreadyHeldAndACourseAlreadyCompletedAreNotGaps() {
        var found = Recommendations.forProfile(profile(List.of("0124"), List.of("081010"), List.of(),
                List.of("GlobalG.A.P.")), "CL", ALL, Set.of("sps-fruit"));
        assertThat(found).extracting(r -> r.course().id()).containsExactly("globalgap");
        assertThat(found.get(0).reasons()).noneSatisfy(r -> assertThat(r).contains("does not list"));
    }

    @Test
    void aDomesticFoodProcessorGetsOnlyItsSectorCourse() {
        var found = Recommendations.forProfile(profile(List.of("1079"), List.of("090121"), List.of("CL"),
                List.of()), "CL", ALL, Set.of());
        assertThat(found).extracting(r -> r.course().id()).containsExactly("food");
        assertThat(found.get(0).reasons()).containsExactly("Made for your sector (ISIC 1079)");
    }
}
