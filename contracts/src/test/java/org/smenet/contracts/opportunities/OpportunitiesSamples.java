package org.smenet.contracts.opportunities;

import java.time.Instant;
import java.util.List;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.CooperationType;

/**
 * Realistic data for every opportunities event type: a Vietnamese roaster seeking green coffee from
 * Chile and Peru ({@link #full}: every field set), and a bare Chilean tender ({@link #minimal}: every
 * optional field null).
 */
public final class OpportunitiesSamples {

    public static final String OPPORTUNITY_ID = "opp-01J9Z3KX7Q8VN2D4";
    public static final String INTEREST_ID = "eoi-01J9Z3M2B6K1";
    public static final String REQUEST_ID = "req-01J9Z3N4C8P2";
    private static final Instant AT = Instant.parse("2026-03-14T08:30:15.123Z");
    private static final Instant DEADLINE = Instant.parse("2026-06-30T23:59:59Z");

    private OpportunitiesSamples() {
    }

    public static OpportunityDetails details() {
        return new OpportunityDetails("Green arabica beans, 40 t per quarter",
                "Roaster in Buon Ma Thuot seeks washed arabica, screen 16+, for a three-year supply contract.",
                List.of("090111", "0901"), List.of("1079"), List.of("CL", "PE"), CooperationType.SUPPLY, 150_000L,
                400_000L, "USD", DEADLINE, List.of("en", "vi"), true);
    }

    static OpportunityDetails minimalDetails() {
        return new OpportunityDetails("Cold storage tender", "Municipal cold storage, 200 m3.", List.of(),
                List.of(), List.of(), null, null, null, null, DEADLINE, null, false);
    }

    public static Object full(EventType<?> type) {
        return switch (type.schema()) {
            case "opportunities/opportunity-changed.v1.json" -> new OpportunityChanged(OPPORTUNITY_ID, "VN",
                    OpportunityKind.BUY_REQUEST, OpportunityStatus.PUBLISHED, details(), PublisherKind.ENTERPRISE,
                    "org-vn-roaster", "org-vn-fp-1", "complete", AT);
            case "opportunities/interest-changed.v1.json" -> new InterestChanged(INTEREST_ID, "VN", OPPORTUNITY_ID,
                    "CL", "org-cl-sme-1", InterestStatus.INTRODUCED, "org-vn-fp-1", DEADLINE, AT);
            case "opportunities/public-opportunity.v1.json" -> new PublicOpportunity(OPPORTUNITY_ID, "VN",
                    OpportunityKind.BUY_REQUEST, details(), PublisherKind.ENTERPRISE, AT);
            case "opportunities/public-opportunity-withdrawn.v1.json" -> new PublicOpportunityWithdrawn(
                    OPPORTUNITY_ID, "VN", OpportunityStatus.CLOSED, AT);
            case "opportunities/interest-requested.v1.json" -> new InterestRequested(REQUEST_ID, "CL", "VN",
                    OPPORTUNITY_ID, "org-cl-sme-1", "We export washed arabica from Peru's north; 40 t per quarter is fine.",
                    AT);
            case "opportunities/interest-request-answered.v1.json" -> new InterestRequestAnswered(REQUEST_ID, "CL",
                    "VN", OPPORTUNITY_ID, INTEREST_ID, InterestRequestStatus.ACCEPTED, null, "org-vn-roaster",
                    "org-vn-fp-1", AT);
            case "opportunities/opportunity-discarded.v1.json" -> new OpportunityDiscarded(OPPORTUNITY_ID, "VN",
                    PublisherKind.ENTERPRISE, "org-vn-roaster", "org-vn-roaster", AT);
            case "opportunities/interest-request-withdrawn.v1.json" -> new InterestRequestWithdrawn(REQUEST_ID, "CL",
                    "VN", OPPORTUNITY_ID, "org-cl-sme-1", AT);
            default -> throw new IllegalArgumentException(type.type());
        };
    }

    public static Object minimal(EventType<?> type) {
        return switch (type.schema()) {
            case "opportunities/opportunity-changed.v1.json" -> new OpportunityChanged(OPPORTUNITY_ID, "CL",
                    OpportunityKind.TENDER, OpportunityStatus.EXPIRED, minimalDetails(), PublisherKind.FOCAL_POINT,
                    "org-cl-fp-1", null, null, AT);
            case "opportunities/interest-changed.v1.json" -> new InterestChanged(INTEREST_ID, "CL", OPPORTUNITY_ID,
                    "CL", "org-cl-sme-1", InterestStatus.EXPIRED, null, DEADLINE, AT);
            case "opportunities/public-opportunity.v1.json" -> new PublicOpportunity(OPPORTUNITY_ID, "CL",
                    OpportunityKind.TENDER, minimalDetails(), PublisherKind.FOCAL_POINT, AT);
            case "opportunities/interest-request-answered.v1.json" -> new InterestRequestAnswered(REQUEST_ID, "VN",
                    "CL", OPPORTUNITY_ID, null, InterestRequestStatus.REJECTED, "opportunity-not-open", null, null, AT);
            case "opportunities/opportunity-discarded.v1.json" -> new OpportunityDiscarded(OPPORTUNITY_ID, "CL",
                    PublisherKind.FOCAL_POINT, "org-cl-fp-1", null, AT);
            default -> full(type);
        };
    }
}
