package org.smenet.consultation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smenet.kit.events.Versioned;

/**
 * An expert group of one economy's sector (an ISIC code): members that identify concrete mechanisms to
 * boost trade and investment in the sector, and one review note per consultation they review.
 */
public record ExpertGroup(
        String id,
        long version,
        String economy,
        String name,
        String sectorIsic,
        List<String> members,
        String formedBy,
        List<Review> reviews,
        Instant formedAt) implements Versioned {

    public ExpertGroup {
        members = members == null ? List.of() : List.copyOf(members);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public record Review(String consultationId, String authorOrg, String note, Instant at) {
    }

    public boolean isMember(String org) {
        return org != null && members.contains(org);
    }

    public ExpertGroup review(Consultation consultation, String authorOrg, String note, Instant now) {
        if (!consultation.economy().equals(economy)) {
            throw new InvalidInput("consultationId", "the group reviews consultations of " + economy + " only");
        }
        if (consultation.status() == org.smenet.contracts.consultation.ConsultationStatus.DRAFT) {
            throw new LifecycleViolation("not-open", "a draft is not reviewed");
        }
        if (reviews.stream().anyMatch(r -> r.consultationId().equals(consultation.id()))) {
            throw new LifecycleViolation("already-reviewed", "the group has a review note on " + consultation.id());
        }
        List<Review> next = new ArrayList<>(reviews);
        next.add(new Review(consultation.id(), authorOrg, note, now));
        return new ExpertGroup(id, version + 1, economy, name, sectorIsic, members, formedBy, next, formedAt);
    }
}
