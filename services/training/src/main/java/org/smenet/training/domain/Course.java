package org.smenet.training.domain;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.smenet.contracts.training.CourseLevel;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.Delivery;
import org.smenet.kit.events.Versioned;

/**
 * A course a focal point designated for training provides. In-person and hybrid courses name where they
 * take place. {@code certificateValidity} (ISO-8601 period, e.g. {@code P3Y}) bounds the certificates it
 * awards; none means they do not expire.
 */
public record Course(
        String id,
        long version,
        String economy,
        String providerOrg,
        String title,
        String summary,
        CourseTopic topic,
        CourseLevel level,
        String language,
        Delivery delivery,
        String location,
        List<String> hsCodes,
        List<String> isicCodes,
        List<String> prerequisites,
        String certification,
        String certificateValidity,
        boolean networkVisible,
        Instant publishedAt) implements Versioned {

    public Course {
        hsCodes = hsCodes == null ? List.of() : List.copyOf(hsCodes);
        isicCodes = isicCodes == null ? List.of() : List.copyOf(isicCodes);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        if (delivery != Delivery.ONLINE && (location == null || location.isBlank())) {
            throw new InvalidTraining("location", "An " + delivery + " course names its location");
        }
        if (certificateValidity != null) {
            try {
                Period period = Period.parse(certificateValidity);
                if (period.isNegative() || period.isZero()) {
                    throw new InvalidTraining("certificateValidity", "The certificate validity must be positive");
                }
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidTraining("certificateValidity",
                        "The certificate validity is an ISO-8601 period such as P3Y or P18M");
            }
        }
    }

    public boolean providedBy(String org) {
        return org != null && org.equals(providerOrg);
    }

    /** When a certificate issued at {@code issuedAt} stops being valid, or null when it never does. */
    public Instant certificateValidUntil(Instant issuedAt) {
        if (certificateValidity == null) {
            return null;
        }
        return issuedAt.atZone(java.time.ZoneOffset.UTC).plus(Period.parse(certificateValidity)).toInstant();
    }
}
