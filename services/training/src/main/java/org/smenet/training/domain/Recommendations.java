package org.smenet.training.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.training.CourseTopic;

/**
 * Courses that fit the gaps of an enterprise's profile, each with the reasons it fits:
 * <ul>
 * <li>standards and SPS courses for products it offers (HS codes match either way up the hierarchy);</li>
 * <li>a course preparing for a certification its profile does not list, for its products or sector;</li>
 * <li>export readiness, trade rules, logistics, financing, insurance and e-commerce when it targets other
 * economies;</li>
 * <li>courses made for its sector (ISIC).</li>
 * </ul>
 * Courses it already completed are left out. Plain rules, so a profile with known gaps has a known answer.
 */
public final class Recommendations {

    private static final Set<CourseTopic> PRODUCT_RULES = Set.of(CourseTopic.STANDARDS_AND_SPECIFICATIONS,
            CourseTopic.SANITARY_AND_PHYTOSANITARY);
    private static final Set<CourseTopic> EXPORT_PATH = Set.of(CourseTopic.EXPORT_READINESS, CourseTopic.WTO_RULES,
            CourseTopic.LOGISTICS, CourseTopic.TRADE_FINANCING, CourseTopic.INSURANCE, CourseTopic.E_COMMERCE);

    public record Recommendation(Course course, int score, List<String> reasons) {
    }

    private Recommendations() {
    }

    public static List<Recommendation> forProfile(EnterpriseProfile profile, String economy, List<Course> courses,
            Set<String> completedCourseIds) {
        List<String> offered = orEmpty(profile.hsOffered());
        List<String> isic = orEmpty(profile.isicCodes());
        List<String> targets = orEmpty(profile.targetEconomies()).stream().filter(t -> !t.equals(economy)).toList();
        Set<String> held = orEmpty(profile.certifications()).stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Recommendation> out = new ArrayList<>();
        for (Course course : courses) {
            if (completedCourseIds.contains(course.id())) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            int score = 0;
            List<String> productMatch = matching(course.hsCodes(), offered);
            List<String> sectorMatch = matching(course.isicCodes(), isic);
            if (PRODUCT_RULES.contains(course.topic()) && !productMatch.isEmpty()) {
                reasons.add(label(course.topic()) + " for products you offer (HS " + String.join(", ", productMatch)
                        + ")" + (targets.isEmpty() ? "" : ", which you want to sell in " + String.join(", ", targets)));
                score += targets.isEmpty() ? 3 : 4;
            }
            boolean related = !productMatch.isEmpty() || !sectorMatch.isEmpty()
                    || course.hsCodes().isEmpty() && course.isicCodes().isEmpty();
            if (course.certification() != null && related
                    && !held.contains(course.certification().strip().toLowerCase(Locale.ROOT))) {
                reasons.add("Prepares for " + course.certification() + ", which buyers ask for and your profile "
                        + "does not list");
                score += 2;
            }
            if (!targets.isEmpty() && EXPORT_PATH.contains(course.topic()) && (related)) {
                reasons.add(label(course.topic()) + " for exporting to " + String.join(", ", targets)
                        + ", the markets you target");
                score += course.topic() == CourseTopic.EXPORT_READINESS || course.topic() == CourseTopic.WTO_RULES ? 2 : 1;
            }
            if (!sectorMatch.isEmpty()) {
                reasons.add("Made for your sector (ISIC " + String.join(", ", sectorMatch) + ")");
                score += 1;
            }
            if (!reasons.isEmpty()) {
                out.add(new Recommendation(course, score, List.copyOf(reasons)));
            }
        }
        out.sort(Comparator.comparingInt(Recommendation::score).reversed()
                .thenComparing(r -> r.course().title()).thenComparing(r -> r.course().id()));
        return out;
    }

    /** The enterprise's codes that a course code covers, or that cover it (one is a prefix of the other). */
    static List<String> matching(List<String> courseCodes, List<String> enterpriseCodes) {
        List<String> found = new ArrayList<>();
        for (String mine : enterpriseCodes) {
            for (String theirs : courseCodes) {
                if ((mine.startsWith(theirs) || theirs.startsWith(mine)) && !found.contains(mine)) {
                    found.add(mine);
                }
            }
        }
        return found;
    }

    private static String label(CourseTopic topic) {
        return switch (topic) {
            case EXPORT_READINESS -> "Export readiness";
            case WTO_RULES -> "WTO rules";
            case STANDARDS_AND_SPECIFICATIONS -> "Standards and product specifications";
            case SANITARY_AND_PHYTOSANITARY -> "Sanitary and phytosanitary requirements";
            case E_COMMERCE -> "Cross-border e-commerce";
            case TRADE_FINANCING -> "Trade financing";
            case INSURANCE -> "Trade insurance";
            case LOGISTICS -> "Logistics and customs";
        };
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
